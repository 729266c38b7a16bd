import { chartProblems } from "../charts";
import { isFormula, type RangeRef, type SheetPlan, type WorkbookPlan } from "../plan";
import { MAX_COLS, MAX_ROWS, a1, rangeA1 } from "../refs";
import { functionsIn, POST_2019_FUNCTIONS, usesAtShorthand } from "./formulas";

/**
 * What a plan must satisfy for Excel to open the file without a repair prompt, for Office.js to
 * write it, and for LibreOffice to recalculate it; both adapters check it before writing. A plan is program output, not user input, so these messages are for
 * developers (English); users never see them unless a sheet builder has a bug.
 */

/** Excel's limits (Microsoft: "Excel specifications and limits"). */
const LIMITS = {
  sheetName: 31,
  name: 255,
  cellText: 32_767,
  formula: 8_192,
  columnWidth: 255,
  validationMessage: 225,
} as const;

/** A plan that cannot be written faithfully; `problems` lists every reason found. */
export class PlanError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The workbook plan cannot be written:\n- ${problems.join("\n- ")}`);
    this.name = "PlanError";
  }
}

/** Letters, digits, "_", "." and "\" from a letter, "_" or "\"; never a cell address like A1 or R1C1. */
export function isValidName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= LIMITS.name &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

/** C0 controls, which XML 1.0 cannot hold (ExcelJS drops them) and Excel tables reject in headers. */
const hasControlCharacter = (text: string): boolean =>
  Array.from(text).some((ch) => (ch.codePointAt(0) as number) < 0x20);

function rangeProblem(range: RangeRef): string | null {
  const { row, col, rows, cols } = range;
  if (![row, col, rows, cols].every(Number.isInteger)) return "has a non-integer coordinate";
  if (row < 0 || col < 0 || rows < 1 || cols < 1) return "is empty or starts off the sheet";
  if (row + rows > MAX_ROWS || col + cols > MAX_COLS) return "runs past the end of the sheet";
  return null;
}

const overlaps = (a: RangeRef, b: RangeRef): boolean =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

function sheetProblems(sheet: SheetPlan, problems: string[]): void {
  const where = (what: string) => `sheet '${sheet.name}': ${what}`;
  // Only the header rows of tables are looked up again, so only they are kept.
  const headerRows = new Set(sheet.tables.map((table) => table.range.row));
  const grid = new Map<number, unknown>();

  sheet.blocks.forEach((block, b) => {
    const width = block.cells[0]?.length ?? 0;
    const bad = rangeProblem({ row: block.row, col: block.col, rows: block.cells.length, cols: width });
    if (bad) return void problems.push(where(`block ${b} ${bad}`));
    block.cells.forEach((cells, i) => {
      if (cells.length !== width)
        problems.push(where(`block ${b} row ${i} has ${cells.length} cells, not ${width}`));
      cells.forEach((cell, j) => {
        if (headerRows.has(block.row + i)) grid.set((block.row + i) * MAX_COLS + block.col + j, cell);
        if (typeof cell === "number" && !Number.isFinite(cell))
          problems.push(where(`${a1(block.row + i, block.col + j)} holds ${cell}`));
        if (typeof cell === "string" && cell.length > LIMITS.cellText) {
          problems.push(
            where(
              `${a1(block.row + i, block.col + j)} holds ${cell.length} characters, Excel keeps ${LIMITS.cellText}`,
            ),
          );
        }
        if (cell !== null && isFormula(cell)) {
          const { formula } = cell;
          if (!formula.startsWith("="))
            problems.push(where(`${a1(block.row + i, block.col + j)} formula does not start with "="`));
          if (formula.length > LIMITS.formula)
            problems.push(where(`${a1(block.row + i, block.col + j)} formula is too long`));
          const newer = functionsIn(formula).filter((name) => POST_2019_FUNCTIONS.has(name));
          if (newer.length)
            problems.push(
              where(`${a1(block.row + i, block.col + j)} uses ${newer.join(", ")}, newer than Excel 2019`),
            );
          if (usesAtShorthand(formula)) {
            problems.push(
              where(`${a1(block.row + i, block.col + j)} uses [@Column]; write Table[[#This Row],[Column]]`),
            );
          }
        }
      });
    });
  });

  for (const [what, items] of [
    ["format", sheet.formats],
    ["table", sheet.tables],
    ["name", sheet.names],
    ["validation", sheet.validations],
  ] as const) {
    items.forEach((item, i) => {
      const bad = rangeProblem(item.range);
      if (bad) problems.push(where(`${what} ${i} ${bad}`));
    });
  }

  sheet.formats.forEach((format, i) => {
    if (format.numberFormat !== undefined && format.numberFormat.trim() === "") {
      problems.push(where(`format ${i} has an empty number format`));
    }
  });

  sheet.tables.forEach((table, t) => {
    const { range } = table;
    if (rangeProblem(range)) return;
    if (range.rows < 2) problems.push(where(`table ${table.name} has no data row`));
    const seen = new Set<string>();
    for (let j = 0; j < range.cols; j++) {
      const header = grid.get(range.row * MAX_COLS + range.col + j);
      const at = a1(range.row, range.col + j);
      if (typeof header !== "string" || header.trim() === "") {
        problems.push(where(`table ${table.name} header ${at} is not text`));
      } else if (hasControlCharacter(header)) {
        problems.push(where(`table ${table.name} header ${at} holds a control character`));
      } else if (seen.has(header.toLocaleUpperCase())) {
        problems.push(where(`table ${table.name} header '${header}' is repeated`));
      } else {
        seen.add(header.toLocaleUpperCase());
      }
    }
    sheet.tables.slice(t + 1).forEach((other) => {
      if (overlaps(range, other.range))
        problems.push(where(`tables ${table.name} and ${other.name} overlap`));
    });
    if (
      !/^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/.test(table.style)
    ) {
      problems.push(where(`table ${table.name} style '${table.style}' is not a built-in table style`));
    }
  });

  sheet.validations.forEach((validation, i) => {
    const at = rangeProblem(validation.range) ? `validation ${i}` : rangeA1(validation.range);
    if (validation.list.length === 0) problems.push(where(`validation ${at} has an empty list`));
    if (validation.list.some((item) => item.length > LIMITS.name)) {
      problems.push(where(`validation ${at} has an item over ${LIMITS.name} characters`));
    }
    if ((validation.errorMessage?.length ?? 0) > LIMITS.validationMessage) {
      problems.push(where(`validation ${at} error message is over ${LIMITS.validationMessage} characters`));
    }
    // A cell holds one validation; Excel repairs a file whose validation ranges overlap.
    sheet.validations.slice(i + 1).forEach((other, k) => {
      if (
        !rangeProblem(validation.range) &&
        !rangeProblem(other.range) &&
        overlaps(validation.range, other.range)
      ) {
        problems.push(where(`validations ${i} and ${i + 1 + k} overlap`));
      }
    });
  });

  for (const { col, width } of sheet.columnWidths) {
    if (!Number.isInteger(col) || col < 0 || col >= MAX_COLS)
      problems.push(where(`column ${col} is off the sheet`));
    if (!(width >= 0 && width <= LIMITS.columnWidth)) problems.push(where(`column ${col} width ${width}`));
  }
  if (sheet.freeze) {
    const { rows, cols } = sheet.freeze;
    if (![rows, cols].every((n) => Number.isInteger(n) && n >= 0)) {
      problems.push(where(`freeze ${rows}×${cols} is not whole rows and columns`));
    }
  }
}

