import {
  isFormula,
  type Cell,
  type FormulaValue,
  type RangeRef,
  type SheetPlan,
} from "../../src/sheets/plan";
import { a1, columnLetters, rangeA1 } from "../../src/sheets/refs";

/** Every cell a sheet's blocks write, by 0-based position; later blocks never overwrite (tested). */
export function cellsOf(sheet: SheetPlan): Map<string, { row: number; col: number; cell: Cell }> {
  const cells = new Map<string, { row: number; col: number; cell: Cell }>();
  for (const block of sheet.blocks) {
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        const row = block.row + r;
        const col = block.col + c;
        cells.set(`${row}:${col}`, { row, col, cell });
      }),
    );
  }
  return cells;
}

export const cellAt = (sheet: SheetPlan, row: number, col: number): Cell | undefined =>
  cellsOf(sheet).get(`${row}:${col}`)?.cell;

export function formulasOf(sheet: SheetPlan): { address: string; formula: string }[] {
  return [...cellsOf(sheet).values()].flatMap(({ row, col, cell }) =>
    cell !== null && isFormula(cell) ? [{ address: a1(row, col), formula: cell.formula }] : [],
  );
}

/** Every formula cell with the value its plan carries (undefined where the plan gives none). */
export function formulaValuesOf(
  sheet: SheetPlan,
): { address: string; row: number; col: number; value: FormulaValue | undefined }[] {
  return [...cellsOf(sheet).values()].flatMap(({ row, col, cell }) =>
    cell !== null && isFormula(cell) ? [{ address: a1(row, col), row, col, value: cell.value }] : [],
  );
}

/** The formula with string literals emptied and structured-reference brackets removed. */
export function skeleton(formula: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i] as string;
    if (depth === 0 && ch === '"') {
      const end = formula.indexOf('"', i + 1);
      let j = end;
      while (formula[j + 1] === '"') j = formula.indexOf('"', j + 2);
      out += '""';
      i = j;
    } else if (ch === "[") {
      depth++;
    } else if (ch === "]" && depth > 0) {
      depth--;
    } else if (ch === "'" && depth > 0) {
      i++; // an escaped character inside a column name
    } else if (depth === 0) {
      out += ch;
    }
  }
  return out;
}

/** Names of the functions a formula calls, e.g. ["ROUND", "SUM"]. */
export const functionsIn = (formula: string): string[] =>
  [...skeleton(formula).matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)].map((m) =>
    (m[1] as string).toUpperCase(),
  );

/** String literals of a formula, unescaped. */
export const literalsIn = (formula: string): string[] =>
  [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] as string).replace(/""/g, '"'));

/** Structured references `Table[[…],[Column]]` of a formula: table and unescaped column. */
export function structuredRefs(formula: string): { table: string; column: string; thisRow: boolean }[] {
  return [...formula.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\[\[(#This Row\],\[)?((?:[^'[\]#]|'.)*)\]\]/g)].map(
    (m) => ({
      table: m[1] as string,
      column: (m[3] as string).replace(/'(.)/g, "$1"),
      thisRow: m[2] !== undefined,
    }),
  );
}

/** Sheet names a formula refers to with 'Name'!A1. */
export const sheetRefs = (formula: string): string[] =>
  [...formula.matchAll(/'((?:[^']|'')+)'!/g)].map((m) => (m[1] as string).replace(/''/g, "'"));

export const rangeText = (range: RangeRef): string => rangeA1(range);

/**
 * A reviewable projection of a sheet plan: cells by A1 address in reading order (text as JSON
 * strings, formulas as {"formula": …}, so "=x" text and a formula never look alike), then looks,
 * tables, names, dropdowns, check colours and print settings with A1 ranges.
 */
export function goldenOf(sheets: readonly SheetPlan[]): unknown {
  return sheets.map((sheet) => {
    const cells: Record<string, unknown> = {};
    [...cellsOf(sheet).values()]
      .filter(({ cell }) => cell !== null)
      .sort((a, b) => a.row - b.row || a.col - b.col)
      .forEach(({ row, col, cell }) => {
        cells[a1(row, col)] = cell !== null && isFormula(cell) ? { formula: cell.formula } : cell;
      });
    return {
      key: sheet.key,
      name: sheet.name,
      freeze: sheet.freeze ?? null,
      columnWidths: Object.fromEntries(
        sheet.columnWidths.map(({ col, width }) => [columnLetters(col), width]),
      ),
      rowHeights: Object.fromEntries((sheet.rowHeights ?? []).map(({ row, height }) => [row + 1, height])),
      cells,
      formats: sheet.formats.map((f) => ({
        range: rangeText(f.range),
        ...(f.numberFormat !== undefined ? { numberFormat: f.numberFormat } : {}),
        ...(f.style !== undefined ? { style: f.style } : {}),
        ...(f.wrap ? { wrap: true } : {}),
      })),
      tables: sheet.tables.map((t) => ({ name: t.name, range: rangeText(t.range), style: t.style })),
      names: sheet.names.map((n) => ({ name: n.name, range: rangeText(n.range) })),
      validations: sheet.validations.map((v) => ({
        range: rangeText(v.range),
        list: v.list,
        errorMessage: v.errorMessage ?? null,
      })),
      ...(sheet.charts
        ? {
            charts: sheet.charts.map((c) => ({
              kind: c.kind,
              title: c.title,
              categories: rangeText(c.categories.range),
              numbers: c.categories.numbers,
              series: c.series.map((s) => ({ name: s.name, values: rangeText(s.values) })),
              valueFormat: c.valueFormat,
              anchor: rangeText(c.anchor),
            })),
          }
        : {}),
      checks: (sheet.checks ?? []).map((c) => ({
        range: rangeText(c.range),
        rules: Object.fromEntries(c.rules.map((r) => [r.tone, r.formula])),
      })),
      print: sheet.print
        ? {
            ...sheet.print,
            area: rangeText(sheet.print.area),
            titleRows: `${sheet.print.titleRows.row + 1}:${sheet.print.titleRows.row + sheet.print.titleRows.rows}`,
          }
        : null,
    };
  });
}

/**
 * JSON for golden files: like JSON.stringify(value, null, 2), but an array or object whose one-line
 * form fits in `width` characters stays on one line, so a cell, a look or a table reads as one line.
 */
export function readableJson(value: unknown, indent = "", width = 100): string {
  const flat = JSON.stringify(value);
  if (flat === undefined) return "null";
  if (value === null || typeof value !== "object" || indent.length + flat.length <= width) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => inner + readableJson(item, inner, width)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{\n${entries
    .map(([key, v]) => `${inner}${JSON.stringify(key)}: ${readableJson(v, inner, width)}`)
    .join(",\n")}\n${indent}}`;
}
