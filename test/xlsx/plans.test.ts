import fc from "fast-check";
import { SAMPLE_IDS } from "../../src/domain/samples";
import { sampleInput } from "../sheets/fixtures";
import { LANGS } from "../../src/i18n/lang";
import { buildWorkbookPlan } from "../../src/sheets";
import { planProblems } from "../../src/sheets/render";
import { writeXlsx } from "../../src/xlsx";
import { areaInputArb } from "../support/arbitraries";
import { readWorkbook } from "../support/libreoffice";
import type { SheetPlan, WorkbookPlan } from "../../src/sheets/plan";
import { handmadePlan, TABLE_ROW } from "../sheets/handmadePlan";
import { renderingDifferences } from "./rendered";

/** The adapter renders every plan the sheet builders make: each cell, format, table, name and list. */
describe("real plans written and read back", () => {
  test("the hand-made plan renders completely", async () => {
    expect(renderingDifferences(handmadePlan, await readWorkbook(await writeXlsx(handmadePlan)))).toEqual([]);
  });

  test("the comparison notices a plan the file does not render", async () => {
    const file = await readWorkbook(await writeXlsx(handmadePlan));
    const [first, ...rest] = handmadePlan.sheets as [SheetPlan, ...SheetPlan[]];
    const other: WorkbookPlan = {
      sheets: [
        {
          ...first,
          blocks: [...first.blocks, { row: TABLE_ROW + 1, col: 0, cells: [["Toinen nimi"]] }],
          formats: [...first.formats, { range: { row: 0, col: 0, rows: 1, cols: 1 }, numberFormat: "0.00" }],
          names: first.names.map((name, i) =>
            i === 0 ? { ...name, range: { ...name.range, row: 0 } } : name,
          ),
          columnWidths: [{ col: 0, width: 5 }],
        },
        ...rest,
      ],
    };
    expect(renderingDifferences(other, file)).toEqual([
      expect.stringMatching(/A4 should be text "Toinen nimi"/),
      expect.stringMatching(/A1 number format undefined instead of 0.00/),
      expect.stringMatching(/column 0 width 28/),
      expect.stringMatching(/name Tyovoima_Yhteensa refers to/),
    ]);
  });

  test.each(SAMPLE_IDS.flatMap((id) => LANGS.map((lang) => [id, lang] as const)))(
    "sample %s in %s",
    async (id, lang) => {
      const plan = buildWorkbookPlan(sampleInput(id, lang), { lang });
      expect(planProblems(plan)).toEqual([]);
      expect(renderingDifferences(plan, await readWorkbook(await writeXlsx(plan)))).toEqual([]);
    },
  );

  test("random valid inputs, every language", async () => {
    await fc.assert(
      fc.asyncProperty(areaInputArb(), fc.constantFrom(...LANGS), async (input, lang) => {
        const plan = buildWorkbookPlan(input, { lang });
        expect(planProblems(plan)).toEqual([]);
        expect(renderingDifferences(plan, await readWorkbook(await writeXlsx(plan)))).toEqual([]);
      }),
      { seed: 4242, numRuns: 25 },
    );
  });
});
