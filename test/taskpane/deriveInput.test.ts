import { findArea, type Area } from "../../src/domain/areas";
import { SHEET_KEYS, type SheetKey } from "../../src/sheets/plan";
import { readCsvText } from "../../src/taskpane/csvSource";
import * as engine from "../../src/taskpane/engineParts";
import { deriveInput, sourceBase, type GridSource, type PaneState } from "../../src/taskpane/deriveInput";
import { memberTemplate } from "../../src/taskpane/areaMembers";
import { readFiles, type FileSource } from "../../src/taskpane/fileSource";
import { formFromDraft, type FormState } from "../../src/taskpane/form";
import { gridBase } from "../../src/taskpane/gridBase";
import { DEFAULT_SAMPLE, sampleDraft } from "../../src/taskpane/samples";
import { KERAVA_SIPOO_11RA, pxwebLong } from "../support/pxweb";

/** The pane's derivation chain without React: source → base → form → checked input → figures. */

const SELECTION: GridSource = {
  grid: {
    row: 1,
    col: 1,
    values: [
      ["Kunta", "Asukkaat", "Työikäiset", "Työttömät", "Työvoima"],
      ["Kerava", 38000, 23000, 2100, 18875],
      ["Sipoo", 22000, 12500, 700, 11691],
    ],
  },
  mapping: ["name", "population", "workingAge", "unemployed", "labourForce"],
};

const ALL_SHEETS: ReadonlySet<SheetKey> = new Set(SHEET_KEYS);

function sampleState(overrides: Partial<PaneState> = {}): PaneState {
  return {
    source: "sample",
    sampleId: DEFAULT_SAMPLE,
    selection: null,
    csvRead: null,
    area: null,
    file: null,
    form: formFromDraft(sampleDraft(DEFAULT_SAMPLE, "fi"), "fi"),
    sheets: ALL_SHEETS,
    excel: false,
    ...overrides,
  };
}

/** The form a source starts with, filled in the way a user would: a name and an amount to split. */
function filledForm(state: Omit<PaneState, "form">, area = "Testialue", total = "7 300 000"): FormState {
  const { base } = sourceBase(state, "fi");
  if (!base) throw new Error("the source has no base");
  return { ...formFromDraft(base, "fi"), area, costTotal: total };
}

