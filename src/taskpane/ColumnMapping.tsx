import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetters } from "../sheets/refs";
import { COLUMN_FIELDS, type ColumnField } from "../domain/members";
import type { ColumnMapping as Mapping } from "./gridInput";
import { sheetLabels } from "../i18n/sheetLabels";
import { useLang } from "./strings";

/**
 * A fieldset of dropdowns, one per column or variable, in as many columns as fit: the selection's
 * column mapping here and the Statistics Finland files' unrecognised variables (StatFinSummary).
 */
export const useMappingStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(13rem, 1fr))",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
  },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS, padding: 0 },
  help: { gridColumn: "1 / -1", margin: 0, color: tokens.colorNeutralForeground3 },
});

export interface ColumnMappingProps {
  /** The header row as read. */
  readonly headers: readonly unknown[];
  /** Sheet column (0-based) of the first header, for the column letters shown. */
  readonly firstCol: number;
  readonly mapping: Mapping;
  readonly onChange: (mapping: Mapping) => void;
}

const NONE = "";

/** One dropdown per column: what the pane recognised from the header, for the user to correct. */
export function ColumnMapping({ headers, firstCol, mapping, onChange }: ColumnMappingProps) {
  const { lang, t } = useLang();
  const styles = useMappingStyles();
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{t.mappingHeading}</legend>
      <p className={styles.help}>{t.mappingHelp}</p>
      {headers.map((header, index) => (
        <Field key={index} label={t.mappingColumn(columnLetters(firstCol + index), String(header ?? ""))}>
          <Select
            value={mapping[index] ?? NONE}
            onChange={(_, data) => {
              const next = [...mapping];
              next[index] = data.value === NONE ? null : (data.value as ColumnField);
              onChange(next);
            }}
          >
            <option value={NONE}>{t.fieldNone}</option>
            {COLUMN_FIELDS.map((field) => (
              <option key={field} value={field}>
                {sheetLabels[lang].fields[field]}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </fieldset>
  );
}
