import { asEnteredText, blockWrites } from "../../src/excel/cells";
import { columnWidthPoints } from "../../src/excel/write";
import { formula, type SheetPlan } from "../../src/sheets/plan";

const sheet = (blocks: SheetPlan["blocks"]): SheetPlan => ({
  key: "municipalities",
  name: "Kunnat",
  blocks,
  formats: [],
  columnWidths: [],
  tables: [],
  names: [],
  validations: [],
});

describe("blockWrites", () => {
  it("splits a block into one write of constants and one of formulas, text behind the quote prefix", () => {
    const writes = blockWrites(
      sheet([
        {
          row: 2,
          col: 1,
          cells: [
            ["Kunta", "Työvoima", "Osuus"],
            ['=HYPERLINK("x")', 18875, formula("=B4/SUM(B4:B5)")],
            ["", true, null],
          ],
        },
      ]),
    );
    expect(writes).toEqual([
      {
        row: 2,
        col: 1,
        rows: 3,
        cols: 3,
        values: [
          ["'Kunta", "'Työvoima", "'Osuus"],
          ['\'=HYPERLINK("x")', 18875, null],
          [null, true, null],
        ],
        formulas: [
          [null, null, null],
          [null, null, "=B4/SUM(B4:B5)"],
          [null, null, null],
        ],
      },
    ]);
  });

  it("omits a write that would change nothing, and lets a later block win where blocks overlap", () => {
    const writes = blockWrites(
      sheet([
        { row: 0, col: 0, cells: [[formula("=1"), formula("=2")]] },
        { row: 0, col: 1, cells: [["myöhempi"]] },
      ]),
    );
    expect(writes).toEqual([
      { row: 0, col: 0, rows: 1, cols: 2, formulas: [["=1", null]] },
      { row: 0, col: 1, rows: 1, cols: 1, values: [["'myöhempi"]] },
    ]);
  });

  it("quotes with one apostrophe, keeping one the text starts with", () => {
    expect(asEnteredText("'alku")).toBe("''alku");
  });
});

describe("columnWidthPoints", () => {
  it("turns Excel's default width (8.43 characters, stored 9.140625) into its 64 pixels, 48 points", () => {
    expect(columnWidthPoints(9.140625)).toBe(48);
  });

  it("follows ECMA-376's pixel formula for Calibri 11 (7-pixel digits)", () => {
    expect(columnWidthPoints(20)).toBe(105); // 140 px
    expect(columnWidthPoints(1)).toBe(5.25); // 7 px
    expect(columnWidthPoints(0)).toBe(0);
  });
});
