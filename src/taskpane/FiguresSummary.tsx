import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { AreaFigures } from "../domain/figures";
import type { AreaInput } from "../domain/model";
import { formatByCode, formatEuros } from "../i18n/format";
import { sheetLabels } from "../i18n/sheetLabels";
import { NUMBER_FORMATS } from "../sheets/plan";
import { useLang } from "./strings";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  value: {
    margin: 0,
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
    fontWeight: tokens.fontWeightSemibold,
  },
  indent: { paddingInlineStart: tokens.spacingHorizontalM },
  badge: { marginTop: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalXS} 0` },
});

export interface FiguresSummaryProps {
  readonly input: AreaInput;
  readonly figures: AreaFigures;
}

/** The figures the generated workbook's defined names hold, as the domain computes them. */
export function FiguresSummary({ input, figures }: FiguresSummaryProps) {
  const { lang, t } = useLang();
  const styles = useStyles();
  // The sheets' own number formats, so that the pane and the workbook show the same digits.
  const count = (value: number) => formatByCode(lang, value, NUMBER_FORMATS.count);
  const euros = (value: number) => formatEuros(lang, value);
  const htv = (value: number) => formatByCode(lang, value, NUMBER_FORMATS.personYears);
  const difference = figures.statedLabourForceDifference;
  const firstBudgetYear = figures.budgetYears[0]?.year ?? input.year;
  const rows: [string, string, boolean?][] = [
    [t.figureLabourForce, count(figures.labourForceTotal)],
    ...(input.projectionYears > 0
      ? [
          [t.figureProjected(count(input.projectionYears)), count(figures.labourForceProjected)] as [
            string,
            string,
          ],
        ]
      : []),
    [t.figureThreshold, count(input.threshold)],
  ];
  const shares: [string, string, boolean?][] = input.municipalities.map((m, i) => [
    t.figureShareOf(m.name),
    euros(figures.costShares[i] ?? 0),
    true,
  ]);
  const rest: [string, string, boolean?][] = [
    [t.figureCostTotal, euros(figures.costTotal)],
    [t.figureBudget(String(firstBudgetYear)), euros(figures.budgetTotal)],
    [t.figureHtvTotal, htv(figures.htvTotal)],
    [t.figureHtvNeed, htv(figures.htvNeed)],
  ];
  const render = (part: string, list: [string, string, boolean?][]) =>
    list.map(([term, value, indent], i) => [
      <dt key={`${part}t${i}`} className={mergeClasses(styles.term, indent && styles.indent)}>
        {term}
      </dt>,
      <dd key={`${part}d${i}`} className={styles.value}>
        {value}
      </dd>,
    ]);
  return (
    <div>
      <Badge
        className={styles.badge}
        appearance="filled"
        color={figures.labourForceSufficient ? "success" : "danger"}
        size="large"
      >
        {figures.labourForceSufficient ? t.sufficient : t.insufficient}
      </Badge>
      {input.statedLabourForce !== undefined && difference !== null && difference !== 0 && (
        <p className={styles.note}>
          {t.statedMismatch(
            count(input.statedLabourForce),
            count(figures.labourForceTotal),
            count(difference),
            sheetLabels[lang].sheetNames.municipalities,
          )}
        </p>
      )}
      <dl className={styles.list}>
        {render("a", rows)}
        <dt className={styles.term}>{t.figureShares}</dt>
        <dd className={styles.value} />
        {render("s", shares)}
        {render("r", rest)}
      </dl>
    </div>
  );
}