describe("deriveInput", () => {
  it("turns an untouched sample into a valid input, its figures and a preview of the chosen sheets", () => {
    const derived = deriveInput(
      sampleState({ sheets: new Set<SheetKey>(["staffing", "municipalities"]) }),
      "fi",
      engine,
    );
    expect(derived.problems).toEqual([]);
    expect(derived.input?.area).toBe(sampleDraft(DEFAULT_SAMPLE, "fi").area);
    expect(derived.figures).toBeDefined();
    // Workbook order, whatever order the user ticked them in.
    expect(derived.sheetList).toEqual(["municipalities", "staffing"]);
    expect(derived.preview?.sheets.map((sheet) => sheet.key)).toEqual(["municipalities", "staffing"]);
    // A sample is not the user's own figures: no "n municipalities read" line.
    expect(derived.summary).toBeUndefined();
  });

  it("builds no preview in Excel, where the sheets go into the workbook", () => {
    const derived = deriveInput(sampleState({ excel: true }), "fi", engine);
    expect(derived.input).toBeDefined();
    expect(derived.preview).toBeUndefined();
  });

  it("checks nothing until the engine chunk has loaded, so nothing can be generated yet", () => {
    const derived = deriveInput(sampleState(), "fi", undefined);
    expect(derived.base).toBeDefined();
    expect(derived.checked).toBeUndefined();
    expect(derived.input).toBeUndefined();
    expect(derived.preview).toBeUndefined();
    expect(derived.problems).toEqual([]);
  });

  it("has nothing to check before the chosen source has been read", () => {
    const derived = deriveInput(sampleState({ source: "selection" }), "fi", engine);
    expect(derived).toEqual({
      caseloadGroups: [],
      budgetYears: [],
      sheetList: SHEET_KEYS,
      notices: [],
      problems: [],
    });
  });

  it("reads a selection with the state-share default weights and sums its labour force in the user's language", () => {
    const partial = { ...sampleState(), source: "selection" as const, selection: SELECTION };
    expect(sourceBase(partial, "fi").base?.costSplit.weights).toEqual({ workingAge: 0.5, unemployed: 0.5 });
    const derived = deriveInput({ ...partial, form: filledForm(partial) }, "sv", engine);
    expect(derived.problems).toEqual([]);
    expect(derived.summary).toBe("2 kommuner, arbetskraft sammanlagt 30\u00a0566");
    expect(derived.input?.municipalities.map((m) => m.name)).toEqual(["Kerava", "Sipoo"]);
    expect(derived.grid?.read.sheetRows).toEqual([2, 3]);
  });

  it("leaves a selected total row out of the members and says so under the summary", () => {
    const values = [...SELECTION.grid.values, ["Yhteensä", 60000, 35500, 2800, 30566]];
    const selection = { ...SELECTION, grid: { ...SELECTION.grid, values } };
    const partial = { ...sampleState(), source: "selection" as const, selection };
    const derived = deriveInput({ ...partial, form: filledForm(partial) }, "fi", engine);
    expect(derived.input?.municipalities.map((m) => m.name)).toEqual(["Kerava", "Sipoo"]);
    expect(derived.summary).toBe("2 kuntaa, työvoima yhteensä 30\u00a0566");
    expect(derived.notices).toHaveLength(1);
    expect(derived.notices[0]).toMatch(/^B5\b.*Yhteensä/);
  });

  it("names the cell of a value it cannot use and gives no total over such rows", () => {
    const values = SELECTION.grid.values.map((row) => [...row]);
    (values[2] as unknown[])[4] = "11 691 hlö";
    const selection = { ...SELECTION, grid: { ...SELECTION.grid, values } };
    const partial = { ...sampleState(), source: "selection" as const, selection };
    const derived = deriveInput({ ...partial, form: filledForm(partial) }, "fi", engine);
    expect(derived.input).toBeUndefined();
    expect(derived.summary).toBeUndefined();
    expect(derived.problems).toHaveLength(1);
    expect(derived.problems[0]).toMatch(/^F4\b/);
  });

  it("puts a form problem beside its field and in the list, and refuses to generate", () => {
    const partial = { ...sampleState(), source: "selection" as const, selection: SELECTION };
    const derived = deriveInput({ ...partial, form: filledForm(partial, "", "") }, "en", engine);
    expect(derived.input).toBeUndefined();
    expect(derived.checked?.fieldErrors).toEqual({ area: "Required", costTotal: "Required" });
    // Both named, in the order applyForm reads the fields.
    expect([...derived.problems].sort()).toEqual([
      "Amount to split, €: Required",
      "Name of the employment area: Required",
    ]);
  });

  it("points the input model's findings about CSV rows back at the CSV line", () => {
    const csv = readCsvText("Kunta;Työvoima;Asukkaat\nKerava;18 875;38 000\nSipoo;11 691;\n", "fi");
    if (!csv.ok) throw new Error(csv.error.join("\n"));
    const partial = { ...sampleState(), source: "csv" as const, csvRead: csv.value };
    expect(sourceBase(partial, "fi").base).toEqual(gridBase(csv.value.municipalities, csv.value.fields));
    const derived = deriveInput({ ...partial, form: filledForm(partial) }, "fi", engine);
    expect(derived.summary).toBe("2 kuntaa, työvoima yhteensä 30\u00a0566");
    expect(derived.input).toBeUndefined();
    expect(derived.problems.filter((p) => /rivi 3/i.test(p) && /Asukkaat/.test(p))).toHaveLength(1);
  });
});

