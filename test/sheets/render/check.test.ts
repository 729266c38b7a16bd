import { assertWritable, PlanError, planProblems } from "../../../src/sheets/render";
import { formula, type SheetPlan, type WorkbookPlan } from "../../../src/sheets/plan";
import { handmadePlan } from "../handmadePlan";

describe("plans that cannot be written", () => {
  const sheet = (overrides: Partial<SheetPlan>): WorkbookPlan => ({
    sheets: [
      {
        key: "municipalities",
        name: "Kunnat",
        blocks: [
          {
            row: 0,
            col: 0,
            cells: [
              ["Kunta", "Työvoima"],
              ["Kerava", 18875],
            ],
          },
        ],
        formats: [],
        columnWidths: [],
        tables: [{ name: "T", range: { row: 0, col: 0, rows: 2, cols: 2 }, style: "TableStyleLight9" }],
        names: [],
        validations: [],
        ...overrides,
      },
    ],
  });

  test("a valid small plan has no problems", () => {
    expect(planProblems(sheet({}))).toEqual([]);
    expect(planProblems(handmadePlan)).toEqual([]);
  });

  test.each([
    ["a non-finite number", { blocks: [{ row: 0, col: 0, cells: [[Number.NaN]] }], tables: [] }, /NaN/],
    [
      "repeated table headers",
      {
        blocks: [
          {
            row: 0,
            col: 0,
            cells: [
              ["Kunta", "kunta"],
              [1, 2],
            ],
          },
        ],
      },
      /header 'kunta' is repeated/,
    ],
    [
      "a number as a table header",
      {
        blocks: [
          {
            row: 0,
            col: 0,
            cells: [
              ["Kunta", 2025],
              [1, 2],
            ],
          },
        ],
      },
      /B1 is not text/,
    ],
    [
      "a header with a line break",
      {
        blocks: [
          {
            row: 0,
            col: 0,
            cells: [
              ["Kunta", "Työ\nvoima"],
              [1, 2],
            ],
          },
        ],
      },
      /control character/,
    ],
    [
      "a table without data rows",
      { tables: [{ name: "T", range: { row: 0, col: 0, rows: 1, cols: 2 }, style: "TableStyleLight9" }] },
      /no data row/,
    ],
    [
      "overlapping tables",
      {
        tables: [
          { name: "T", range: { row: 0, col: 0, rows: 2, cols: 2 }, style: "TableStyleLight9" },
          { name: "U", range: { row: 0, col: 1, rows: 2, cols: 1 }, style: "TableStyleLight9" },
        ],
      },
      /overlap/,
    ],
    [
      "an unknown table style",
      { tables: [{ name: "T", range: { row: 0, col: 0, rows: 2, cols: 2 }, style: "TableStyleMedium99" }] },
      /not a built-in table style/,
    ],
    [
      "a name that is a cell address",
      { names: [{ name: "AB12", range: { row: 1, col: 1, rows: 1, cols: 1 } }] },
      /'AB12' is not a valid Excel name/,
    ],
    [
      "a name used twice (tables and names share one namespace)",
      { names: [{ name: "t", range: { row: 1, col: 1, rows: 1, cols: 1 } }] },
      /name 't' is used twice/,
    ],
    [
      "a formula newer than Excel 2019",
      { blocks: [{ row: 5, col: 0, cells: [[formula("=XLOOKUP(1,A:A,B:B)")]] }] },
      /XLOOKUP, newer than Excel 2019/,
    ],
    [
      "the [@Column] shorthand",
      { blocks: [{ row: 5, col: 0, cells: [[formula("=T[@Työvoima]*2")]] }] },
      /\[@Column\]/,
    ],
    ["a ragged block", { blocks: [{ row: 5, col: 0, cells: [[1, 2], [3]] }] }, /has 1 cells, not 2/],
    [
      "an empty dropdown list",
      { validations: [{ range: { row: 3, col: 0, rows: 1, cols: 1 }, list: [] }] },
      /empty list/,
    ],
    [
      "a dropdown message over Excel's 225 characters",
      {
        validations: [
          { range: { row: 3, col: 0, rows: 1, cols: 1 }, list: ["a"], errorMessage: "x".repeat(226) },
        ],
      },
      /error message is over 225/,
    ],
    [
      "overlapping dropdowns",
      {
        validations: [
          { range: { row: 3, col: 0, rows: 2, cols: 2 }, list: ["a"] },
          { range: { row: 4, col: 1, rows: 1, cols: 1 }, list: ["b"] },
        ],
      },
      /validations 0 and 1 overlap/,
    ],
    [
      "a range off the sheet",
      { formats: [{ range: { row: -1, col: 0, rows: 1, cols: 1 }, wrap: true }] },
      /format 0/,
    ],
  ] as const)("rejects %s", (_, overrides, message) => {
    const plan = sheet(overrides as Partial<SheetPlan>);
    expect(planProblems(plan).join("\n")).toMatch(message);
    expect(() => assertWritable(plan)).toThrow(PlanError);
  });

  test("rejects sheet names Excel refuses, and repeated ones", () => {
    const named = (name: string) => ({ ...(sheet({}).sheets[0] as SheetPlan), name, tables: [] });
    expect(planProblems({ sheets: [named("a".repeat(32))] })).toHaveLength(1);
    expect(planProblems({ sheets: [named("Kunnat: 2025")] })).toHaveLength(1);
    expect(planProblems({ sheets: [named("'Kunnat")] })).toHaveLength(1);
    expect(planProblems({ sheets: [named("Kunnat"), named("KUNNAT")] })).toEqual([
      "sheet name 'KUNNAT' is repeated",
    ]);
  });

  test("a plan without sheets cannot be written", () => {
    expect(planProblems({ sheets: [] })).toEqual(["the plan has no sheets"]);
  });
});
