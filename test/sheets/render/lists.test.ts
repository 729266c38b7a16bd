import type { SheetPlan } from "../../../src/sheets/plan";
import { usedExtent } from "../../../src/sheets/render/extent";
import { INLINE_LIST_LIMIT, inlineListFormula, placeLists } from "../../../src/sheets/render/lists";

describe("inlineListFormula", () => {
  test("writes a short list inline, quoted and comma-separated", () => {
    expect(inlineListFormula(["Kokonaan", "Pääasiassa"])).toBe('"Kokonaan,Pääasiassa"');
  });

  test("inline up to Excel's 255 characters, not one more", () => {
    const item = "x".repeat(50);
    const fits = [item, item, item, item, "y".repeat(INLINE_LIST_LIMIT - 4 * 51)];
    expect(fits.join(",").length).toBe(INLINE_LIST_LIMIT);
    expect(inlineListFormula(fits)).not.toBeNull();
    expect(inlineListFormula([...fits.slice(0, 4), "y".repeat(INLINE_LIST_LIMIT - 4 * 51 + 1)])).toBeNull();
  });

  test.each([["a,b"], ['sanoi "kyllä"'], [" reunavälit "], [""]])(
    "an item %j that inline syntax would change goes to a range",
    (item) => {
      expect(inlineListFormula(["Kokonaan", item])).toBeNull();
    },
  );
});

describe("placeLists", () => {
  const sheet: SheetPlan = {
    key: "services",
    name: "Palvelutuotantomatriisi",
    blocks: [{ row: 0, col: 0, cells: [["a", "b", "c"]] }],
    formats: [{ range: { row: 0, col: 0, rows: 1, cols: 4 }, wrap: true }],
    columnWidths: [{ col: 5, width: 10 }],
    tables: [],
    names: [],
    validations: [
      { range: { row: 1, col: 1, rows: 5, cols: 4 }, list: ["a", "b"] },
      { range: { row: 1, col: 0, rows: 5, cols: 1 }, list: ["a,1", "b"] },
      { range: { row: 1, col: 0, rows: 5, cols: 1 }, list: ["c,1", "d", "e"] },
    ],
  };

  test("the used extent counts blocks, formats, widths and validations", () => {
    expect(usedExtent(sheet)).toEqual({ rows: 6, cols: 6 });
  });

  test("range lists get one column each right of everything used, leaving one empty column", () => {
    const placed = placeLists(sheet);
    expect(placed.map(({ source }) => source)).toEqual([
      { kind: "inline", formula: '"a,b"' },
      { kind: "range", range: { row: 0, col: 7, rows: 2, cols: 1 }, formula: "$H$1:$H$2" },
      { kind: "range", range: { row: 0, col: 8, rows: 3, cols: 1 }, formula: "$I$1:$I$3" },
    ]);
  });
});