describe("deriveInput from Statistics Finland files", () => {
  const keravaSipoo = findArea("Kerava-Sipoo") ?? null;
  const FILES = [{ name: "11ra.csv", bytes: KERAVA_SIPOO_11RA }];

  function fileState(file: FileSource, area: Area | null): PaneState {
    const partial = { ...sampleState(), source: "file" as const, area, file };
    return { ...partial, form: filledForm(partial) };
  }

  it("takes the chosen area's members from a national export, with their codes, the latest year and the area's name", () => {
    const file = readFiles(FILES, { mapping: {} }, keravaSipoo, "fi");
    expect(file.base?.area).toBe("Kerava-Sipoo");
    const derived = deriveInput(fileState(file, keravaSipoo), "fi", engine);
    expect(derived.problems).toEqual([]);
    expect(derived.input?.municipalities.map((m) => [m.name, m.labourForce, m.population])).toEqual([
      ["Kerava", 18875, 38000],
      ["Sipoo", 11691, 22000],
    ]);
    expect(derived.summary).toBe("2 kuntaa, työvoima yhteensä 30\u00a0566");
    if (!file.reading.ok) throw new Error("the files did not read");
    expect(file.reading.value.year).toBe("2024");
    expect(file.reading.value.municipalities.map((m) => m.code)).toEqual(["245", "753"]);
    expect(file.reading.value.members).toEqual({ found: 2, missing: [] });
    expect(file.reading.value.ignoredRows).toBe(3);
    expect(file.reading.value.aggregateRows).toBe(1);
  });

  it("reads the year the user chooses", () => {
    const file = readFiles(FILES, { year: "2023", mapping: {} }, keravaSipoo, "fi");
    const derived = deriveInput(fileState(file, keravaSipoo), "fi", engine);
    expect(derived.input?.municipalities.map((m) => m.labourForce)).toEqual([18700, 11600]);
  });

  it("takes every municipality of the files for the user's own selection, the totals left out", () => {
    const file = readFiles(FILES, { mapping: {} }, null, "fi");
    const derived = deriveInput(fileState(file, null), "fi", engine);
    expect(derived.input?.municipalities.map((m) => m.name)).toEqual(["Kerava", "Sipoo", "Vantaa"]);
  });

  it("names the members in the pane's language, whatever language the file used", () => {
    const file = readFiles(FILES, { mapping: {} }, keravaSipoo, "sv");
    const derived = deriveInput(fileState(file, keravaSipoo), "sv", engine);
    expect(derived.input?.municipalities.map((m) => m.name)).toEqual(["Kervo", "Sibbo"]);
  });

  it("generates nothing until an unrecognised variable is mapped, then takes it as mapped", () => {
    const withTaxes = pxwebLong(
      "omat",
      ["2024"],
      [
        ["KU245 Kerava", "Työvoima", 18875],
        ["KU245 Kerava", "Kunnallisvero", 150],
        ["KU753 Sipoo", "Työvoima", 11691],
        ["KU753 Sipoo", "Kunnallisvero", 90],
      ],
    );
    const files = [{ name: "omat.csv", bytes: withTaxes }];
    const unmapped = readFiles(files, { mapping: {} }, keravaSipoo, "fi");
    if (!unmapped.reading.ok) throw new Error("the file did not read");
    expect(unmapped.reading.value.unrecognised.map((v) => v.label)).toEqual(["Kunnallisvero"]);
    const blocked = deriveInput(fileState(unmapped, keravaSipoo), "fi", engine);
    expect(blocked.input).toBeUndefined();
    expect(blocked.problems.some((problem) => problem.includes("Kunnallisvero"))).toBe(true);

    const ignored = readFiles(files, { mapping: { Kunnallisvero: "ignore" } }, keravaSipoo, "fi");
    expect(deriveInput(fileState(ignored, keravaSipoo), "fi", engine).problems).toEqual([]);
    const asStateShare = readFiles(files, { mapping: { Kunnallisvero: "stateShare" } }, keravaSipoo, "fi");
    const derived = deriveInput(fileState(asStateShare, keravaSipoo), "fi", engine);
    expect(derived.input?.municipalities.map((m) => m.stateShare)).toEqual([150, 90]);
  });

  it("names a member missing from the files and generates nothing", () => {
    const keravaOnly = pxwebLong("11ra", ["2024"], [["KU245 Kerava", "Työvoima", 18875]]);
    const file = readFiles([{ name: "kerava.csv", bytes: keravaOnly }], { mapping: {} }, keravaSipoo, "fi");
    const derived = deriveInput(fileState(file, keravaSipoo), "fi", engine);
    expect(derived.input).toBeUndefined();
    expect(derived.problems.filter((problem) => problem.includes("Sipoo"))).not.toEqual([]);
  });
});

