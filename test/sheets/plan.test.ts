import type { AreaInput, AreaInputDraft } from "../../src/domain/model";
import { LANGS, type Lang } from "../../src/i18n/lang";
import { sheetTexts } from "../../src/i18n/sheets";
import { DEFINED_NAMES, TABLE_NAMES } from "../../src/sheets/contract";
import { buildWorkbookPlan } from "../../src/sheets";
import type { ExistingNames } from "../../src/sheets/naming";
import { isFormula, SHEET_KEYS, type SheetPlan, type WorkbookPlan } from "../../src/sheets/plan";
import { SAMPLE_IDS } from "../../src/domain/samples";
import { keravaSipooDraft, parse, sampleInput } from "./fixtures";
import {
  cellAt,
  cellsOf,
  formulasOf,
  functionsIn,
  literalsIn,
  sheetRefs,
  skeleton,
  structuredRefs,
} from "./planTools";

/**
 * Functions newer than Excel 2019 or that spill (dynamic arrays): LibreOffice and older Excel
 * would show #NAME? or a different result. Kept as a denylist the formulas are checked against.
 */
const POST_2019 = [
  "XLOOKUP", "XMATCH", "LET", "LAMBDA", "FILTER", "SEQUENCE", "SORT", "SORTBY", "UNIQUE", "RANDARRAY",
  "TEXTSPLIT", "TEXTBEFORE", "TEXTAFTER", "VSTACK", "HSTACK", "TOCOL", "TOROW", "WRAPROWS", "WRAPCOLS",
  "TAKE", "DROP", "CHOOSEROWS", "CHOOSECOLS", "EXPAND", "MAP", "REDUCE", "SCAN", "MAKEARRAY", "BYROW",
  "BYCOL", "ISOMITTED", "ARRAYTOTEXT", "VALUETOTEXT", "IMAGE", "GROUPBY", "PIVOTBY", "PERCENTOF",
  "REGEXTEST", "REGEXEXTRACT", "REGEXREPLACE", "TRIMRANGE", "STOCKHISTORY", "FIELDVALUE", "ANCHORARRAY",
  "SINGLE",
]; // prettier-ignore
/** What the sheets may call: each in Excel 2007+ and in LibreOffice. */
const ALLOWED = new Set(["SUM", "SUMIF", "ROUND", "IF", "ABS", "ISNUMBER", "ROWS", "COUNT"]);

const allPlans: { sample: string; lang: Lang; input: AreaInput; plan: WorkbookPlan }[] = SAMPLE_IDS.flatMap(
  (sample) =>
    LANGS.map((lang) => {
      const input = sampleInput(sample, lang);
      return { sample, lang, input, plan: buildWorkbookPlan(input, { lang }) };
    }),
);

const sheet = (plan: WorkbookPlan, key: SheetPlan["key"]): SheetPlan => {
  const found = plan.sheets.find((s) => s.key === key);
  if (!found) throw new Error(`no ${key} sheet`);
  return found;
};

function namedCell(plan: WorkbookPlan, name: string) {
  for (const s of plan.sheets) {
    const found = s.names.find((n) => n.name === name);
    if (found) return { sheet: s, range: found.range, cell: cellAt(s, found.range.row, found.range.col) };
  }
  throw new Error(`no name ${name}`);
}

const formulaAt = (plan: WorkbookPlan, name: string): string => {
  const { cell } = namedCell(plan, name);
  if (cell === undefined || cell === null || !isFormula(cell)) throw new Error(`${name} holds no formula`);
  return cell.formula;
};

