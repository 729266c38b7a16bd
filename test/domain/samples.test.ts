import { exactShares, roundedShare } from "../../src/domain/costShare";
import { labourForceSufficiency } from "../../src/domain/labourForce";
import { parseAreaInput } from "../../src/domain/parse";
import { annualPersonnelCost, personYearsNeeded } from "../../src/domain/personYears";
import { roundHalfAwayFromZero } from "../../src/domain/rounding";
import { DEFAULT_SAMPLE, SAMPLE_IDS } from "../../src/domain/samples";
import { sampleName } from "../../src/i18n/samples";
import { LANGS } from "../../src/i18n/lang";
import { sampleDraft, sampleInput } from "../sheets/fixtures";

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
/**
 * Person-years to a tenth, as the plans print them (floating sums of 21,3 + 7,7 … are not exact).
 */
const tenths = (x: number): number => Math.round(x * 10) / 10;

describe("sample registry", () => {
  test("three samples, Kerava–Sipoo first and the default", () => {
    expect(SAMPLE_IDS).toEqual(["kerava-sipoo", "pohjoinen-keski-suomi", "kympin"]);
    expect(DEFAULT_SAMPLE).toBe("kerava-sipoo");
  });

  test.each(SAMPLE_IDS)("%s has a display name in every language and parses", (id) => {
    const names = LANGS.map((lang) => sampleName(id, lang));
    expect(names.every((name) => name.trim().length > 3)).toBe(true);
    expect(new Set(names).size).toBe(3);
    for (const lang of LANGS) expect(parseAreaInput(sampleDraft(id, lang))).toMatchObject({ ok: true });
  });

  test("display names differ between samples in each language", () => {
    for (const lang of LANGS) expect(new Set(SAMPLE_IDS.map((id) => sampleName(id, lang))).size).toBe(3);
  });
});

describe("kerava-sipoo (docs/sources.md#kerava-sipoo-plan)", () => {
  const input = sampleInput("kerava-sipoo");
  const byName = (name: string) => input.municipalities.find((m) => m.name === name);

  test("labour force 18 875 + 11 691 = 30 566, while the text states 30 563", () => {
    expect(byName("Kerava")?.labourForce).toBe(18875);
    expect(byName("Sipoo")?.labourForce).toBe(11691);
    expect(sum(input.municipalities.map((m) => m.labourForce))).toBe(30566);
    expect(input.statedLabourForce).toBe(30563);
    const kervaAlone = labourForceSufficiency([18875]);
    expect(kervaAlone.ok && kervaAlone.value.sufficient).toBe(false);
  });

  test("budget frame 7 300 000 €: line 1 '–', lines 2–3 50 %, 25 %, 20 %, 5 %", () => {
    const budget = input.budget;
    expect(budget?.planningYears[0]).toEqual({ year: 2025, total: 7300000 });
    expect(budget?.planningYears.length).toBeGreaterThanOrEqual(2);
    expect(budget?.lines.map((line) => line.share)).toEqual([undefined, 0.5, undefined, 0.25, 0.2, 0.05]);
    expect(budget?.lines.map((line) => (line.share ?? 0) * 7300000)).toEqual([
      0, 3650000, 0, 1825000, 1460000, 365000,
    ]);
    expect(budget?.structuralChangeLimit).toBe(0.2);
    expect(budget?.broadUnemploymentGrowth).toBe(0.31);
    expect(input.costSplit.total).toBe(7300000);
  });

  test("staffing table: 45 + 14,7 = 59,7 HTV over ten titles", () => {
    const rows = input.staffing?.rows ?? [];
    expect(rows).toHaveLength(10);
    expect(tenths(sum(rows.map((row) => row.htv.Kerava ?? 0)))).toBe(45);
    expect(tenths(sum(rows.map((row) => row.htv.Sipoo ?? 0)))).toBe(14.7);
    expect(tenths(sum(rows.flatMap((row) => Object.values(row.htv))))).toBe(59.7);
    expect(rows[0]).toMatchObject({
      title: "Asiantuntija – henkilöasiakaspalvelut",
      htv: { Kerava: 21.3, Sipoo: 7.7 },
    });
    expect(rows[0]?.note).toMatch(/80 %/);
  });

  test("caseloads 120–150 per expert, 80 % with front-desk work, 40 % for a leading expert", () => {
    const groups = input.caseload?.groups ?? [];
    for (const group of groups) expect(group.caseload >= 120 && group.caseload <= 150).toBe(true);
    expect(groups.map((group) => group.portfolioShare)).toEqual(expect.arrayContaining([1, 0.8, 0.4]));
  });

  test("service production matrix: twelve services, the plan's extents and task areas I–VI", () => {
    const rows = input.services?.rows ?? [];
    expect(rows).toHaveLength(12);
    const row = (service: string) => rows.find((r) => r.service.startsWith(service));
    expect(row("Työnvälitys")?.modes.own?.extent).toBe("mainly");
    expect(row("Muutosturvakoulutukset")?.modes.purchased?.extent).toBe("entirely");
    expect(row("Valmennukset")?.modes.purchased?.extent).toBe("mostly");
    expect(row("Ammatinvalinta")?.modes.inHouse).toEqual({ extent: "partly", note: "Keuda" });
    expect(row("Tieto-, neuvonta")?.taskArea).toBe("V");
    expect(row("TYP-työ")?.taskArea).toBe("IV");
  });
});

