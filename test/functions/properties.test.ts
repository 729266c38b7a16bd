import fc from "fast-check";
import { MAX_EUROS, MAX_PERSONS, MAX_PROJECTION_YEARS } from "../../src/domain/bounds";
import { roundedShare, roundedShares } from "../../src/domain/costShare";
import { TE } from "./excel";
import { ERROR_CODES, FakeCustomFunctionError, installRuntime } from "./fakeRuntime";

/*
 * Invariants of the custom functions (STYLE §5), through the wrappers Excel calls, 1 000 runs each.
 */
const runtime = installRuntime();
beforeAll(() => runtime.setLanguage("fi-FI"));

const RUNS = { numRuns: 1000 };

/** Totals in whole cents, up to ± 1 000 000 000 € (a cost split may also return money). */
const totalEuros = fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }).map((cents) => cents / 100);
/** 1 … 400 members' residents, at least one of them non-zero. */
const membersColumn = fc
  .array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 400 })
  .filter((counts) => counts.some((count) => count > 0));

const asColumn = (values: readonly number[]): number[][] => values.map((value) => [value]);
const cents = (euros: number): number => Math.round(euros * 100);

describe("KUSTANNUSOSUUS, the whole member table spilled", () => {
  it("sums to the total exactly, to the cent, for any n ≤ 400 and any total", () => {
    fc.assert(
      fc.property(totalEuros, membersColumn, (total, counts) => {
        const spilled = TE.KUSTANNUSOSUUS(total, asColumn(counts), asColumn(counts), null) as number[][];
        expect(spilled).toHaveLength(counts.length);
        expect(spilled.reduce((sum, [share]) => sum + cents(share as number), 0)).toBe(cents(total));
      }),
      RUNS,
    );
  });

  it("keeps every share within one cent of its exact share", () => {
    fc.assert(
      fc.property(totalEuros, membersColumn, (total, counts) => {
        const sum = counts.reduce((a, b) => a + b, 0);
        const spilled = TE.KUSTANNUSOSUUS(total, asColumn(counts), asColumn(counts), null) as number[][];
        spilled.forEach(([share], i) => {
          const exactCents = (total * (counts[i] as number) * 100) / sum;
          expect(Math.abs(cents(share as number) - exactCents)).toBeLessThan(1 + 1e-6);
        });
      }),
      RUNS,
    );
  });

  it("weights mixed criteria and still sums to the total", () => {
    const rows = fc.array(
      fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 5_000 })),
      {
        minLength: 1,
        maxLength: 400,
      },
    );
    fc.assert(
      fc.property(totalEuros, rows, fc.integer({ min: 0, max: 100 }), (total, members, percent) => {
        const criteria = members.map(([a, b]) => [a, b]);
        const unemployed = members.reduce((sum, [, b]) => sum + b, 0);
        const weights = unemployed === 0 ? [[1, 0]] : [[percent / 100, 1 - percent / 100]];
        const spilled = TE.KUSTANNUSOSUUS(total, criteria, criteria, weights) as number[][];
        expect(spilled.reduce((sum, [share]) => sum + cents(share as number), 0)).toBe(cents(total));
      }),
      RUNS,
    );
  });
});