describe.each(allPlans)("$sample ($lang)", ({ input, lang, plan }) => {
  it("has the five sheets in order, named in the language within Excel's rules", () => {
    expect(plan.sheets.map((s) => s.key)).toEqual(SHEET_KEYS);
    for (const s of plan.sheets) {
      expect(s.name).toBe(sheetTexts[lang].sheetNames[s.key]);
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it("defines every contract name exactly once, on a single cell except the n×1 share column", () => {
    const names = plan.sheets.flatMap((s) => s.names.map((n) => n.name));
    expect([...names].sort()).toEqual([...DEFINED_NAMES].sort());
    for (const name of DEFINED_NAMES) {
      const { range } = namedCell(plan, name);
      const expected = name === "Kustannusosuudet" ? [input.municipalities.length, 1] : [1, 1];
      expect([range.rows, range.cols]).toEqual(expected);
    }
  });

  it("points each name at the formula that computes it", () => {
    expect(formulaAt(plan, "Tyovoima_Yhteensa")).toMatch(/^=SUM\(Kunnat\[\[[^\]]+\]\]\)$/);
    expect(formulaAt(plan, "Tyovoima_Ennuste")).toMatch(/^=[A-Z]+\d+\*\(1\+[A-Z]+\d+\)\^[A-Z]+\d+$/);
    expect(formulaAt(plan, "Tyovoima_Riittaa")).toMatch(/^=[A-Z]+\d+>=[A-Z]+\d+$/);
    expect(formulaAt(plan, "Htv_Yhteensa")).toMatch(/^=SUM\(Henkilostotaulukko\[\[[^\]]+\]\]\)$/);
    expect(formulaAt(plan, "Htv_Tarve")).toMatch(/^=SUM\(Asiakasryhmat\[\[[^\]]+\]\]\)$/);
    expect(formulaAt(plan, "Budjetti_Yhteensa")).toMatch(/^=SUM\(Budjettikehys\[\[[^\]]+\]\]\)$/);

    const shares = namedCell(plan, "Kustannusosuudet");
    for (let i = 0; i < shares.range.rows; i++) {
      const cell = cellAt(shares.sheet, shares.range.row + i, shares.range.col);
      expect(cell !== null && cell !== undefined && isFormula(cell) && cell.formula).toMatch(
        /^=ROUND\([A-Z]+\$\d+\*Kustannusjako\[\[#This Row\],\[[^\]]+\]\],2\)$/,
      );
    }
    // Kustannus_Yhteensa = shares + the visible rounding-difference line above it.
    const total = namedCell(plan, "Kustannus_Yhteensa");
    expect(formulaAt(plan, "Kustannus_Yhteensa")).toMatch(/^=ROUND\([A-Z]+\d+\+[A-Z]+\d+,2\)$/);
    const difference = cellAt(total.sheet, total.range.row - 1, total.range.col);
    expect(
      difference !== null && difference !== undefined && isFormula(difference) && difference.formula,
    ).toMatch(/^=ROUND\(ROUND\([A-Z]+\$\d+,2\)-[A-Z]+\d+,2\)$/);
  });

  it("uses native Excel-2019 functions only, never TE.*, @ or spills, and short literals", () => {
    for (const s of plan.sheets) {
      for (const { address, formula } of formulasOf(s)) {
        expect(formula.startsWith("=")).toBe(true);
        const bare = skeleton(formula);
        expect(bare).not.toMatch(/\bTE\./i);
        expect(bare).not.toMatch(/@|#/); // no implicit intersection, no A1# spill references
        expect(formula).not.toContain("[@");
        for (const fn of functionsIn(formula)) {
          expect(POST_2019).not.toContain(fn);
          if (!ALLOWED.has(fn)) throw new Error(`${s.name}!${address} calls ${fn}`);
        }
        for (const literal of literalsIn(formula)) expect(literal.length).toBeLessThanOrEqual(255);
        expect(bare.split("(").length).toBe(bare.split(")").length);
      }
    }
  });

  it("refers only to sheets, tables and columns that the plan creates", () => {
    const sheetNames = new Set(plan.sheets.map((s) => s.name));
    const tables = new Map<string, Set<string>>();
    for (const s of plan.sheets) {
      for (const table of s.tables) {
        const headers = Array.from({ length: table.range.cols }, (_, c) =>
          cellAt(s, table.range.row, table.range.col + c),
        );
        tables.set(table.name, new Set(headers as string[]));
      }
    }
    for (const s of plan.sheets) {
      for (const { address, formula } of formulasOf(s)) {
        for (const ref of sheetRefs(formula)) expect(sheetNames).toContain(ref);
        for (const ref of structuredRefs(formula)) {
          const columns = tables.get(ref.table);
          if (!columns?.has(ref.column)) throw new Error(`${s.name}!${address}: ${ref.table}[${ref.column}]`);
          if (ref.thisRow) {
            const table = s.tables.find((t) => t.name === ref.table);
            expect(table).toBeDefined(); // [#This Row] only from inside the same sheet's table
          }
        }
      }
    }
  });

  it("gives every table a unique text header row, stable ASCII names and no overlaps", () => {
    const tableNames = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect([...tableNames].sort()).toEqual(Object.values(TABLE_NAMES).sort());
    for (const s of plan.sheets) {
      for (const table of s.tables) {
        expect(table.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
        const headers = Array.from({ length: table.range.cols }, (_, c) =>
          cellAt(s, table.range.row, table.range.col + c),
        );
        for (const header of headers) expect(typeof header === "string" && header.trim() !== "").toBe(true);
        const folded = headers.map((h) => (h as string).toLocaleUpperCase("fi"));
        expect(new Set(folded).size).toBe(folded.length);
      }
      const covered = new Set<string>();
      for (const table of s.tables) {
        for (let r = 0; r < table.range.rows; r++) {
          for (let c = 0; c < table.range.cols; c++) {
            const key = `${table.range.row + r}:${table.range.col + c}`;
            expect(covered.has(key)).toBe(false);
            covered.add(key);
          }
        }
      }
    }
  });

  it("writes nothing right below or right of a table, where Excel would grow the table over it", () => {
    for (const s of plan.sheets) {
      const cells = cellsOf(s);
      const written = (row: number, col: number) => {
        const cell = cells.get(`${row}:${col}`)?.cell;
        return cell !== undefined && cell !== null && cell !== "";
      };
      for (const { name, range } of s.tables) {
        const below = Array.from({ length: range.cols }, (_, c) => range.col + c).filter((col) =>
          written(range.row + range.rows, col),
        );
        const right = Array.from({ length: range.rows }, (_, r) => range.row + r).filter((row) =>
          written(row, range.col + range.cols),
        );
        expect({ table: name, below, right }).toEqual({ table: name, below: [], right: [] });
      }
    }
  });

  it("writes rectangular blocks that never overlap", () => {
    for (const s of plan.sheets) {
      const seen = new Set<string>();
      for (const block of s.blocks) {
        const width = block.cells[0]?.length;
        block.cells.forEach((line, r) => {
          expect(line.length).toBe(width);
          line.forEach((_cell, c) => {
            const key = `${block.row + r}:${block.col + c}`;
            if (seen.has(key)) throw new Error(`${s.name}: overlap at ${key}`);
            seen.add(key);
          });
        });
      }
    }
  });

  it("offers dropdown lists Excel can hold inline (no commas, ≤ 255 characters)", () => {
    for (const s of plan.sheets) {
      for (const validation of s.validations) {
        expect(validation.list.length).toBeGreaterThan(0);
        for (const item of validation.list) expect(item).not.toContain(",");
        expect(validation.list.join(",").length).toBeLessThanOrEqual(255);
      }
    }
    const services = sheet(plan, "services");
    const words = Object.values(sheetTexts[lang].services.extents);
    expect(services.validations.filter((v) => v.list.join() === words.join())).toHaveLength(5);
    expect(services.validations.some((v) => v.list.join() === "I,II,III,IV,V,VI")).toBe(true);
  });

  it("styles the parameters as inputs and the checks as flags", () => {
    const kunnat = sheet(plan, "municipalities");
    const riittaa = namedCell(plan, "Tyovoima_Riittaa").range;
    const styleAt = (s: SheetPlan, row: number, col: number) =>
      s.formats
        .filter(
          (f) =>
            f.style &&
            row >= f.range.row &&
            row < f.range.row + f.range.rows &&
            col >= f.range.col &&
            col < f.range.col + f.range.cols,
        )
        .map((f) => f.style);
    // Threshold, yearly change and years head the summary, 5–3 rows above the sufficiency cell;
    // the stated-total check is three rows below it.
    for (const offset of [3, 4, 5])
      expect(styleAt(kunnat, riittaa.row - offset, riittaa.col)).toContain("input");
    expect(styleAt(kunnat, riittaa.row + 3, riittaa.col)).toContain("flag");
    const shares = namedCell(plan, "Kustannusosuudet");
    expect(styleAt(shares.sheet, shares.range.row - 2, shares.range.col)).toContain("input");
  });
});

describe("user text", () => {
  const hostile = ['=HYPERLINK("http://x","y")', "+1", "@SUM(A1)", "-2", "O'Brien [x] #1"];
  const draft: AreaInputDraft = {
    ...keravaSipooDraft,
    area: "=1+1",
    municipalities: hostile.map((name, i) => ({
      name,
      population: 1000 + i,
      workingAge: 600,
      unemployed: 50 + i,
      labourForce: 5000,
    })),
    budget: {
      ...keravaSipooDraft.budget!,
      lines: [{ name: "=cmd|' /C calc'!A0", share: 1, note: "@note" }],
    },
    staffing: {
      rows: [{ title: "=A1", htv: { [hostile[0] as string]: 1, "O'Brien [x] #1": 2 }, note: "+note" }],
    },
    caseload: { groups: [{ name: "=group", clients: 10, caseload: 100 }] },
    services: { rows: [{ service: "=service", modes: { own: { extent: "partly", note: "=partner" } } }] },
  };
  const texts = [
    ...hostile,
    "=1+1",
    "=cmd|' /C calc'!A0",
    "@note",
    "=A1",
    "+note",
    "=group",
    "=service",
    "=partner",
  ];

  it.each(LANGS)("stays plain text in every sheet and inside no formula (%s)", (lang) => {
    const plan = buildWorkbookPlan(parse(draft), { lang });
    const found = new Set<string>();
    for (const s of plan.sheets) {
      for (const { cell } of cellsOf(s).values()) {
        if (typeof cell === "string" && texts.includes(cell)) found.add(cell);
        if (cell !== null && isFormula(cell)) {
          for (const text of texts) expect(cell.formula).not.toContain(text);
        }
      }
    }
    expect([...found].sort()).toEqual([...texts].sort());
  });

  it("keeps a municipality named like a fixed header from clashing with it", () => {
    const clash = {
      ...draft,
      municipalities: [...draft.municipalities, { name: "Yhteensä (HTV)", labourForce: 1 }],
    };
    const plan = buildWorkbookPlan(
      parse({ ...clash, costSplit: { total: 1, weights: { labourForce: 1 } } }),
      {
        lang: "fi",
      },
    );
    const staffing = sheet(plan, "staffing");
    const headers = Array.from({ length: 10 }, (_, c) => cellAt(staffing, 4, c));
    expect(headers).toContain("Yhteensä (HTV) (2)");
    expect(headers.filter((h) => h === "Yhteensä (HTV)")).toHaveLength(1);
  });
});

describe("naming against an existing workbook", () => {
  const input = parse(keravaSipooDraft);
  const first = buildWorkbookPlan(input, { lang: "fi" });
  const existing: ExistingNames = {
    sheets: first.sheets.map((s) => s.name),
    tables: first.sheets.flatMap((s) => s.tables.map((t) => t.name)),
    names: first.sheets.flatMap((s) => s.names.map((n) => n.name)),
  };
  const second = buildWorkbookPlan(input, { lang: "fi", existing });

  it("names the second generation's sheets 'Kunnat (2)' … and suffixes every name and table _2", () => {
    expect(second.sheets.map((s) => s.name)).toEqual([
      "Kunnat (2)",
      "Kustannusjako (2)",
      "Budjettikehys (2)",
      "Henkilöstötaulukko (2)",
      "Palvelutuotantomatriisi (2)",
    ]);
    expect(second.sheets.flatMap((s) => s.names.map((n) => n.name)).sort()).toEqual(
      DEFINED_NAMES.map((n) => `${n}_2`).sort(),
    );
    expect(second.sheets.flatMap((s) => s.tables.map((t) => t.name)).sort()).toEqual(
      Object.values(TABLE_NAMES)
        .map((t) => `${t}_2`)
        .sort(),
    );
  });

  it("points the second generation's formulas at its own sheets and tables only", () => {
    for (const s of second.sheets) {
      for (const { formula } of formulasOf(s)) {
        for (const ref of sheetRefs(formula)) expect(ref).toMatch(/ \(2\)$/);
        for (const ref of structuredRefs(formula)) expect(ref.table).toMatch(/_2$/);
      }
    }
  });

  it("moves every name together when just one of them is taken, case-insensitively", () => {
    const plan = buildWorkbookPlan(input, {
      lang: "en",
      existing: { sheets: ["cost split"], tables: [], names: ["htv_tarve"] },
    });
    expect(plan.sheets.map((s) => s.name)).toContain("Cost split (2)");
    expect(plan.sheets.map((s) => s.name)).toContain("Municipalities");
    expect(plan.sheets.flatMap((s) => s.names.map((n) => n.name))).toContain("Tyovoima_Yhteensa_2");
  });
});

describe("languages", () => {
  const input = parse(keravaSipooDraft);
  const plans = Object.fromEntries(LANGS.map((lang) => [lang, buildWorkbookPlan(input, { lang })])) as Record<
    Lang,
    WorkbookPlan
  >;
  const namesOf = (plan: WorkbookPlan) =>
    plan.sheets.map((s) => s.names.map((n) => `${n.name}@${n.range.row}:${n.range.col}`));

  it("switch sheet names, headers and dropdown words but never defined names or table names", () => {
    const [fi, sv, en] = [plans.fi, plans.sv, plans.en];
    expect(new Set([fi, sv, en].map((p) => p.sheets.map((s) => s.name).join()))).toHaveProperty("size", 3);
    expect(namesOf(sv)).toEqual(namesOf(fi));
    expect(namesOf(en)).toEqual(namesOf(fi));
    const tables = (p: WorkbookPlan) => p.sheets.map((s) => s.tables.map((t) => t.name));
    expect(tables(sv)).toEqual(tables(fi));
    expect(tables(en)).toEqual(tables(fi));
    const kunnatHeader = (p: WorkbookPlan) => cellAt(sheet(p, "municipalities"), 4, 0);
    expect([kunnatHeader(fi), kunnatHeader(sv), kunnatHeader(en)]).toEqual([
      "Kunta",
      "Kommun",
      "Municipality",
    ]);
    const extentWords = (p: WorkbookPlan) => sheet(p, "services").validations[1]?.list;
    expect(extentWords(fi)).toEqual(["Kokonaan", "Pääasiassa", "Valtaosin", "Osittain"]);
    expect(extentWords(sv)).toEqual(["Helt", "Huvudsakligen", "Till största delen", "Delvis"]);
    expect(extentWords(en)).toEqual(["Entirely", "Mainly", "Mostly", "Partly"]);
  });

  it("translate every text of the catalog (no language repeats another's wording wholesale)", () => {
    const strings = (value: unknown): string[] =>
      typeof value === "string"
        ? [value]
        : typeof value === "function"
          ? [String((value as (x: unknown) => string)("X"))]
          : value && typeof value === "object"
            ? Object.values(value).flatMap(strings)
            : [];
    const fi = strings(sheetTexts.fi);
    for (const lang of ["sv", "en"] as const) {
      const other = strings(sheetTexts[lang]);
      expect(other).toHaveLength(fi.length);
      const same = other.filter((text, i) => text === fi[i]);
      // Only language-neutral words may coincide: "OK", "X", the plans' HTV abbreviation, the dash of an unknown figure.
      expect(same.every((text) => ["OK", "HTV", "—"].includes(text) || /^X/.test(text))).toBe(true);
      for (const text of other) expect(text.trim()).not.toBe("");
    }
  });
});

describe("sheet selection", () => {
  const input = parse(keravaSipooDraft);

  it("always includes Kunnat, which the other sheets refer to", () => {
    const plan = buildWorkbookPlan(input, { lang: "fi", sheets: ["costSplit"] });
    expect(plan.sheets.map((s) => s.key)).toEqual(["municipalities", "costSplit"]);
    expect(plan.sheets.flatMap((s) => s.names.map((n) => n.name))).toEqual([
      "Tyovoima_Yhteensa",
      "Tyovoima_Ennuste",
      "Tyovoima_Riittaa",
      "Kustannusosuudet",
      "Kustannus_Yhteensa",
    ]);
  });

  it("keeps workbook order whatever order the selection comes in", () => {
    const plan = buildWorkbookPlan(input, { lang: "sv", sheets: ["services", "budget"] });
    expect(plan.sheets.map((s) => s.key)).toEqual(["municipalities", "budget", "services"]);
  });
});
