import fc from "fast-check";
import JSZip from "jszip";
import { areaInputSchema } from "../../src/domain/model";
import { SAMPLE_IDS } from "../../src/domain/samples";
import { sampleDraft, sampleInput } from "../sheets/fixtures";
import { LANGS } from "../../src/i18n/lang";
import { buildWorkbookPlan } from "../../src/sheets";
import type { SheetPlan, WorkbookPlan } from "../../src/sheets/plan";
import { writeXlsx } from "../../src/xlsx";
import { areaInputArb } from "../support/arbitraries";
import { xmlPartNames, xmlProblems } from "../support/wellFormed";
import { handmadePlan, TABLE_ROW } from "../sheets/handmadePlan";

/**
 * Every XML part of every workbook we write is well-formed XML: all samples in every language,
 * the hand-made plan (formula-like names, escapes, long lists) and random valid inputs. A name
 * with U+FFFE was once written into sharedStrings.xml and a table part, which LibreOffice then
 * read only up to that string.
 */
describe("every XML part is well-formed", () => {
  test.each(SAMPLE_IDS.flatMap((id) => LANGS.map((lang) => [id, lang] as const)))(
    "sample %s in %s",
    async (id, lang) => {
      const file = await writeXlsx(buildWorkbookPlan(sampleInput(id, lang), { lang }));
      const parts = await xmlPartNames(file);
      // The parts that hold user text and structure are all there to be checked.
      for (const part of [
        "[Content_Types].xml",
        "xl/workbook.xml",
        "xl/sharedStrings.xml",
        "xl/styles.xml",
      ]) {
        expect(parts).toContain(part);
      }
      expect(parts.some((name) => name.startsWith("xl/tables/"))).toBe(true);
      expect(await xmlProblems(file)).toEqual([]);
    },
  );

  test("the hand-made plan", async () => {
    expect(await xmlProblems(await writeXlsx(handmadePlan))).toEqual([]);
  });

  test("random valid inputs, every language", async () => {
    await fc.assert(
      fc.asyncProperty(areaInputArb(), fc.constantFrom(...LANGS), async (input, lang) => {
        expect(await xmlProblems(await writeXlsx(buildWorkbookPlan(input, { lang })))).toEqual([]);
      }),
      { seed: 4242, numRuns: 25 },
    );
  });
});

/**
 * The model and the writer agree: any text at all (every UTF-16 code unit, lone surrogates and
 * noncharacters included) as a name, a service and a note is either refused by the input model
 * or written as well-formed XML.
 */
test("any text the input model accepts is written as well-formed XML", async () => {
  // Any UTF-16 code unit, with the ones that corrupt a file (or change silently) often enough.
  const unit = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom("\uFFFE", "\uFFFF", "\uFDD0", "\uD800", "\uDFFF", "\u0007") },
    { weight: 30, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) },
  );
  const anyText = fc.string({ unit, minLength: 1, maxLength: 6 });
  const source = sampleDraft("kympin");
  let accepted = 0;
  await fc.assert(
    fc.asyncProperty(anyText, anyText, anyText, async (name, service, note) => {
      const [first, ...others] = source.municipalities;
      const draft = {
        ...source,
        municipalities: [{ ...first, name: `${name} a` }, ...others],
        services: { rows: [{ service, modes: { own: { extent: "entirely", note } } }] },
        staffing: undefined,
      };
      const parsed = areaInputSchema.safeParse(draft);
      if (!parsed.success) return;
      accepted++;
      expect(await xmlProblems(await writeXlsx(buildWorkbookPlan(parsed.data, { lang: "fi" })))).toEqual([]);
    }),
    { seed: 1212, numRuns: 16 },
  );
  // Not vacuous: most random texts are accepted and written.
  expect(accepted).toBeGreaterThan(3);
});

describe("the check itself", () => {
  /** The hand-made plan with one more name in its table, as a plan could hold it without the model. */
  const withName = (name: string): WorkbookPlan => {
    const [first, ...rest] = handmadePlan.sheets as [SheetPlan, ...SheetPlan[]];
    return {
      sheets: [
        { ...first, blocks: [...first.blocks, { row: TABLE_ROW + 1, col: 0, cells: [[name]] }] },
        ...rest,
      ],
    };
  };

  test("finds the corrupt part ExcelJS writes for U+FFFE, which the input model therefore refuses", async () => {
    const problems = await xmlProblems(await writeXlsx(withName("Ker\uFFFEava")));
    expect(problems).toEqual([expect.stringMatching(/^xl\/sharedStrings\.xml: .*disallowed character/)]);
  });

  test("fails on a part that is not well-formed, and on a file with no XML", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types><Default></Types>');
    expect(await xmlProblems(await zip.generateAsync({ type: "uint8array" }))).toEqual([
      expect.stringMatching(/^\[Content_Types\]\.xml: /),
    ]);
    const empty = new JSZip();
    empty.file("readme.txt", "no xml");
    expect(await xmlProblems(await empty.generateAsync({ type: "uint8array" }))).toEqual([
      "no XML parts at all",
    ]);
  });
});
