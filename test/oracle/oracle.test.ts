import ExcelJS from "exceljs";
import { roundHalfAwayFromZero } from "../../src/domain/rounding";
import { writeXlsx } from "../../src/xlsx";
import {
  formulaErrors,
  namedValues,
  readWorkbook,
  recalculate,
  resultOf,
  sofficeAvailable,
  type XlsxFile,
} from "../support/libreoffice";
import {
  FIRST_SHEET,
  handmadePlan,
  LABOUR_FORCE,
  SECOND_SHEET,
  TABLE_ROW,
  TOTAL_ROW,
  TRICKY_NAMES,
  UNEMPLOYED,
} from "../xlsx/handmadePlan";

/**
 * The LibreOffice oracle (docs/oracle.md): workbooks written by the ExcelJS adapter are recalculated
 * by LibreOffice in one soffice run, and what its engine computed is compared with what we expect.
 * Set SKIP_ORACLE=1 to skip it on a machine without LibreOffice; CI installs it.
 */
const skip = process.env.SKIP_ORACLE === "1";
const describeOracle = skip ? describe.skip : describe;

let recalculated: Map<string, ExcelJS.Workbook>;

/** ExcelJS cell from 0-based coordinates. */
const cellAt = (sheet: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell =>
  sheet.getRow(row + 1).getCell(col + 1);

describeOracle("LibreOffice oracle", () => {
  beforeAll(async () => {
    if (!sofficeAvailable()) {
      throw new Error(
        "LibreOffice (soffice) is needed: apt-get install libreoffice-calc-nogui, or SKIP_ORACLE=1",
      );
    }
    const files: XlsxFile[] = [{ name: "handmade.xlsx", bytes: await writeXlsx(handmadePlan) }];
    const started = Date.now();
    const out = await recalculate(files);
    console.log(`LibreOffice recalculated ${files.length} files in ${Date.now() - started} ms`);
    recalculated = new Map();
    for (const [name, bytes] of out) recalculated.set(name, await readWorkbook(bytes));
  }, 240_000);

  describe("a hand-made plan", () => {
    const workbook = () => recalculated.get("handmade.xlsx") as ExcelJS.Workbook;
    const at = (sheet: string, row: number, col: number) =>
      resultOf(cellAt(workbook().getWorksheet(sheet) as ExcelJS.Worksheet, row, col));
    const total = LABOUR_FORCE.reduce((sum, value) => sum + value, 0);

    test("no formula evaluates to an error", () => {
      expect(formulaErrors(workbook())).toEqual([]);
    });

    test("SUM over a whole table column and a name pointing at it", () => {
      expect(namedValues(workbook(), "Tyovoima_Yhteensa")).toEqual([[total]]);
    });

    test("this-row structured references, ROUND, and an n×1 name in row order", () => {
      expect(namedValues(workbook(), "Osuudet")).toEqual(
        LABOUR_FORCE.map((value) => [roundHalfAwayFromZero(value / total, 6)]),
      );
      UNEMPLOYED.forEach((unemployed, i) => {
        expect(at(FIRST_SHEET, TABLE_ROW + 1 + i, 4)).toBeCloseTo(
          unemployed / (LABOUR_FORCE[i] as number),
          12,
        );
      });
    });

    test("a comparison gives a boolean, FALSE included", () => {
      expect(total).toBeLessThan(20_000);
      expect(namedValues(workbook(), "Tyovoima_Riittaa")).toEqual([[false]]);
      expect(at(FIRST_SHEET, TOTAL_ROW + 2, 1)).toBe("OK");
    });

    test("INDEX/MATCH over table columns and a defined name in another sheet's formula", () => {
      expect(namedValues(workbook(), "Kustannus_Kerava")).toEqual([
        [roundHalfAwayFromZero((65_000 * 18_875) / total)],
      ]);
    });

    test("references to quoted sheet names, _xlfn. functions and SUMPRODUCT over table columns", () => {
      expect(at(SECOND_SHEET, 2, 1)).toBe(total * 2);
      expect(at(SECOND_SHEET, 3, 1)).toBe("keski");
      expect(at(SECOND_SHEET, 4, 1)).toBe(18_875);
      expect(at(SECOND_SHEET, 5, 1)).toBe(
        LABOUR_FORCE.reduce((sum, lf, i) => sum + lf * (UNEMPLOYED[i] as number), 0),
      );
      expect(at(SECOND_SHEET, 6, 1)).toBe(42);
      expect(namedValues(workbook(), "Kolmas_Arvo")).toEqual([[41]]);
    });

    test("user text that looks like a formula is still text after LibreOffice saved it", () => {
      const sheet = workbook().getWorksheet(FIRST_SHEET) as ExcelJS.Worksheet;
      TRICKY_NAMES.forEach((name, i) => {
        const { type, value } = cellAt(sheet, TABLE_ROW + 1 + i, 0);
        expect({ type, value }).toEqual({ type: ExcelJS.ValueType.String, value: name });
      });
    });
  });
});