/** Every reason the plan cannot be written as a valid .xlsx; empty when it can. */
export function planProblems(plan: WorkbookPlan): string[] {
  const problems: string[] = [];
  const sheetNames = new Set<string>();
  const names = new Set<string>();
  for (const sheet of plan.sheets) {
    const { name } = sheet;
    if (name.length === 0 || name.length > LIMITS.sheetName) {
      problems.push(`sheet name '${name}' must have 1–${LIMITS.sheetName} characters`);
    }
    if (/[*?:/\\[\]]/.test(name) || /^'|'$/.test(name) || name.toUpperCase() === "HISTORY") {
      problems.push(`sheet name '${name}' is not allowed in Excel`);
    }
    if (sheetNames.has(name.toLocaleUpperCase())) problems.push(`sheet name '${name}' is repeated`);
    sheetNames.add(name.toLocaleUpperCase());

    // Tables and defined names share one namespace in Excel.
    for (const { name: defined } of [...sheet.tables, ...sheet.names]) {
      if (!isValidName(defined)) problems.push(`'${defined}' is not a valid Excel name`);
      if (names.has(defined.toLocaleUpperCase())) problems.push(`name '${defined}' is used twice`);
      names.add(defined.toLocaleUpperCase());
    }
    sheetProblems(sheet, problems);
    problems.push(...chartProblems(sheet));
  }
  if (plan.sheets.length === 0) problems.push("the plan has no sheets");
  return problems;
}

export function assertWritable(plan: WorkbookPlan): void {
  const problems = planProblems(plan);
  if (problems.length > 0) throw new PlanError(problems);
}
