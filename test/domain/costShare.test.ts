import { exactShares, reconciledShares, roundedShare } from "../../src/domain/costShare";

const residents = [[1269], [3665], [1554], [1064], [1196], [3786], [5951]]; // docs/sources.md#cent-rounding

describe("cost share (docs/sources.md#cost-split)", () => {
  it("gives Kannonkoski 4 462,27 € of 65 000 € by residents (docs/sources.md#cent-rounding)", () => {
    expect(roundedShare(65000, [1269], residents, [1])).toEqual({ ok: true, value: 4462.27 });
  });

  it("reconciles the plan's column to exactly 65 000 € while its hand-rounded column adds up to 65 000,01 €", () => {
    const printed = [4462.27, 12887.48, 5464.43, 3741.41, 4205.57, 13312.96, 20925.89];
    expect(Math.round(printed.reduce((a, b) => a + b, 0) * 100)).toBe(6_500_001);
    const shares = reconciledShares(65000, residents, [1]);
    expect(shares.ok && Math.round(shares.value.reduce((a, b) => a + b, 0) * 100)).toBe(6_500_000);
  });

  it("mixes criteria by weight: working-age 50 % + unemployed 50 % (docs/sources.md#state-share-criteria)", () => {
    const criteria = [
      [23000, 2100],
      [12500, 700],
    ];
    const shares = exactShares(7_300_000, criteria, [0.5, 0.5]);
    expect(shares.ok).toBe(true);
    if (shares.ok) {
      expect(shares.value[0]).toBeCloseTo(7_300_000 * (0.5 * (23000 / 35500) + 0.5 * (2100 / 2800)), 6);
    }
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
