import { Checkbox, makeStyles } from "@fluentui/react-components";
import { sheetLabels } from "../i18n/sheetLabels";
import { SHEET_KEYS, type SheetKey } from "../sheets/plan";
import { useLang } from "./strings";

const useStyles = makeStyles({
  root: { margin: 0, padding: 0, border: "none", display: "flex", flexDirection: "column", minWidth: 0 },
  // The section's heading says it already; the legend names the group for screen readers only.
  legend: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface SheetChooserProps {
  readonly selected: ReadonlySet<SheetKey>;
  readonly onChange: (selected: ReadonlySet<SheetKey>) => void;
}

/** Kunnat is always written: the other sheets refer to it. */
export function SheetChooser({ selected, onChange }: SheetChooserProps) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const names = sheetLabels[lang].sheetNames;
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{t.sheetsHeading}</legend>
      {SHEET_KEYS.map((key) =>
        key === "municipalities" ? (
          <Checkbox key={key} checked disabled label={`${names[key]} (${t.sheetAlways})`} />
        ) : (
          <Checkbox
            key={key}
            checked={selected.has(key)}
            label={names[key]}
            onChange={(_, data) => {
              const next = new Set(selected);
              if (data.checked === true) next.add(key);
              else next.delete(key);
              onChange(next);
            }}
          />
        ),
      )}
    </fieldset>
  );
}
