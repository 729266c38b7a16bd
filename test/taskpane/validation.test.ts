import { recogniseColumns } from "../../src/domain/members";
import type { MunicipalityDraft } from "../../src/domain/model";
import { parseAreaInput } from "../../src/domain/parse";
import { uiStrings } from "../../src/i18n/ui";
import { applyForm, formFromDraft } from "../../src/taskpane/form";
import { gridBase } from "../../src/taskpane/gridBase";
import { readGrid, type Grid } from "../../src/taskpane/gridInput";
import { checkInput, fieldOfSegments } from "../../src/taskpane/validation";

/** A range at D5 (0-based row 4, column 3) with a header row and two municipalities. */
const grid: Grid = {
  row: 4,
  col: 3,
  values: [
    ["Kunta", "Työvoima", "Työikäiset", "Työttömät"],
    ["Kerava", 18875, 23000, 2100],
    ["Sipoo", 11691, "", 700],
  ],
};

function check(g: Grid, edit: (form: ReturnType<typeof formFromDraft>) => ReturnType<typeof formFromDraft>) {
  const mapping = recogniseColumns((g.values[0] ?? []).map(String)).fields;
  const read = readGrid(g, mapping);
  const base = gridBase(read.municipalities as MunicipalityDraft[], mapping, 2026);
  const form = edit({ ...formFromDraft(base, "fi"), area: "Testialue", costTotal: "1 000 000" });
  const { draft, problems } = applyForm(base, form, "fi");
  return checkInput({
    lang: "fi",
    t: uiStrings.fi,
    draft,
    formProblems: problems,
    grid: { grid: g, read, mapping },
    parse: parseAreaInput,
    caseloadGroups: [],
  });
}

describe("problems before generating", () => {
  it("points a weighted criterion's blank cell at the cell (F7 is Sipoo's working age)", () => {
    const result = check(grid, (form) => form);
    expect(result.input).toBeUndefined();
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatch(/^F7: /);
  });

  it("says once that a weighted criterion has no column, instead of once per municipality", () => {
    const result = check(grid, (form) => ({
      ...form,
      weights: { ...form.weights, foreignLanguage: "10", unemployed: "40" },
    }));
    const columnMessages = result.messages.filter((m) => m.includes("Vieraskieliset"));
    expect(columnMessages).toEqual([
      "Kustannusjaon peruste ”Vieraskieliset” on painotettu, mutta sillä ei ole saraketta: valitse sarake tai poista paino.",
    ]);
  });

  it("puts the input model's findings beside the form field they belong to", () => {
    const complete: Grid = {
      ...grid,
      values: grid.values.map((row, r) => (r === 2 ? ["Sipoo", 11691, 12500, 700] : row)),
    };
    const result = check(complete, (form) => ({ ...form, threshold: "0" }));
    expect(result.fieldErrors.threshold).toBeDefined();
    expect(result.messages[0]).toMatch(/^Työvoiman vähimmäismäärä: /);
    expect(check(complete, (form) => form).input?.municipalities).toHaveLength(2);
  });

  it("reports unreadable fields by their label, before asking the input model anything", () => {
    const result = check(grid, (form) => ({ ...form, costTotal: "paljon" }));
    expect(result.messages).toEqual(["Jaettava summa, €: ”paljon” ei ole luku"]);
    expect(result.fieldErrors.costTotal).toBe("”paljon” ei ole luku");
  });

  it("names the input's parts for a person, not by their JSON path", () => {
    const result = checkInput({
      lang: "fi",
      t: uiStrings.fi,
      draft: { area: "A", year: 2026, municipalities: [], costSplit: { total: 1, weights: {} } },
      formProblems: {},
      parse: () => ({
        ok: false,
        error: [
          {
            segments: ["municipalities"],
            problem: { kind: "count", found: 100000, limit: 400, atLeast: false },
          },
          { segments: ["staffing", "rows", 0, "htv"], problem: { kind: "reservedKey", key: "__proto__" } },
        ],
      }),
      caseloadGroups: [],
    });
    expect(result.messages.map((m) => m.replace(/\u00a0/g, " "))).toEqual([
      "Kunnat: 100 000 alkiota, odotettiin enintään 400",
      "Henkilöstötaulukko, rivi 1, htv: avain ”__proto__” on varattu eikä sitä voi lukea; nimeä se toisin",
    ]);
  });

  it("lists at most a hundred of the input model's problems, then how many more", () => {
    const mapping = recogniseColumns((grid.values[0] ?? []).map(String)).fields;
    const base = gridBase(readGrid(grid, mapping).municipalities as MunicipalityDraft[], mapping, 2026);
    const { draft } = applyForm(base, { ...formFromDraft(base, "fi"), area: "A", costTotal: "1" }, "fi");
    const issues = Array.from({ length: 1000 }, (_, i) => ({
      problem: { kind: "unknownField" as const, key: `k${i}` },
      segments: [],
    }));
    const result = checkInput({
      lang: "en",
      t: uiStrings.en,
      draft,
      formProblems: {},
      parse: () => ({ ok: false, error: issues }),
      caseloadGroups: [],
    });
    expect(result.messages).toHaveLength(101);
    expect(result.messages[99]).toBe("unknown field 'k99'");
    expect(result.messages[100]).toBe("… and 900 more problems");
  });

  it.each<[(string | number)[], string | undefined]>([
    [["threshold"], "threshold"],
    [["labourForceChange"], "yearlyChange"],
    [["costSplit", "weights", "population"], "weights"],
    [["costSplit", "weights"], "weights"],
    [["costSplit", "total"], "costTotal"],
    [["budget", "planningYears", 1, "total"], "budgetTotal.1"],
    // The planning years count on from the year field: their issues are the year's.
    [["budget", "planningYears", 1, "year"], "year"],
    [["staffing", "monthsPerYear"], "monthsPerYear"],
    [["caseload", "groups", 2, "clients"], "clients.2"],
    [["caseload", "groups", 2, "caseload"], "caseload.2"],
    [["caseload", "groups", 2], undefined],
    [["threshold", "x"], undefined],
    [["municipalities", 0, "name"], undefined],
  ])("maps the path %j to the field %s", (segments, field) => {
    expect(fieldOfSegments(segments)).toBe(field);
  });
});
