import fc from "fast-check";
import { allocateCents, roundHalfAwayFromZero, toCents, type WorkMeter } from "../../src/domain/rounding";

describe("roundHalfAwayFromZero", () => {
  it("rounds the Kannonkoski share (docs/sources.md#cent-rounding) 65 000 × 1 269 / 18 485 = 4 462,2667 to 4 462,27", () => {
    expect(roundHalfAwayFromZero((65000 * 1269) / 18485)).toBe(4462.27);
  });

  it("rounds halves away from zero as a spreadsheet does, despite binary representation", () => {
    expect(roundHalfAwayFromZero(2.675)).toBe(2.68); // 2.67499999… in binary
    expect(roundHalfAwayFromZero(1.005)).toBe(1.01);
    expect(roundHalfAwayFromZero(-2.675)).toBe(-2.68);
    expect(roundHalfAwayFromZero(0.125)).toBe(0.13);
    expect(Object.is(roundHalfAwayFromZero(-0.001), 0)).toBe(true);
  });

  it("turns euros into whole cents", () => {
    expect(toCents(65000)).toBe(6_500_000);
    expect(toCents(-0.015)).toBe(-2);
  });
});

describe("allocateCents", () => {
  const residents = [1269, 3665, 1554, 1064, 1196, 3786, 5951]; // docs/sources.md#cent-rounding, 31.12.2022
  const sum = residents.reduce((a, b) => a + b, 0);

  it("splits the Pohjoinen Keski-Suomi 65 000 € (docs/sources.md#cent-rounding) by residents to exactly 65 000,00 €, where rounding each share gives 65 000,01 €", () => {
    const exact = residents.map((r) => (65000 * r) / sum);
    const eachRounded = exact.map((x) => toCents(x)).reduce((a, b) => a + b, 0);
    expect(eachRounded).toBe(6_500_001);
    const cents = allocateCents(65000, exact);
    expect(cents.reduce((a, b) => a + b, 0)).toBe(6_500_000);
    // Remainders ,67 ,63 ,06 ,20 ,21 ,64 ,58: the three largest get the 3 cents left over, so
    // Viitasaari (,58), which rounding on its own would lift, gives up the drifting cent.
    expect(cents).toEqual([446227, 1288748, 546443, 374141, 420557, 1331296, 2092588]);
  });

  it("sums to the total to the cent and keeps every part within a cent of its exact share", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        (weights, totalCents) => {
          fc.pre(weights.some((w) => w > 0));
          const total = totalCents / 100;
          const weightSum = weights.reduce((a, b) => a + b, 0);
          const exact = weights.map((w) => (total * w) / weightSum);
          const cents = allocateCents(total, exact);
          expect(cents.reduce((a, b) => a + b, 0)).toBe(totalCents);
          cents.forEach((c, i) => expect(Math.abs(c - (exact[i] as number) * 100)).toBeLessThan(1 + 1e-6));
        },
      ),
      { numRuns: 1000 },
    );
  });

  /**
   * The work allowed for n parts: a handful of passes plus the sort's comparisons (TimSort makes
   * at most about n·log₂ n). Nothing here depends on the size of the total.
   */
  const allowedSteps = (n: number): number => 8 * n + 2 * n * Math.ceil(Math.log2(n + 1)) + 1;
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

  it("does work bounded by the number of parts, for any finite total and shares", () => {
    fc.assert(
      fc.property(finite, fc.array(finite, { maxLength: 200 }), (total, shares) => {
        const meter: WorkMeter = { steps: 0 };
        const cents = allocateCents(total, shares, meter);
        expect(cents).toHaveLength(shares.length);
        expect(meter.steps).toBeLessThanOrEqual(allowedSteps(shares.length));
      }),
      { numRuns: 2000 },
    );
  });

  it("allocates totals of 10²⁰, 10²² and 10³⁰⁰ € with the same bounded work (once a cent at a time)", () => {
    for (const total of [1e20, 1e21, 1e22, 1e287, 1e300]) {
      const meter: WorkMeter = { steps: 0 };
      const exact = residents.map((r) => (total * r) / sum);
      const cents = allocateCents(total, exact, meter);
      expect(cents.every(Number.isFinite)).toBe(true);
      expect(meter.steps).toBeLessThanOrEqual(allowedSteps(residents.length));
    }
  });

  it("hands a leftover of more than one cent a part out in whole rounds, and a surplus backwards", () => {
    // Shares that do not sum to the total (a caller's error) still reconcile to it.
    expect(allocateCents(1, [0, 0, 0])).toEqual([34, 33, 33]);
    expect(allocateCents(0.07, [0.01, 0.01])).toEqual([4, 3]);
    // Floors 3 + 3 + 3 cents for a total of 5: 4 too many. Each part gives one back, and the last
    // in the order (the smallest remainder, the later of a tie) one more.
    expect(allocateCents(0.05, [0.034, 0.033, 0.033])).toEqual([2, 2, 1]);
  });
});