describe("KUSTANNUSOSUUS grows with the member's own criterion", () => {
  const memberAndMore = fc.record({
    total: fc.integer({ min: 0, max: 100_000_000_000 }).map((c) => c / 100),
    counts: membersColumn,
    pick: fc.nat(),
    more: fc.integer({ min: 1, max: 100_000 }),
  });

  it("as a single rounded share (never smaller after the criterion grows)", () => {
    fc.assert(
      fc.property(memberAndMore, ({ total, counts, pick, more }) => {
        const i = pick % counts.length;
        const grown = counts.map((count, j) => (j === i ? count + more : count));
        const before = TE.KUSTANNUSOSUUS(
          total,
          [[counts[i] as number]],
          asColumn(counts),
          null,
        ) as number[][];
        const after = TE.KUSTANNUSOSUUS(total, [[grown[i] as number]], asColumn(grown), null) as number[][];
        expect(after[0]?.[0]).toBeGreaterThanOrEqual(before[0]?.[0] as number);
      }),
      RUNS,
    );
  });

  it("as its line of the reconciled column", () => {
    fc.assert(
      fc.property(memberAndMore, ({ total, counts, pick, more }) => {
        const i = pick % counts.length;
        const grown = counts.map((count, j) => (j === i ? count + more : count));
        const before = TE.KUSTANNUSOSUUS(total, asColumn(counts), asColumn(counts), null) as number[][];
        const after = TE.KUSTANNUSOSUUS(total, asColumn(grown), asColumn(grown), null) as number[][];
        expect(after[i]?.[0]).toBeGreaterThanOrEqual(before[i]?.[0] as number);
      }),
      RUNS,
    );
  });

  it("rounds several rows exactly as roundedShare rounds each alone", () => {
    fc.assert(
      fc.property(totalEuros, membersColumn, fc.nat(), (total, counts, cut) => {
        const all = asColumn(counts);
        const some = all.slice(0, 1 + (cut % counts.length));
        const many = roundedShares(total, some, all, [1]);
        expect(many.ok).toBe(true);
        some.forEach((own, i) => {
          const one = roundedShare(total, own, all, [1]);
          expect(one.ok && many.ok && one.value === many.value[i]).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe("TYOVOIMA_RIITTAA's projection is monotonic in years", () => {
  const projection = fc.record({
    labourForce: fc.array(fc.integer({ min: 0, max: 200_000 }), { minLength: 1, maxLength: 20 }),
    threshold: fc.integer({ min: 1, max: 1_000_000 }),
    change: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
    // `years + 1` must stay within the documented bound of vuodet.
    years: fc.integer({ min: 0, max: MAX_PROJECTION_YEARS - 1 }),
  });

  it("declining: once short, short in every later year; growing: once enough, enough later", () => {
    fc.assert(
      fc.property(projection, ({ labourForce, threshold, change, years }) => {
        const now = TE.TYOVOIMA_RIITTAA(asColumn(labourForce), threshold, change, years);
        const later = TE.TYOVOIMA_RIITTAA(asColumn(labourForce), threshold, change, years + 1);
        expect(typeof now).toBe("boolean");
        if (change <= 0 && now === false) expect(later).toBe(false);
        if (change >= 0 && now === true) expect(later).toBe(true);
      }),
      RUNS,
    );
  });
});

/**
 * Any finite numbers, from 5E-324 to 1,8E308, give an answer: a finite value, or an Excel error
 * (#VALUE! for an argument beyond its bound, #NUM! for a result that is not a finite number).
 * The work itself is bounded by counting steps in test/domain/rounding.test.ts; here a function
 * that looped per cent, as KUSTANNUSOSUUS(1E+22; …) once did, would not return at all.
 */
describe("any finite arguments", () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
  const column = fc.array(finite, { minLength: 1, maxLength: 20 });
  const answered = (result: unknown): boolean =>
    result instanceof FakeCustomFunctionError
      ? [ERROR_CODES.invalidValue, ERROR_CODES.invalidNumber].includes(result.code as "#VALUE!")
      : typeof result === "boolean" ||
        (typeof result === "number" && Number.isFinite(result)) ||
        (Array.isArray(result) && result.every(([value]) => Number.isFinite(value)));

  it("KUSTANNUSOSUUS answers", () => {
    fc.assert(
      fc.property(finite, column, fc.nat(), (total, counts, pick) => {
        const own = asColumn([counts[pick % counts.length] as number]);
        expect(answered(TE.KUSTANNUSOSUUS(total, asColumn(counts), asColumn(counts), null))).toBe(true);
        expect(answered(TE.KUSTANNUSOSUUS(total, own, asColumn(counts), null))).toBe(true);
      }),
      RUNS,
    );
  });

  it("HTV_TARVE answers", () => {
    fc.assert(
      fc.property(column, finite, finite, (clients, caseload, share) => {
        expect(answered(TE.HTV_TARVE(asColumn(clients), caseload, share))).toBe(true);
      }),
      RUNS,
    );
  });

  it("TYOVOIMA_RIITTAA answers", () => {
    fc.assert(
      fc.property(column, finite, finite, finite, (labourForce, threshold, change, years) => {
        expect(answered(TE.TYOVOIMA_RIITTAA(asColumn(labourForce), threshold, change, years))).toBe(true);
      }),
      RUNS,
    );
  });

  it("the bounded extremes still give finite answers: 10¹⁰ € over members at the bound", () => {
    const members = asColumn([MAX_PERSONS, 1, MAX_PERSONS]);
    const spilled = TE.KUSTANNUSOSUUS(MAX_EUROS, members, members, null) as number[][];
    expect(spilled.reduce((sum, [share]) => sum + Math.round((share as number) * 100), 0)).toBe(
      MAX_EUROS * 100,
    );
    expect(TE.HTV_TARVE(asColumn([MAX_PERSONS]), Number.MIN_VALUE, Number.MIN_VALUE)).toMatchObject({
      code: ERROR_CODES.invalidNumber,
    });
  });
});
