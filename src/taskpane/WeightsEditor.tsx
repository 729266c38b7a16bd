import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { sumsToOne } from "../domain/costShare";
import { CRITERIA, type Criterion } from "../domain/criteria";
import { formatNumber } from "../i18n/format";
import { NumberField } from "./NumberField";
import { sheetLabels } from "../i18n/sheetLabels";
import { useLang } from "./strings";

const useStyles = makeStyles({
  root: { margin: 0, padding: 0, border: "none", minWidth: 0 },
  legend: { padding: 0, color: tokens.colorNeutralForeground2 },
  help: {
    margin: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalS}`,
    color: tokens.colorNeutralForeground3,
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(9rem, 1fr))",
    alignItems: "end",
    gap: tokens.spacingHorizontalS,
  },
  sum: { display: "block", marginTop: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  sumWrong: { color: tokens.colorPaletteRedForeground1 },
});

export interface WeightsEditorProps {
  readonly weights: Readonly<Record<Criterion, string>>;
  /** Live sum in percent; undefined while a weight cannot be read. */
  readonly sum: number | undefined;
  readonly onChange: (criterion: Criterion, value: string) => void;
  readonly error?: string;
}

/**
 * Cost-split criteria and their weights (docs/sources.md#state-share-criteria: working age 50 %,
 * unemployed 50 %), with the sum live.
 */
export function WeightsEditor({ weights, sum, onChange, error }: WeightsEditorProps) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const sumId = useId();
  const ok = sum !== undefined && sumsToOne(sum / 100);
  const sumText = sum === undefined ? "–" : formatNumber(lang, sum, 4);
  return (
    <fieldset className={styles.root} aria-describedby={sumId}>
      <legend className={styles.legend}>{t.weightsHeading}</legend>
      <p className={styles.help}>{t.weightsHelp}</p>
      <div className={styles.grid}>
        {CRITERIA.map((criterion) => (
          <NumberField
            key={criterion}
            name="weights"
            label={sheetLabels[lang].fields[criterion]}
            value={weights[criterion]}
            suffix="%"
            onChange={(value) => onChange(criterion, value)}
          />
        ))}
      </div>
      <Text id={sumId} role="status" className={mergeClasses(styles.sum, !ok && styles.sumWrong)}>
        {ok ? t.weightsSum(sumText) : t.weightsSumWrong(sumText)}
      </Text>
      {error && ok ? <Text className={styles.sumWrong}>{error}</Text> : null}
    </fieldset>
  );
}
