import { SAMPLE_IDS, withTexts } from "../../src/domain/samples";
import { parseAreaInput } from "../../src/domain/parse";
import { LANGS, type Lang } from "../../src/i18n/lang";
import { sheetLabels } from "../../src/i18n/sheetLabels";
import { buildWorkbookPlan } from "../../src/sheets";
import { SHEET_KEYS, type SheetKey, type WorkbookPlan } from "../../src/sheets/plan";
import { readCsvText } from "../../src/taskpane/csvSource";
import { deriveInput, sourceBase, type GridSource, type PaneState } from "../../src/taskpane/deriveInput";
import * as engine from "../../src/taskpane/engineParts";
import { formFromDraft } from "../../src/taskpane/form";
import { sampleDraft } from "../sheets/fixtures";
import { cellsOf } from "../sheets/planTools";

/*
 * A sample's notes are that sample's: an area from a CSV or a selected range gets the templates
 * (src/domain/templates.ts), whose lines carry no sample's remarks ("Noin 60 HTV…"), in any
 * language — also when the user edits the budget and the pane writes the template out.
 */

/**
 * Every sample's notes in every language, and its other texts (lines, titles, groups, services)
 * but for those the templates share.
 */
const template = new Set(LANGS.flatMap((lang) => Object.values(sheetLabels[lang].templates)));
const SAMPLE_NOTES = new Set<string>();
const SAMPLE_NAMES = new Set<string>();
for (const id of SAMPLE_IDS)
  for (const lang of LANGS) {
    const draft = sampleDraft(id, lang);
    const notes = [
      ...(draft.budget?.lines ?? []).map((line) => line.note),
      ...(draft.staffing?.rows ?? []).map((row) => row.note),
      ...(draft.services?.rows ?? []).flatMap((row) =>
        Object.values(row.modes ?? {}).map((cell) => cell?.note),
      ),
    ].filter((note): note is string => note !== undefined);
    for (const note of notes) SAMPLE_NOTES.add(note);
    withTexts(draft, (text) => {
      if (!template.has(text) && !SAMPLE_NOTES.has(text)) SAMPLE_NAMES.add(text);
      return text;
    });
  }

const SELECTION: GridSource = {
  grid: {
    row: 0,
    col: 0,
    values: [
      ["Kunta", "Asukkaat", "Työikäiset", "Työttömät", "Työvoima"],
      ["Kerava", 38000, 23000, 2100, 18875],
      ["Sipoo", 22000, 12500, 700, 11691],
    ],
  },
  mapping: ["name", "population", "workingAge", "unemployed", "labourForce"],
};

function paneInput(source: "csv" | "selection", lang: Lang, editBudget: boolean) {
  const csv = readCsvText("Kunta;Työvoima;Asukkaat\nKerava;18 875;38 000\nSipoo;11 691;22 000\n", lang);
  if (!csv.ok) throw new Error(csv.error.join("\n"));
  const state: Omit<PaneState, "form"> = {
    source,
    sampleId: "kerava-sipoo",
    selection: SELECTION,
    csvRead: csv.value,
    area: null,
    file: null,
    sheets: new Set<SheetKey>(SHEET_KEYS),
    excel: true,
  };
  const { base } = sourceBase(state, lang, engine.sampleTexts);
  if (!base) throw new Error("no base");
  const form = formFromDraft(base, lang);
  const derived = deriveInput(
    {
      ...state,
      form: {
        ...form,
        area: "Oma alue",
        costTotal: "100000",
        budgetTotals: editBudget ? ["90000", "95000"] : form.budgetTotals,
      },
    },
    lang,
    engine,
  );
  if (!derived.input) throw new Error(derived.problems.join("\n"));
  return derived.input;
}

/** The sample notes a plan's text cells hold, and the cells that are a sample's other texts. */
function sampleNotesIn(plan: WorkbookPlan): string[] {
  return plan.sheets.flatMap((sheet) =>
    [...cellsOf(sheet).values()].flatMap(({ cell }) =>
      typeof cell !== "string"
        ? []
        : [
            ...[...SAMPLE_NOTES].filter((note) => cell.includes(note)),
            ...(SAMPLE_NAMES.has(cell) ? [cell] : []),
          ],
    ),
  );
}

describe("template notes", () => {
  test("the sample notes to look for include Kerava–Sipoo's 60 HTV in every language", () => {
    for (const note of [
      "Noin 60 HTV. Osuus 50 % kattaa rivit 2–3.",
      "Cirka 60 årsverken. Andelen 50 % täcker raderna 2–3.",
      "About 60 person-years. The 50 % share covers lines 2–3.",
    ])
      expect(SAMPLE_NOTES.has(note)).toBe(true);
    // …and they are found where they belong.
    const own = buildWorkbookPlan(parsed("sv"), { lang: "sv" });
    expect(sampleNotesIn(own)).toContain("Cirka 60 årsverken. Andelen 50 % täcker raderna 2–3.");
  });

  describe.each(
    LANGS.flatMap((lang) =>
      (["csv", "selection"] as const).flatMap((source) =>
        [false, true].map((editBudget) => ({ lang, source, editBudget })),
      ),
    ),
  )("an area from $source in $lang (budget edited: $editBudget)", ({ lang, source, editBudget }) => {
    test("gets no sample's note in any sheet, in any language", () => {
      const input = paneInput(source, lang, editBudget);
      expect(input.budget !== undefined).toBe(editBudget);
      const plan = buildWorkbookPlan(input, { lang });
      expect(sampleNotesIn(plan)).toEqual([]);
      const cells = plan.sheets.flatMap((sheet) => [...cellsOf(sheet).values()].map(({ cell }) => cell));
      expect(
        cells.filter((cell) => typeof cell === "string" && /\b60 (HTV|årsverken|person-years)/.test(cell)),
      ).toEqual([]);
      // The template's lines are there, in the language.
      expect(cells).toContain(sheetLabels[lang].templates["budget.transferredStaff"]);
    });
  });
});

function parsed(lang: Lang) {
  const result = parseAreaInput(sampleDraft("kerava-sipoo", lang));
  if (!result.ok) throw new Error("sample does not parse");
  return result.value;
}
