import { Switch, Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useMemo, useState, type CSSProperties } from "react";
import { isFormula, type CellStyle, type SheetPlan, type WorkbookPlan } from "../sheets/plan";
import { columnLetters } from "../sheets/refs";
import { previewGrid, showCell, spanOf } from "./previewGrid";
import { useLang } from "./strings";

/** Width of the row-number column; frozen columns start right of it. */
const RULER_WIDTH = "2.5rem";
/**
 * A frozen column (the sheet's names) is at most this many characters wide, so that at 320 px the
 * figures beside it still show; longer text ends in an ellipsis and reads in full as a tooltip.
 */
const FROZEN_MAX_CH = 14;

const useStyles = makeStyles({
  tabs: { flexWrap: "wrap" },
  toolbar: { display: "flex", justifyContent: "flex-end" },
  scroller: {
    overflow: "auto",
    maxHeight: "24rem",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    marginTop: tokens.spacingVerticalS,
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
  },
  cell: {
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
    maxWidth: "16rem",
    overflow: "hidden",
    textOverflow: "ellipsis",
    verticalAlign: "top",
    backgroundColor: tokens.colorNeutralBackground1,
    boxSizing: "border-box",
  },
  span: { maxWidth: "none" },
  frozen: { position: "sticky", zIndex: 1 },
  frozenEdge: { borderRightColor: tokens.colorNeutralStroke1 },
  rulerCell: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
  },
  rulerTop: { position: "sticky", top: 0, zIndex: 2 },
  rulerSide: { position: "sticky", left: 0, zIndex: 1, width: RULER_WIDTH, minWidth: RULER_WIDTH },
  corner: { zIndex: 3 },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  formula: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorPaletteBlueForeground2 },
  title: { fontWeight: tokens.fontWeightBold, fontSize: tokens.fontSizeBase300 },
  subtitle: { fontWeight: tokens.fontWeightSemibold },
  header: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorBrandBackground2,
    whiteSpace: "normal",
  },
  input: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  total: { fontWeight: tokens.fontWeightSemibold, borderTopColor: tokens.colorNeutralForeground1 },
  // A check is not a failure until its value says so: the sheets colour it by value, not here.
  flag: { fontWeight: tokens.fontWeightSemibold },
  note: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
});

export interface SheetPreviewProps {
  readonly plan: WorkbookPlan;
}

/** Widths of the sheet's frozen columns in the preview, in characters, capped for a narrow pane. */
const frozenWidths = (sheet: SheetPlan): number[] =>
  Array.from({ length: sheet.freeze?.cols ?? 0 }, (_, col) =>
    Math.min(FROZEN_MAX_CH, sheet.columnWidths.find((w) => w.col === col)?.width ?? FROZEN_MAX_CH),
  );

/**
 * The generated sheets as plain HTML tables before anything is written or downloaded: each cell
 * as the sheet shows it — figures computed by the domain and formatted by the cell's number format,
 * numbers right-aligned — the sheet's frozen name columns kept in view while the figures scroll, and
 * the formulas behind the figures on demand.
 */
export function SheetPreview({ plan }: SheetPreviewProps) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const [selected, setSelected] = useState(0);
  const [formulas, setFormulas] = useState(false);
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
  const widths = frozenWidths(sheet);
  const frozenStyle = (col: number): CSSProperties | undefined => {
    const width = widths[col];
    if (width === undefined) return undefined;
    const before = widths.slice(0, col).reduce((sum, w) => sum + w, 0);
    return {
      left: `calc(${RULER_WIDTH} + ${before}ch)`,
      width: `${width}ch`,
      minWidth: `${width}ch`,
      maxWidth: `${width}ch`,
    };
  };
  const options = { lang, booleans: t.booleans, formulas };

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
      <div className={styles.toolbar}>
        <Switch
          label={t.previewFormulas}
          checked={formulas}
          onChange={(_, data) => setFormulas(data.checked)}
        />
      </div>
      <div className={styles.scroller} role="region" aria-label={sheet.name} tabIndex={0}>
        <table className={styles.table}>
          <thead>
            <tr>
              {/* The corner heads nothing: a plain cell, not an empty header (axe: empty-table-header). */}
              <td
                className={mergeClasses(
                  styles.cell,
                  styles.rulerCell,
                  styles.rulerTop,
                  styles.rulerSide,
                  styles.corner,
                )}
              />
              {Array.from({ length: grid.cols }, (_, c) => (
                <th
                  key={c}
                  scope="col"
                  style={frozenStyle(c)}
                  className={mergeClasses(
                    styles.cell,
                    styles.rulerCell,
                    styles.rulerTop,
                    c < widths.length && styles.corner,
                  )}
                >
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.cells.map((line, r) => {
              const span = spanOf(line);
              return (
                <tr key={r}>
                  <th scope="row" className={mergeClasses(styles.cell, styles.rulerCell, styles.rulerSide)}>
                    {r + 1}
                  </th>
                  {line.slice(0, span === 1 ? line.length : 1).map((cell, c) => {
                    const look = grid.styles[r]?.[c];
                    const shown = showCell(cell, grid.numberFormats[r]?.[c], options);
                    const frozen = span === 1 && c < widths.length;
                    return (
                      <td
                        key={c}
                        colSpan={span > 1 ? span : undefined}
                        title={shown.text.length > 14 ? shown.text : undefined}
                        style={frozen ? frozenStyle(c) : undefined}
                        className={mergeClasses(
                          styles.cell,
                          span > 1 && styles.span,
                          frozen && styles.frozen,
                          frozen && c === widths.length - 1 && styles.frozenEdge,
                          shown.numeric && styles.number,
                          formulas && isFormula(cell) && styles.formula,
                          look && styleClass[look],
                        )}
                      >
                        {shown.text}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
