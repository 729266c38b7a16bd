import { checkRules, checkTexts, type CheckValues } from "./checks";
import type {
  Block,
  ConditionalPlan,
  Cell,
  CellStyle,
  FormatPlan,
  NamePlan,
  RangeRef,
  SheetKey,
  SheetPlan,
  TablePlan,
  ValidationPlan,
} from "./plan";
import { NUMBER_FORMATS } from "./plan";
import { type ChartSpec, placeCharts } from "./charts";
import { wordFittingWidths, wrappedRowHeights } from "./rowHeights";

export type NumberFormatKey = keyof typeof NUMBER_FORMATS;

export interface Look {
  readonly format?: NumberFormatKey;
  readonly style?: CellStyle;
  readonly wrap?: boolean;
}

/**
 * A sheet plan under construction. Builders place blocks and looks by coordinates; `done` checks
 * the invariants the adapters rely on (rectangular blocks that never overlap, tables with unique
 * text headers and nothing written against their bottom or right edge) so that a layout mistake fails here, at generation, not inside a user's workbook.
 */
export class SheetDraft {
  private readonly blocks: Block[] = [];
  private readonly formats: FormatPlan[] = [];
  private readonly widths = new Map<number, number>();
  private readonly tables: TablePlan[] = [];
  private readonly names: NamePlan[] = [];
  private readonly validations: ValidationPlan[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly checks: ConditionalPlan[] = [];
  /** The longest text each check cell can show, for column widths and row heights only. */
  private readonly checkShows: Block[] = [];
  private freeze: SheetPlan["freeze"];

  /** Writes a rectangle of cells whose top-left is (row, col). */
  put(row: number, col: number, cells: readonly (readonly Cell[])[]): this {
    if (cells.length > 0) this.blocks.push({ row, col, cells });
    return this;
  }

  /** Writes one row of cells starting at (row, col). */
  putRow(row: number, col: number, cells: readonly Cell[]): this {
    return this.put(row, col, [cells]);
  }

  look(range: RangeRef, look: Look): this {
    if (range.rows <= 0 || range.cols <= 0) return this;
    this.formats.push({
      range,
      ...(look.format ? { numberFormat: NUMBER_FORMATS[look.format] } : {}),
      ...(look.style ? { style: look.style } : {}),
      ...(look.wrap ? { wrap: true } : {}),
    });
    return this;
  }

  width(col: number, width: number): this {
    this.widths.set(col, Math.max(width, this.widths.get(col) ?? 0));
    return this;
  }

  table(name: string, range: RangeRef, style = "TableStyleMedium2"): this {
    this.tables.push({ name, range, style });
    return this;
  }

  name(name: string, range: RangeRef, comment?: string): this {
    this.names.push({ name, range, ...(comment ? { comment } : {}) });
    return this;
  }

  dropdown(range: RangeRef, list: readonly string[], errorMessage: string): this {
    if (range.rows > 0 && range.cols > 0) this.validations.push({ range, list, errorMessage });
    return this;
  }

  /** A chart over cells of this sheet, placed below everything else when the sheet is done. */
  chart(spec: ChartSpec): this {
    this.charts.push(spec);
    return this;
  }

  /**
   * A check cell (or a run of them): the "flag" look, coloured by its value (src/sheets/checks.ts),
   * wrapped so that a failure's reason stays inside its coloured cell.
   */
  check(range: RangeRef, values: CheckValues): this {
    this.look(range, { style: "flag", wrap: true });
    this.checks.push({ range, rules: checkRules(range, values) });
    const longest = checkTexts(values).reduce((a, b) => (b.length > a.length ? b : a), "");
    if (longest !== "") {
      const row = Array.from({ length: range.cols }, () => longest);
      this.checkShows.push({
        row: range.row,
        col: range.col,
        cells: Array.from({ length: range.rows }, () => row),
      });
    }
    return this;
  }

  freezePanes(rows: number, cols: number): this {
    this.freeze = { rows, cols };
    return this;
  }

  done(key: SheetKey, name: string): SheetPlan {
    assertNoOverlap(this.blocks, name);
    for (const table of this.tables) {
      assertTableHeader(table, this.blocks, name);
      assertTableCannotGrow(table, this.blocks, name);
    }
    const planned = [...this.widths].map(([col, width]) => ({ col, width }));
    // A check cell's formula shows one of its texts: size its row for the longest of them — unless
    // the row is also a table's row (Kunnat's summary beside many members), which would stretch a
    // member's row for a reason that may never show; Excel fits such rows itself (docs/excel.md).
    const inTable = (row: number) =>
      this.tables.some(({ range }) => row >= range.row && row < range.row + range.rows);
    const shown = [...this.checkShows.filter((block) => !inTable(block.row)), ...this.blocks];
    for (const [col, width] of wordFittingWidths(shown, this.formats, planned)) this.width(col, width);
    const columnWidths = [...this.widths].sort(([a], [b]) => a - b).map(([col, width]) => ({ col, width }));
    const rowHeights = wrappedRowHeights(shown, this.formats, columnWidths);
    const charts = placeCharts(this.charts, this.blocks, this.tables, columnWidths);
    return {
      key,
      name,
      blocks: this.blocks,
      formats: this.formats,
      columnWidths,
      ...(rowHeights.length > 0 ? { rowHeights } : {}),
      ...(this.freeze ? { freeze: this.freeze } : {}),
      tables: this.tables,
      names: this.names,
      validations: this.validations,
      ...(charts.length > 0 ? { charts } : {}),
      ...(this.checks.length > 0 ? { checks: this.checks } : {}),
    };
  }
}

/** The cell a block puts at (row, col), or undefined when no block covers it. */
export function cellAt(blocks: readonly Block[], row: number, col: number): Cell | undefined {
  for (const block of blocks) {
    const line = block.cells[row - block.row];
    if (line && col >= block.col && col < block.col + line.length) return line[col - block.col];
  }
  return undefined;
}

function assertNoOverlap(blocks: readonly Block[], sheet: string): void {
  const seen = new Set<string>();
  for (const block of blocks) {
    const width = block.cells[0]?.length ?? 0;
    block.cells.forEach((line, r) => {
      if (line.length !== width) throw new Error(`${sheet}: ragged block at row ${block.row + 1}`);
      for (let c = 0; c < line.length; c++) {
        const key = `${block.row + r}:${block.col + c}`;
        if (seen.has(key))
          throw new Error(`${sheet}: two blocks write row ${block.row + r + 1}, column ${c}`);
        seen.add(key);
      }
    });
  }
}

function assertTableHeader(table: TablePlan, blocks: readonly Block[], sheet: string): void {
  const seen = new Set<string>();
  for (let c = 0; c < table.range.cols; c++) {
    const header = cellAt(blocks, table.range.row, table.range.col + c);
    if (typeof header !== "string" || header.trim() === "") {
      throw new Error(`${sheet}: table ${table.name} has a header that is not text`);
    }
    const key = header.toLocaleUpperCase("fi");
    if (seen.has(key)) throw new Error(`${sheet}: table ${table.name} repeats the header ${header}`);
    seen.add(key);
  }
}

/**
 * Excel grows a table over a value entered in the row right below it or the column right of it
 * (AutoCorrect, "Include new rows and columns in table", on by default, and applied to add-ins'
 * writes as well). No generated cell may sit there, so whatever Excel decides the tables stay
 * where the plan puts them: totals and checks keep a blank row or column between them and a table.
 */
function assertTableCannotGrow(table: TablePlan, blocks: readonly Block[], sheet: string): void {
  const { row, col, rows, cols } = table.range;
  const written = (r: number, c: number) => {
    const cell = cellAt(blocks, r, c);
    return cell !== undefined && cell !== null && cell !== "";
  };
  for (let c = col; c < col + cols; c++) {
    if (written(row + rows, c))
      throw new Error(
        `${sheet}: a cell right below table ${table.name} (row ${row + rows + 1}) would grow it`,
      );
  }
  for (let r = row; r < row + rows; r++) {
    if (written(r, col + cols))
      throw new Error(`${sheet}: a cell right of table ${table.name} (column ${col + cols}) would grow it`);
  }
}

/**
 * Makes table headers unique without regard to case, as Excel requires: the reserved (fixed)
 * headers keep their text and a clashing one gets " (2)", " (3)", … — e.g. a municipality named
 * "Yhteensä" beside the staffing table's own "Yhteensä" column.
 */
export function uniqueHeaders(headers: readonly string[], reserved: readonly string[] = []): string[] {
  const taken = new Set(reserved.map((h) => h.toLocaleUpperCase("fi")));
  return headers.map((header) => {
    for (let k = 1; ; k++) {
      const candidate = k === 1 ? header : `${header} (${k})`;
      const key = candidate.toLocaleUpperCase("fi");
      if (!taken.has(key)) {
        taken.add(key);
        return candidate;
      }
    }
  });
}
