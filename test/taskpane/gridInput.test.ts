import { MAX_MUNICIPALITIES } from "../../src/domain/bounds";
import { recogniseColumns } from "../../src/domain/members";
import { a1, columnLetters } from "../../src/sheets/refs";
import { uiStrings } from "../../src/i18n/ui";
import { readGrid, type ColumnMapping, type Grid, type GridIssue } from "../../src/taskpane/gridInput";
import { describeGridIssue } from "../../src/taskpane/validation";

const mappingOf = (grid: Grid): ColumnMapping =>
  recogniseColumns((grid.values[0] ?? []).map((h) => String(h))).fields;

describe("cell addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16_383, "XFD"],
  ])("column %d is %s", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
  });

  it("names a 0-based cell the way Excel shows it", () => {
    expect(a1(6, 2)).toBe("C7");
  });
});

describe("a municipality-code column in the selection", () => {
  it("reads codes as 3-digit text, whether Excel holds them as text or as numbers that lost their zeros", () => {
    const grid: Grid = {
      row: 0,
      col: 0,
      values: [
        ["Kuntanumero", "Kunta", "Työvoima"],
        ["049", "Espoo", 150000],
        [5, "Alajärvi", 3854],
        ["KU010", "Alavus", 4600],
        [null, "Uusi kunta", 100],
      ],
    };
    const read = readGrid(grid, mappingOf(grid));
    expect(read.issues).toEqual([]);
    expect(read.municipalities).toEqual([
      { code: "049", name: "Espoo", labourForce: 150000 },
      { code: "005", name: "Alajärvi", labourForce: 3854 },
      { code: "010", name: "Alavus", labourForce: 4600 },
      { name: "Uusi kunta", labourForce: 100 },
    ]);
  });
});