describe("pohjoinen-keski-suomi (docs/sources.md#pohjoinen-keski-suomi-plan)", () => {
  const input = sampleInput("pohjoinen-keski-suomi");
  const residents = {
    Kannonkoski: 1269,
    Karstula: 3665,
    Kinnula: 1554,
    Kivijärvi: 1064,
    Kyyjärvi: 1196,
    Pihtipudas: 3786,
    Viitasaari: 5951,
  };

  test("the seven municipalities' residents 31.12.2022, 18 485 in all", () => {
    expect(Object.fromEntries(input.municipalities.map((m) => [m.name, m.population]))).toEqual(residents);
    expect(sum(input.municipalities.map((m) => m.population ?? 0))).toBe(18485);
  });

  test("65 000 € split by residents: Kannonkoski 4 462,27 €", () => {
    expect(input.costSplit).toMatchObject({ total: 65000, weights: { population: 1 } });
    const criteria = input.municipalities.map((m) => [m.population ?? 0]);
    expect(roundedShare(65000, [1269], criteria, [1])).toEqual({ ok: true, value: 4462.27 });
    const exact = exactShares(65000, criteria, [1]);
    const rounded = exact.ok ? exact.value.map((x) => roundHalfAwayFromZero(x)) : [];
    // the plan's 65 000 € column (docs/sources.md#cent-rounding), and its total drifting to
    // 65 000,01.
    expect(rounded).toEqual([4462.27, 12887.48, 5464.43, 3741.41, 4205.57, 13312.96, 20925.89]);
    expect(roundHalfAwayFromZero(sum(rounded))).toBe(65000.01);
    expect(input.costSplit.planningYears?.length).toBeGreaterThanOrEqual(2);
  });

  test("the coordinator's 56 250 €: 3 600 € × 1,25 × 12,5 (0,8 HTV at 4 500 €)", () => {
    const row = input.staffing?.rows[0];
    expect(annualPersonnelCost(3600)).toBe(56250);
    const htv = sum(Object.values(row?.htv ?? {}));
    expect(htv * annualPersonnelCost(row?.monthlySalary ?? 0)).toBe(56250);
    expect(row?.note).toMatch(/3 600/);
    // The fund's use adds up to the 65 000 €.
    const shares = input.budget?.lines.map((line) => (line.share ?? 0) * 65000) ?? [];
    expect(shares.map((x) => roundHalfAwayFromZero(x))).toEqual([56250, 1000, 4000, 3750]);
  });
});

describe("kympin (docs/sources.md#kympin-plan)", () => {
  const input = sampleInput("kympin");

  test("ten members; labour force 28 616 (June 2023) and residents 68 122", () => {
    expect(input.municipalities).toHaveLength(10);
    expect(sum(input.municipalities.map((m) => m.labourForce))).toBe(28616);
    expect(input.statedLabourForce).toBe(28616);
    expect(sum(input.municipalities.map((m) => m.population ?? 0))).toBe(68122);
  });

  test("−1,2 % a year for 25 years keeps the 20 000 floor (≈ 21 160)", () => {
    expect([input.labourForceChange, input.projectionYears, input.threshold]).toEqual([-0.012, 25, 20000]);
    const result = labourForceSufficiency(
      input.municipalities.map((m) => m.labourForce),
      { threshold: input.threshold, yearlyChange: input.labourForceChange, years: input.projectionYears },
    );
    expect(result.ok && Math.floor(result.value.projected)).toBe(21160); // 21 160,6
    expect(result.ok && result.value.sufficient).toBe(true);
  });

  test("3 762 job seekers at 130 per official: 28,94 HTV within the 30 client-service HTV", () => {
    const groups = input.caseload?.groups ?? [];
    expect(groups).toEqual([{ name: expect.any(String), clients: 3762, caseload: 130, portfolioShare: 1 }]);
    const need = personYearsNeeded(groups);
    expect(need.ok && roundHalfAwayFromZero(need.value)).toBe(28.94);
    const rows = input.staffing?.rows ?? [];
    const clientService = rows.filter((row) => row.clientService).flatMap((row) => Object.values(row.htv));
    expect(tenths(sum(clientService))).toBe(30);
    expect(tenths(sum(rows.flatMap((row) => Object.values(row.htv))))).toBe(40);
  });

  test("each member pays its state share (50 % working age, 50 % unemployed); the budget counts 95 % of it", () => {
    const criteria = input.municipalities.map((m) => [m.workingAge ?? 0, m.unemployed ?? 0]);
    const shares = exactShares(input.costSplit.total, criteria, [0.5, 0.5]);
    expect(input.costSplit.weights).toEqual({ workingAge: 0.5, unemployed: 0.5 });
    expect(shares.ok && shares.value.map((x) => roundHalfAwayFromZero(x))).toEqual(
      input.municipalities.map((m) => m.stateShare),
    );
    const stateShare = sum(input.municipalities.map((m) => m.stateShare ?? 0));
    expect(input.budget?.stateShareLimit).toBe(0.95);
    expect(input.budget?.planningYears.length).toBeGreaterThanOrEqual(2);
    for (const year of input.budget?.planningYears ?? []) {
      expect(year.total).toBeLessThanOrEqual(roundHalfAwayFromZero(0.95 * stateShare));
    }
  });
});
