import type { AreaInputDraft } from "../../src/domain/model";
import { SAMPLE_IDS, SAMPLES, sampleTextIds, withTexts, type SampleId } from "../../src/domain/samples";
import { LANGS, type Lang } from "../../src/i18n/lang";
import { sheetLabels } from "../../src/i18n/sheetLabels";
import { sampleTexts } from "../../src/i18n/sampleTexts";
import { sampleFormWords } from "../../src/i18n/samples";
import { buildWorkbookPlan } from "../../src/sheets";
import { sampleDraft, sampleInput } from "../sheets/fixtures";
import { cellsOf } from "../sheets/planTools";

/** The free texts of a draft, in input order (the fields `withTexts` translates). */
function textsOf(draft: AreaInputDraft): string[] {
  const texts: string[] = [];
  withTexts(draft, (text) => {
    texts.push(text);
    return text;
  });
  return texts;
}

/** Every sample's Finnish texts: what the source plans say. */
const FINNISH = [...new Set(SAMPLE_IDS.flatMap((id) => textsOf(sampleDraft(id, "fi"))))];

/**
 * The Finnish originals that must not appear in `lang`: all but those the language writes the
 * same (a partner's name such as "Keuda", an amount such as "1 000 €" in Swedish).
 */
function finnishOnly(lang: Lang): string[] {
  const own = new Set(SAMPLE_IDS.flatMap((id) => textsOf(sampleDraft(id, lang))));
  return FINNISH.filter((original) => !own.has(original));
}

describe("sample texts", () => {
  test.each(SAMPLE_IDS)("%s: every text id has its words in every language, and no word is unused", (id) => {
    const ids = sampleTextIds(id);
    expect(ids.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const templates: Readonly<Record<string, string>> = sheetLabels[lang].templates;
      const own = { ...sampleFormWords[lang][id], ...sampleTexts[lang][id] };
      expect(ids.filter((text) => own[text] === undefined && templates[text] === undefined)).toEqual([]);
      expect(Object.keys(own).filter((text) => !ids.includes(text))).toEqual([]);
      // A sample's own word never shadows a template's: a shared id means the template's line.
      expect(Object.keys(own).filter((text) => templates[text] !== undefined)).toEqual([]);
      const texts = textsOf(sampleDraft(id, lang));
      expect(texts.every((text) => text.trim() !== "" && !ids.includes(text))).toBe(true);
    }
  });

  test("the form's words are the area and the client groups, the rest comes with the engine", () => {
    for (const lang of LANGS)
      for (const id of SAMPLE_IDS)
        for (const text of Object.keys(sampleFormWords[lang][id]))
          expect(text === "area" || text.startsWith("group.")).toBe(true);
  });

  test("Finnish keeps the plans' own words; Swedish and English translate all but names and amounts", () => {
    expect(sampleDraft("kerava-sipoo", "fi").budget?.lines[1]?.note).toBe(
      "Noin 60 HTV. Osuus 50 % kattaa rivit 2–3.",
    );
    expect(sampleDraft("kerava-sipoo", "sv").staffing?.rows[0]?.title).toBe("Expert – personkundstjänster");
    expect(sampleDraft("kympin", "en").caseload?.groups[0]?.name).toBe("Job seekers (June 2023)");
    expect(FINNISH.length).toBeGreaterThan(80);
    // Only a handful are the same in Swedish (names, amounts) and fewer in English.
    expect(FINNISH.length - finnishOnly("sv").length).toBeLessThan(10);
    expect(FINNISH.length - finnishOnly("en").length).toBeLessThan(10);
  });

  test("a sample's numbers, municipalities and structure are the same in every language", () => {
    const numbersOnly = (draft: AreaInputDraft) => withTexts(draft, () => "");
    for (const id of SAMPLE_IDS) {
      const fi = numbersOnly(sampleDraft(id, "fi"));
      for (const lang of LANGS) expect(numbersOnly(sampleDraft(id, lang))).toEqual(fi);
      expect(numbersOnly(SAMPLES[id].input)).toEqual(fi);
    }
  });

  describe.each(SAMPLE_IDS.flatMap((id) => (["sv", "en"] as const).map((lang) => ({ id, lang }))))(
    "$id in $lang",
    ({ id, lang }: { id: SampleId; lang: Lang }) => {
      test("no text cell of any sheet holds a Finnish sample word", () => {
        const plan = buildWorkbookPlan(sampleInput(id, lang), { lang });
        const originals = finnishOnly(lang);
        const hits = plan.sheets.flatMap((sheet) =>
          [...cellsOf(sheet).values()].flatMap(({ cell }) =>
            typeof cell === "string" ? originals.filter((original) => cell.includes(original)) : [],
          ),
        );
        expect(hits).toEqual([]);
        // The scan reads the cells the samples fill: the Finnish plan has its words.
        const fiCells = buildWorkbookPlan(sampleInput(id, "fi"), { lang: "fi" }).sheets.flatMap((sheet) =>
          [...cellsOf(sheet).values()].map(({ cell }) => cell),
        );
        expect(textsOf(sampleDraft(id, "fi")).every((text) => fiCells.includes(text))).toBe(true);
      });
    },
  );
});
