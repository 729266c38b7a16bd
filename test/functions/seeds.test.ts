import { TE } from "./excel";
import { installRuntime } from "./fakeRuntime";

/*
 * The worked checks of docs/functions.md through the wrappers Excel calls: ranges as 2-D arrays, an
 * omitted optional argument as null (older runtimes: undefined), a number typed into a scalar
 * argument bare.
 */
installRuntime();

/**
 * docs/sources.md#cent-rounding: residents of the seven members of Pohjoinen Keski-Suomi,
 * 31.12.2022.
 */
const residents = [[1269], [3665], [1554], [1064], [1196], [3786], [5951]];
const cents = (euros: number): number => Math.round(euros * 100);

describe("TE.TYOVOIMA_RIITTAA (docs/sources.md#threshold)", () => {
  it("Kerava 18 875 + Sipoo 11 691 → TRUE (docs/sources.md#threshold)", () => {
    expect(TE.TYOVOIMA_RIITTAA([[18875], [11691]], null, null, null)).toBe(true);
    expect(TE.TYOVOIMA_RIITTAA([[18875, 11691]], undefined, undefined, undefined)).toBe(true);
  });

  it("Kerava alone, 18 875 → FALSE", () => {
    expect(TE.TYOVOIMA_RIITTAA([[18875]], null, null, null)).toBe(false);
  });

  it("Kympin 28 616 at −1,2 %/year for 25 years → TRUE (≈ 21 160, docs/sources.md#projection)", () => {
    expect(TE.TYOVOIMA_RIITTAA([[28616]], null, -0.012, 25)).toBe(true);
  });

  it("Kympin 28 616 at −2 %/year for 18 years → FALSE (≈ 19 890)", () => {
    expect(TE.TYOVOIMA_RIITTAA([[28616]], null, -0.02, 18)).toBe(false);
  });

  it("qualifies at exactly the threshold, ≥ not > (Act 380/2023), also with a threshold given as [[x]]", () => {
    expect(TE.TYOVOIMA_RIITTAA([[20000]], null, null, null)).toBe(true);
    expect(TE.TYOVOIMA_RIITTAA([[19999]], [[19999]], null, null)).toBe(true);
    expect(TE.TYOVOIMA_RIITTAA([[19999]], 20000, 0, 0)).toBe(false);
  });
});

describe("TE.KUSTANNUSOSUUS (docs/sources.md#cost-split)", () => {
  it("65 000 € by residents → Kannonkoski 4 462,27 € (docs/sources.md#cent-rounding)", () => {
    expect(TE.KUSTANNUSOSUUS(65000, [[1269]], residents, null)).toEqual([[4462.27]]);
  });

  it("spills the whole member column summing to exactly 65 000 € where the plan's own sums to 65 000,01 €", () => {
    const printed = [4462.27, 12887.48, 5464.43, 3741.41, 4205.57, 13312.96, 20925.89];
    expect(printed.reduce((sum, share) => sum + cents(share), 0)).toBe(6_500_001);
    const spilled = TE.KUSTANNUSOSUUS(65000, residents, residents, null) as number[][];
    expect(spilled).toHaveLength(7);
    expect(spilled.every((row) => row.length === 1)).toBe(true);
    expect(spilled.reduce((sum, [share]) => sum + cents(share as number), 0)).toBe(6_500_000);
    // Largest remainder moves one cent, from the share with the smallest remainder; the rest
    // match the plan's column.
    const moved = spilled.map(([share], i) => cents(share as number) - cents(printed[i] as number));
    expect(moved.filter((d) => d !== 0)).toEqual([-1]);
    expect(spilled[0]).toEqual([4462.27]);
  });

  it("several rows that are not the whole table spill each row rounded on its own", () => {
    expect(TE.KUSTANNUSOSUUS(65000, [[1269], [3665]], residents, null)).toEqual([[4462.27], [12887.48]]);
  });

  it("mixes criteria by weight, working age 50 % and unemployed 50 % (docs/sources.md#state-share-criteria), weights as a row or a column", () => {
    const members = [
      [23000, 2100],
      [12500, 700],
    ];
    const kerava = 7_300_000 * (0.5 * (23000 / 35500) + 0.5 * (2100 / 2800));
    const expected = [[Math.round(kerava * 100) / 100]];
    expect(TE.KUSTANNUSOSUUS(7_300_000, [[23000, 2100]], members, [[0.5, 0.5]])).toEqual(expected);
    expect(TE.KUSTANNUSOSUUS(7_300_000, [[23000, 2100]], members, [[0.5], [0.5]])).toEqual(expected);
    expect(TE.KUSTANNUSOSUUS(7_300_000, [[23000, 2100]], members, null)).toEqual(expected);
  });
});

describe("TE.HTV_TARVE (docs/sources.md#person-years-need)", () => {
  const rounded = (value: unknown): number => Math.round((value as number) * 100) / 100;

  it("3 762 clients at 130 per HTV → 28,94 HTV (docs/sources.md#person-years-need), unrounded", () => {
    const need = TE.HTV_TARVE([[3762]], [[130]], null);
    expect(rounded(need)).toBe(28.94);
    expect(need).toBe(3762 / 130);
    expect(TE.HTV_TARVE(3762, 130, undefined)).toBe(3762 / 130);
  });

  it("with a caseload share of 0,8 → 36,17 HTV (front-desk advisers, docs/sources.md#caseload)", () => {
    expect(rounded(TE.HTV_TARVE([[3762]], [[130]], [[0.8]]))).toBe(36.17);
  });

  it("groups with their own caseloads: Σ clientsᵢ / (caseloadᵢ × shareᵢ)", () => {
    expect(TE.HTV_TARVE([[1200], [600]], [[120], [150]], [[1], [0.8]])).toBeCloseTo(
      1200 / 120 + 600 / 120,
      12,
    );
    expect(TE.HTV_TARVE([[1200], [600]], 120, null)).toBeCloseTo(15, 12);
  });

  it("docs/functions.md's group example: 2 400 at 130 and 600 at 120 × 0,8 → 24,71", () => {
    expect(rounded(TE.HTV_TARVE([[2400], [600]], [[130], [120]], [[1], [0.8]]))).toBe(24.71);
  });
});