describe("deriveInput for a chosen area with figures typed or selected", () => {
  const keravaSipoo = findArea("Kerava-Sipoo") ?? null;
  const header = SELECTION.grid.values[0] as unknown[];

  function selectionState(rows: unknown[][]): PaneState {
    const selection = { ...SELECTION, grid: { ...SELECTION.grid, values: [header, ...rows] } };
    const partial = { ...sampleState(), source: "selection" as const, selection, area: keravaSipoo };
    return { ...partial, form: filledForm(partial) };
  }

  it("accepts the area's members under their Finnish or Swedish names", () => {
    const derived = deriveInput(
      selectionState([
        ["Kervo", 38000, 23000, 2100, 18875],
        ["Sipoo", 22000, 12500, 700, 11691],
      ]),
      "sv",
      engine,
    );
    expect(derived.problems).toEqual([]);
    expect(derived.input).toBeDefined();
  });

  it("leaves other municipalities out (counted), names a member without a row, and generates nothing", () => {
    const derived = deriveInput(
      selectionState([
        ["Kerava", 38000, 23000, 2100, 18875],
        ["Vantaa", 248000, 150000, 15500, 131000],
      ]),
      "fi",
      engine,
    );
    expect(derived.input).toBeUndefined();
    expect(derived.problems).toEqual(["Puuttuvat jäsenkunnat: Sipoo"]);
  });

  it("takes the members' rows in the classification's order, and says how many other rows it left out", () => {
    const derived = deriveInput(
      selectionState([
        ["Vantaa", 248000, 150000, 15500, 131000],
        ["Sipoo", 22000, 12500, 700, 11691],
        ["KU245 Kerava", 38000, 23000, 2100, 18875],
      ]),
      "fi",
      engine,
    );
    expect(derived.problems).toEqual([]);
    expect(derived.input?.municipalities.map((m) => [m.name, m.code, m.labourForce])).toEqual([
      ["Kerava", "245", 18875],
      ["Sipoo", "753", 11691],
    ]);
    expect(derived.summary).toBe("2 kuntaa, työvoima yhteensä 30\u00a0566");
    expect(derived.notices).toEqual(["Muiden kuntien rivejä ohitettu: 1"]);
    // The rows kept still point at their own cells.
    expect(derived.grid?.read.sheetRows).toEqual([4, 3]);
  });

  it("names a member given twice by its CSV lines, and points a member's missing figure at its line", () => {
    const csv = readCsvText("Kunta;Työvoima\nKerava;18 875\nSipoo;11 691\nKervo;18 875\n", "fi");
    if (!csv.ok) throw new Error(csv.error.join("\n"));
    const partial = { ...sampleState(), source: "csv" as const, csvRead: csv.value, area: keravaSipoo };
    const twice = deriveInput({ ...partial, form: filledForm(partial) }, "fi", engine);
    expect(twice.input).toBeUndefined();
    expect(twice.problems).toEqual(["Jäsenkunnalla Kerava on useampi rivi (rivi 2, rivi 4): jätä yksi."]);

    // Sipoo comes first in the text but second among the members: its missing labour force is
    // still found on its own line.
    const typed = readCsvText(
      "Kunta;Työvoima;Työikäiset;Työttömät\nSipoo;11 691;12 500;\nKerava;18 875;23 000;2 100\n",
      "fi",
    );
    if (!typed.ok) throw new Error(typed.error.join("\n"));
    const template = { ...partial, csvRead: typed.value };
    const derived = deriveInput({ ...template, form: filledForm(template) }, "fi", engine);
    expect(derived.problems).toHaveLength(1);
    expect(derived.problems[0]).toMatch(/^rivi 2, sarake Työttömät\b/i);
  });

  it("does not hold the user's own selection against any area", () => {
    const state = selectionState([["Vantaa", 248000, 150000, 15500, 131000]]);
    const derived = deriveInput({ ...state, area: null }, "fi", engine);
    expect(derived.problems).toEqual([]);
  });
});

describe("typing the figures of a chosen area", () => {
  it("gives the members' lines to type into, which the CSV reader takes once filled in", () => {
    const area = findArea("Kerava-Sipoo");
    if (!area) throw new Error("no Kerava-Sipoo");
    const template = memberTemplate("sv", area);
    expect(template).toBe(
      "Kommun;Kommunnummer;Arbetskraft;Invånare;I arbetsför ålder;Arbetslösa\nKervo;245;;;;\nSibbo;753;;;;\n",
    );
    // A labour force left empty is named by its line and column when the text is read.
    const partly = readCsvText(template.replace("Kervo;245;;;;", "Kervo;245;18 875;;23 000;2 100"), "sv");
    expect(partly.ok ? [] : partly.error).toEqual([expect.stringMatching(/^rad 3, kolumn Arbetskraft: /)]);
    const typed = template
      .replace("Kervo;245;;;;", "Kervo;245;18 875;;23 000;2 100")
      .replace("Sibbo;753;;;;", "Sibbo;753;11 691;;12 500;700");
    const csv = readCsvText(typed, "sv");
    if (!csv.ok) throw new Error(csv.error.join("\n"));
    const partial = { ...sampleState(), source: "csv" as const, csvRead: csv.value, area };
    const derived = deriveInput({ ...partial, form: filledForm(partial) }, "sv", engine);
    expect(derived.problems).toEqual([]);
    expect(derived.input?.municipalities.map((m) => [m.name, m.code, m.labourForce])).toEqual([
      ["Kervo", "245", 18875],
      ["Sibbo", "753", 11691],
    ]);
  });
});
