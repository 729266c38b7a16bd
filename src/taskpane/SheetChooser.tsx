import { Checkbox, makeStyles } from "@fluentui/react-components";
import { sheetLabels } from "../i18n/sheetLabels";
import { SHEET_KEYS, type SheetKey } from "../sheets/plan";
import { useLang } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0 },
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
    // No legend: the step's heading right above names the checkboxes, and a hidden legend with the
    // same words made screen readers read "3. Luotavat taulukot" twice.
    <div className={styles.root}>
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
    </div>
  );
}
