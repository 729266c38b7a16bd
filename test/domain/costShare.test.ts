import {
  exactShares,
  reconciledShares,
  roundedShare,
  sumsToOne,
  WEIGHT_TOLERANCE,
} from "../../src/domain/costShare";

const residents = [[1269], [3665], [1554], [1064], [1196], [3786], [5951]]; // docs/sources.md#cent-rounding
/** The plan's "share of 65 000 €" column as printed, Kannonkoski to Viitasaari (same source). */
const PRINTED_65000 = [4462.27, 12887.48, 5464.43, 3741.41, 4205.57, 13312.96, 20925.89];

describe("cost share (docs/sources.md#cost-split)", () => {
  it("gives Kannonkoski 4 462,27 € of 65 000 € by residents (docs/sources.md#cent-rounding)", () => {
    expect(roundedShare(65000, [1269], residents, [1])).toEqual({ ok: true, value: 4462.27 });
  });

  it("reconciles the plan's column to exactly 65 000 € while its hand-rounded column adds up to 65 000,01 €", () => {
    expect(Math.round(PRINTED_65000.reduce((a, b) => a + b, 0) * 100)).toBe(6_500_001);
    const shares = reconciledShares(65000, residents, [1]);
    expect(shares.ok && Math.round(shares.value.reduce((a, b) => a + b, 0) * 100)).toBe(6_500_000);
  });

  // The plan prints one criterion's split; weights are checked against it: mixing criteria that
  // divide the sum in the same proportions, in any weights, must give the printed column again.
  it.each([
    ["50 % + 50 %", [0.5, 0.5]],
    ["25 % + 75 %", [0.25, 0.75]],
    ["100 % + 0 %", [1, 0]],
  ])(
    "mixes criteria by weight (%s, docs/sources.md#state-share-criteria): residents and residents counted twice give the plan's printed column",
    (_, weights) => {
      const twoCriteria = residents.map(([count]) => [count as number, 2 * (count as number)]);
      const shares = exactShares(65000, twoCriteria, weights);
      expect(shares.ok && shares.value.map((share) => Math.round(share * 100) / 100)).toEqual(PRINTED_65000);
    },
  );

  it("weighs each criterion: all weight on the residents column ignores the other column", () => {
    const withOther = residents.map(([count], i) => [count as number, i === 0 ? 1_000_000 : 1]);
    const shares = exactShares(65000, withOther, [1, 0]);
    expect(shares.ok && shares.value.map((share) => Math.round(share * 100) / 100)).toEqual(PRINTED_65000);
    const tilted = exactShares(65000, withOther, [0.5, 0.5]);
    // Half of the sum follows the other column, nearly all of which is Kannonkoski's.
    expect(tilted.ok && (tilted.value[0] as number) > 65000 / 2).toBe(true);
  });

  it("names the problem: weights off 1, a zero criterion with weight, a count mismatch", () => {
    expect(exactShares(1, [[1, 1]], [0.5, 0.4])).toMatchObject({ ok: false, error: { code: "weightsSum" } });
    expect(exactShares(1, [[0, 1]], [0.5, 0.5])).toMatchObject({
      ok: false,
      error: { code: "zeroCriterion", column: 1 },
    });
    expect(exactShares(1, [[1, 1]], [1])).toMatchObject({ ok: false, error: { code: "weightsCount" } });
    expect(exactShares(1, [[0, 1]], [0, 1])).toEqual({ ok: true, value: [1] });
  });
});

describe("weights summing to 1", () => {
  it("accepts binary noise up to the tolerance and nothing beyond it", () => {
    expect(sumsToOne(0.1 + 0.2 + 0.7)).toBe(true);
    expect(sumsToOne(1 + WEIGHT_TOLERANCE / 2)).toBe(true);
    expect(sumsToOne(1 - 2 * WEIGHT_TOLERANCE)).toBe(false);
    expect(sumsToOne(0.99)).toBe(false);
  });
});
