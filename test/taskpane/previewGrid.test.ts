import { areaFigures } from "../../src/domain/figures";
import { SAMPLE_IDS } from "../../src/domain/samples";
import { LANGS, type Lang } from "../../src/i18n/lang";
import { uiStrings } from "../../src/i18n/ui";
import { buildWorkbookPlan } from "../../src/sheets";
import { formula, isFormula, NUMBER_FORMATS, type SheetKey, type WorkbookPlan } from "../../src/sheets/plan";
import { previewGrid, showCell, spanOf, type ShowOptions } from "../../src/taskpane/previewGrid";
import { sampleInput } from "../sheets/fixtures";

/** Intl groups thousands with a no-break space in fi and sv; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-");

const options = (lang: Lang, formulas = false): ShowOptions => ({
  lang,
  booleans: uiStrings[lang].booleans,
  formulas,
});

/** The preview's text of every cell of a sheet, by A1-style "row:col" (0-based). */
function shown(plan: WorkbookPlan, key: SheetKey, lang: Lang, formulas = false) {
  const sheet = plan.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`no ${key}`);
  const grid = previewGrid(sheet);
  return grid.cells.flatMap((line, r) =>
    line.map((cell, c) => ({
      r,
      c,
      cell,
      ...showCell(cell, grid.numberFormats[r]?.[c], options(lang, formulas)),
    })),
  );
}

const texts = (plan: WorkbookPlan, key: SheetKey, lang: Lang) =>
  shown(plan, key, lang).map((cell) => plain(cell.text));

describe.each(SAMPLE_IDS.flatMap((sample) => LANGS.map((lang) => ({ sample, lang }))))(
  "the preview of $sample ($lang)",
  ({ sample, lang }) => {
    const plan = buildWorkbookPlan(sampleInput(sample, lang), { lang });

    it("shows every formula cell as its value, never its text, and the formula on demand", () => {
      for (const sheet of plan.sheets) {
        const cells = shown(plan, sheet.key, lang);
        const formulas = cells.filter(({ cell }) => isFormula(cell));
        expect(formulas.length).toBeGreaterThan(0);
        expect(cells.filter(({ text }) => text.startsWith("="))).toEqual([]);
        const onDemand = shown(plan, sheet.key, lang, true).filter(({ cell }) => isFormula(cell));
        expect(onDemand.map(({ text }) => text)).toEqual(
          formulas.map(({ cell }) => (isFormula(cell) ? cell.formula : "")),
        );
      }
    });

    it("right-aligns every number, a formula's numeric value included, and nothing else", () => {
      for (const sheet of plan.sheets) {
        for (const { cell, numeric } of shown(plan, sheet.key, lang)) {
          const value = cell !== null && isFormula(cell) ? cell.value : cell;
          expect({ cell, numeric }).toEqual({ cell, numeric: typeof value === "number" });
        }
      }
    });

    it("writes euros to the cent, person-years to a tenth, as the sheets' number formats do", () => {
      const figures = areaFigures(sampleInput(sample));
      const euros = new Intl.NumberFormat(lang === "en" ? "en-GB" : `${lang}-FI`, {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
      const costSplit = texts(plan, "costSplit", lang);
      for (const share of figures.costShares) expect(costSplit).toContain(plain(`${euros.format(share)} €`));
      expect(costSplit.filter((text) => / €$/.test(text)).every((text) => /\d[.,]\d\d €$/.test(text))).toBe(
        true,
      );
      const staffing = texts(plan, "staffing", lang);
      const tenth = new Intl.NumberFormat(lang === "en" ? "en-GB" : `${lang}-FI`, {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
      expect(staffing).toContain(plain(tenth.format(figures.htvTotal)));
      expect(staffing).toContain(plain(tenth.format(figures.htvNeed)));
    });
  },
);

describe("the Kerava–Sipoo preview in figures", () => {
  const input = sampleInput("kerava-sipoo");
  it.each([
    ["fi", "30 566", "5 102 288,73 €", "3 650 000,00 €", "50,0 %", "TOSI", "2025"],
    ["sv", "30 566", "5 102 288,73 €", "3 650 000,00 €", "50,0 %", "SANT", "2025"],
    ["en", "30,566", "5,102,288.73 €", "3,650,000.00 €", "50.0 %", "TRUE", "2025"],
  ] as const)(
    "%s: 30 566 in the labour force, the shares and budget lines to the cent, the sufficiency as a boolean",
    (lang, labourForce, kerava, staff, share, yes, year) => {
      const plan = buildWorkbookPlan(input, { lang });
      const kunnat = texts(plan, "municipalities", lang);
      expect(kunnat).toContain(labourForce);
      expect(kunnat).toContain(yes);
      expect(kunnat.some((text) => text.endsWith(year))).toBe(true);
      expect(kunnat.join("|")).not.toMatch(/Kunnat!|'!|\[\[/);
      expect(texts(plan, "costSplit", lang)).toContain(kerava);
      const budget = texts(plan, "budget", lang);
      expect(budget).toContain(staff);
      expect(budget).toContain(share);
    },
  );
});

describe("showCell", () => {
  it("formats by every number format of the sheets", () => {
    const cases: Record<keyof typeof NUMBER_FORMATS, [number, string]> = {
      euros: [169923.2, "169 923,20 €"],
      eurosOrText: [56250, "56 250,00 €"],
      wholeEuros: [7300000, "7 300 000 €"],
      personYears: [42.777, "42,8"],
      count: [10000, "10 000"],
      decimal: [0.5, "0,50"],
      percent: [-0.012, "-1,2 %"],
      percentWhole: [0.95, "95 %"],
      factor: [1.25, "1,25"],
      year: [2025, "2025"],
      text: [1.5, "1,5"],
    };
    for (const [key, [value, text]] of Object.entries(cases)) {
      const code = NUMBER_FORMATS[key as keyof typeof NUMBER_FORMATS];
      expect({ key, text: plain(showCell(value, code, options("fi")).text) }).toEqual({ key, text });
    }
  });

  it("shows a blank result as empty, text as itself, a formula without a value as its text", () => {
    expect(showCell(formula('=IF(1,"",0)', ""), undefined, options("fi"))).toEqual({
      text: "",
      numeric: false,
    });
    expect(showCell("=A1", undefined, options("fi"))).toEqual({ text: "=A1", numeric: false });
    expect(showCell(formula("=A1"), undefined, options("fi"))).toEqual({ text: "=A1", numeric: false });
    expect(showCell(false, undefined, options("sv"))).toEqual({ text: "FALSKT", numeric: false });
  });
});

describe("spanOf", () => {
  it("lets a lone text in column A read across its row, and nothing else", () => {
    expect(spanOf(["Otsikko", null, null])).toBe(3);
    expect(spanOf(["Kerava", 18875, null])).toBe(1);
    expect(spanOf([null, "x", null])).toBe(1);
    expect(spanOf(["Yksin"])).toBe(1);
  });
});