describe("reading municipality rows from a selected range", () => {
  // The range B3:F6 of the user's sheet: a header row and three municipalities.
  const grid: Grid = {
    row: 2,
    col: 1,
    values: [
      ["Kunta", "Asukkaat", "Työvoima", "Työttömät", "Työikäiset"],
      ["Kerava", 38000, 18875, 2100, 23000],
      ["Sipoo", 22000, 11691, 700, 12500],
      ["Järvenpää", 45000, 21000, 1900, 28000],
    ],
  };

  it("recognises the columns by their header words and reads every row", () => {
    const read = readGrid(grid, mappingOf(grid));
    expect(read.issues).toEqual([]);
    expect(read.municipalities).toEqual([
      { name: "Kerava", population: 38000, labourForce: 18875, unemployed: 2100, workingAge: 23000 },
      { name: "Sipoo", population: 22000, labourForce: 11691, unemployed: 700, workingAge: 12500 },
      { name: "Järvenpää", population: 45000, labourForce: 21000, unemployed: 1900, workingAge: 28000 },
    ]);
    expect(read.sheetRows).toEqual([3, 4, 5]);
  });

  it("stops at the first row past the member limit with that one issue, without visiting the rest", () => {
    const rows: unknown[][] = [
      ["Kunta", "Työvoima"],
      ["Yhteensä", 1],
    ];
    for (let i = 0; i < 100_000; i++) rows.push([`Kunta ${i}`, 1000 + i]);
    let visited = 0;
    // Counts the rows the reader looks at.
    const values = new Proxy(rows, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) visited++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const read = readGrid({ row: 2, col: 1, values }, mappingOf({ row: 2, col: 1, values: rows }));
    // The header is on sheet row 3, the total row (not counted) on 4: municipality 401 is on row 405.
    expect(read.issues).toEqual([{ kind: "tooManyRows", at: "B405", limit: MAX_MUNICIPALITIES }]);
    expect(visited).toBeLessThan(2 * (MAX_MUNICIPALITIES + 2));
    expect(read.municipalities).toHaveLength(MAX_MUNICIPALITIES);
    const issue = read.issues[0] as GridIssue;
    expect(describeGridIssue(uiStrings.fi, "fi", issue)).toBe(
      "B405: kuntarivejä on yli 400; työllisyysalueeseen kuuluu enintään 400 kuntaa, joten loppua ei lueta",
    );
    expect(describeGridIssue(uiStrings.sv, "sv", issue)).toContain("fler än 400 kommunrader");
    expect(describeGridIssue(uiStrings.en, "en", issue)).toContain("more than 400 municipality rows");
  });

  it("reads exactly the limit", () => {
    const rows: unknown[][] = [["Kunta", "Työvoima"]];
    for (let i = 0; i < MAX_MUNICIPALITIES; i++) rows.push([`Kunta ${i}`, 1000 + i]);
    const read = readGrid({ row: 0, col: 0, values: rows }, mappingOf({ row: 0, col: 0, values: rows }));
    expect(read.issues).toEqual([]);
    expect(read.municipalities).toHaveLength(MAX_MUNICIPALITIES);
  });

  it("reports text in a numeric column by its cell address, never reading it as a number or 0", () => {
    const values = grid.values.map((row) => [...row]);
    (values[2] as unknown[])[2] = "18 875";
    const read = readGrid({ ...grid, values }, mappingOf(grid));
    // Row index 2 of the range starting at B3 is sheet row 5; column index 2 is D.
    expect(read.issues).toEqual([{ kind: "cell", problem: { code: "notNumber", at: "D5", text: "18 875" } }]);
    expect(read.municipalities[1]).not.toHaveProperty("labourForce");
  });

  it("reports booleans, Excel error values and negative numbers where they are", () => {
    const values = grid.values.map((row) => [...row]);
    (values[1] as unknown[])[1] = true;
    (values[2] as unknown[])[3] = "#N/A";
    (values[3] as unknown[])[4] = -5;
    const read = readGrid({ ...grid, values }, mappingOf(grid));
    expect(read.issues).toEqual([
      { kind: "cell", problem: { code: "boolean", at: "C4", value: true } },
      { kind: "cell", problem: { code: "errorValue", at: "E5", text: "#N/A" } },
      { kind: "cell", problem: { code: "negative", at: "F6", value: -5 } },
    ]);
  });

  it("keeps user text as text: a name that looks like a formula stays the name", () => {
    const values = [grid.values[0] as unknown[], ['=HYPERLINK("x")', 1, 2, 3, 4], ["+1", 1, 2, 3, 4]];
    const read = readGrid({ ...grid, values }, mappingOf(grid));
    expect(read.municipalities.map((m) => m.name)).toEqual(['=HYPERLINK("x")', "+1"]);
  });

  it("skips blank rows, but not a row whose name is missing", () => {
    const values = [
      grid.values[0] as unknown[],
      ["Kerava", 38000, 18875, 2100, 23000],
      ["", "", "", "", ""],
      ["", 22000, 11691, 700, 12500],
    ];
    const read = readGrid({ ...grid, values }, mappingOf(grid));
    expect(read.municipalities).toHaveLength(1);
    expect(read.issues).toEqual([{ kind: "emptyName", at: "B6" }]);
  });

  it("skips total rows selected with the data, in any language, and lists them instead of counting them", () => {
    const values = [
      ...grid.values,
      ["Yhteensä", 105000, 51566, 4700, 63500],
      ["Koko maa", 5600000, 2700000, 250000, 3400000],
      ["Kaikki kunnat", 105000, 51566, 4700, 63500],
      ["MA1 MANNER-SUOMI", 5500000, 2680000, 248000, 3350000],
      ["Sammanlagt", 105000, 51566, 4700, 63500],
    ];
    const read = readGrid({ ...grid, values }, mappingOf(grid));
    expect(read.issues).toEqual([]);
    expect(read.municipalities.map((m) => m.name)).toEqual(["Kerava", "Sipoo", "Järvenpää"]);
    expect(read.skipped).toEqual([
      { at: "B7", text: "Yhteensä" },
      { at: "B8", text: "Koko maa" },
      { at: "B9", text: "Kaikki kunnat" },
      { at: "B10", text: "MA1 MANNER-SUOMI" },
      { at: "B11", text: "Sammanlagt" },
    ]);
  });

  it("reads a cell of spaces as blank, as the custom functions do", () => {
    const values = [grid.values[0] as unknown[], ["Kerava", "   ", 18875, " ", 23000]];
    const read = readGrid({ ...grid, values }, mappingOf(grid));
    expect(read.issues).toEqual([]);
    expect(read.municipalities).toEqual([{ name: "Kerava", labourForce: 18875, workingAge: 23000 }]);
  });

  it("leaves a blank cell out (not 0), so the input model can say what is missing", () => {
    const values = [grid.values[0] as unknown[], ["Kerava", "", 18875, "", 23000]];
    const read = readGrid({ ...grid, values }, mappingOf(grid));
    expect(read.issues).toEqual([]);
    expect(read.municipalities).toEqual([{ name: "Kerava", labourForce: 18875, workingAge: 23000 }]);
  });

  it("needs a name and a labour-force column, and each field in one column only", () => {
    const mapping: ColumnMapping = ["name", "population", "population", null, null];
    expect(readGrid(grid, mapping).issues).toEqual([
      { kind: "duplicateColumn", field: "population", columns: ["C", "D"] },
      { kind: "missingColumn", field: "labourForce" },
    ]);
    expect(readGrid(grid, [null, null, "labourForce", null, null]).issues).toEqual([
      { kind: "missingColumn", field: "name" },
    ]);
  });

  it("says so when there are no municipality rows under the header", () => {
    const read = readGrid({ ...grid, values: [grid.values[0] as unknown[]] }, mappingOf(grid));
    expect(read.issues).toEqual([{ kind: "noRows" }]);
  });

  it("recognises Swedish and English headers too", () => {
    const sv: Grid = {
      row: 0,
      col: 0,
      values: [
        ["Kommun", "Arbetskraft", "Invånare"],
        ["Sibbo", 11691, 22000],
      ],
    };
    const en: Grid = {
      row: 0,
      col: 0,
      values: [
        ["Municipality", "Labour force", "Unemployed"],
        ["Sipoo", 11691, 700],
      ],
    };
    expect(readGrid(sv, mappingOf(sv)).municipalities).toEqual([
      { name: "Sibbo", labourForce: 11691, population: 22000 },
    ]);
    expect(readGrid(en, mappingOf(en)).municipalities).toEqual([
      { name: "Sipoo", labourForce: 11691, unemployed: 700 },
    ]);
  });
});
