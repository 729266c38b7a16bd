import { Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { formatNumber } from "../i18n/format";
import { isFormula, type Cell, type CellStyle, type WorkbookPlan } from "../sheets/plan";
import { columnLetters } from "../sheets/refs";
import { previewGrid } from "./previewGrid";
import { useLang } from "./strings";

const useStyles = makeStyles({
  tabs: { flexWrap: "wrap" },
  scroller: {
    overflow: "auto",
    maxHeight: "24rem",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    marginTop: tokens.spacingVerticalS,
  },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
    maxWidth: "16rem",
    overflow: "hidden",
    textOverflow: "ellipsis",
    verticalAlign: "top",
  },
  rulerCell: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    position: "sticky",
    top: 0,
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  formula: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorPaletteBlueForeground2 },
  title: { fontWeight: tokens.fontWeightBold, fontSize: tokens.fontSizeBase300 },
  subtitle: { fontWeight: tokens.fontWeightSemibold },
  header: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorBrandBackground2 },
  input: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  total: { fontWeight: tokens.fontWeightSemibold, borderTopColor: tokens.colorNeutralForeground1 },
  // A check is not a failure until its value says so: the sheets colour it by value, not here.
  flag: { fontWeight: tokens.fontWeightSemibold },
  note: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
});

export interface SheetPreviewProps {
  readonly plan: WorkbookPlan;
}

/** The generated sheets as plain HTML tables, before anything is written or downloaded. */
export function SheetPreview({ plan }: SheetPreviewProps) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const [selected, setSelected] = useState(0);
  const index = Math.min(selected, plan.sheets.length - 1);
  const sheet = plan.sheets[index];
  const grid = useMemo(() => (sheet ? previewGrid(sheet) : undefined), [sheet]);
  if (!sheet || !grid) return null;

  const styleClass: Record<CellStyle, string> = {
    title: styles.title,
    subtitle: styles.subtitle,
    header: styles.header,
    input: styles.input,
    total: styles.total,
    flag: styles.flag,
    note: styles.note,
  };
  const show = (cell: Cell): string => {
    if (cell === null) return "";
    if (isFormula(cell)) return cell.formula;
    if (typeof cell === "number") return formatNumber(lang, cell);
    if (typeof cell === "boolean") return t.booleans[cell ? 1 : 0];
    return cell;
  };

  return (
    <div>
      <TabList
        aria-label={t.previewSheets}
        selectedValue={String(index)}
        onTabSelect={(_, data) => setSelected(Number(data.value))}
        size="small"
        className={styles.tabs}
      >
        {plan.sheets.map((s, i) => (
          <Tab key={s.key} value={String(i)}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller} role="region" aria-label={sheet.name} tabIndex={0}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={mergeClasses(styles.cell, styles.rulerCell)} />
              {Array.from({ length: grid.cols }, (_, c) => (
                <th key={c} scope="col" className={mergeClasses(styles.cell, styles.rulerCell)}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.cells.map((line, r) => (
              <tr key={r}>
                <th scope="row" className={mergeClasses(styles.cell, styles.rulerCell)}>
                  {r + 1}
                </th>
                {line.map((cell, c) => {
                  const look = grid.styles[r]?.[c];
                  const text = show(cell);
                  return (
                    <td
                      key={c}
                      title={text.length > 24 ? text : undefined}
                      className={mergeClasses(
                        styles.cell,
                        typeof cell === "number" && styles.number,
                        isFormula(cell) && styles.formula,
                        look && styleClass[look],
                      )}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
