import fc from "fast-check";
import { labourForceSufficiency, labourForceTotal, projectLabourForce } from "../../src/domain/labourForce";

const params = (yearlyChange = 0, years = 0, threshold = 20000) => ({ threshold, yearlyChange, years });

describe("labour-force sufficiency (docs/sources.md#threshold)", () => {
  it("Kerava 18 875 + Sipoo 11 691 = 30 566 qualifies; Kerava alone does not", () => {
    expect(labourForceSufficiency([18875, 11691])).toEqual({
      ok: true,
      value: { total: 30566, projected: 30566, sufficient: true },
    });
    expect(labourForceSufficiency([18875])).toMatchObject({ ok: true, value: { sufficient: false } });
  });

  it("qualifies at exactly 20 000 (≥, not >)", () => {
    expect(labourForceSufficiency([20000])).toMatchObject({ ok: true, value: { sufficient: true } });
    expect(labourForceSufficiency([19999.5])).toMatchObject({ ok: true, value: { sufficient: false } });
  });

  it("Kympin 28 616 holds 25 years at −1,2 %/year (≈ 21 160) and falls below after 18 years at −2 % (≈ 19 890)", () => {
    expect(projectLabourForce(28616, -0.012, 25)).toBeCloseTo(21160, -1);
    expect(projectLabourForce(28616, -0.02, 18)).toBeCloseTo(19890, -1);
    expect(labourForceSufficiency([28616], params(-0.012, 25))).toMatchObject({
      ok: true,
      value: { sufficient: true },
    });
    expect(labourForceSufficiency([28616], params(-0.02, 18))).toMatchObject({
      ok: true,
      value: { sufficient: false },
    });
  });

  it("rejects bad parameters as problems, never by throwing", () => {
    expect(labourForceSufficiency([])).toEqual({ ok: false, error: { code: "empty" } });
    expect(labourForceSufficiency([-1])).toMatchObject({ ok: false, error: { code: "negative" } });
    expect(labourForceSufficiency([1], params(-1))).toMatchObject({ ok: false, error: { code: "tooSmall" } });
    expect(labourForceSufficiency([1], params(0, 2.5))).toMatchObject({
      ok: false,
      error: { code: "notInteger" },
    });
    expect(labourForceSufficiency([1], params(0, 0, 0))).toMatchObject({
      ok: false,
      error: { code: "tooSmall" },
    });
    expect(labourForceSufficiency([NaN])).toMatchObject({ ok: false, error: { code: "notFinite" } });
  });

  it("projection is monotonic in years: falling when the change is negative, rising when positive", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.integer({ min: 0, max: 99 }),
        (total, change, years) => {
          const now = projectLabourForce(total, change, years);
          const later = projectLabourForce(total, change, years + 1);
          if (change < 0) expect(later).toBeLessThanOrEqual(now);
          else expect(later).toBeGreaterThanOrEqual(now);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("labour force total", () => {
  it("adds the members' labour forces (Kerava–Sipoo plan: Kerava 18 875 + Sipoo 11 691 = 30 566)", () => {
    expect(labourForceTotal([18875, 11691])).toBe(30566);
    expect(labourForceTotal([])).toBe(0);
  });
});
