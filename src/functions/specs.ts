import { equalWeights, reconciledShares, roundedShares } from "../domain/costShare";
import { LABOUR_FORCE_THRESHOLD, labourForceSufficiency } from "../domain/labourForce";
import { personYearsNeeded, type CaseloadGroup } from "../domain/personYears";
import { ok, type Result } from "../domain/result";
import {
  atMost,
  broadcast,
  filled,
  greaterThan,
  nonNegative,
  number,
  range,
  table,
  vector,
  wholeNumber,
  type Cells,
  type Table,
} from "./params";
import { defineFunction } from "./runner";

/** The three custom functions of DESIGN §2, declared; functions.ts gives them to Excel. */

/** TYOVOIMA_RIITTAA: does the area's labour force, projected, reach the threshold (Act 380/2023)? */
export const labourForceSpec = defineFunction({
  id: "TYOVOIMA_RIITTAA",
  params: [
    range("tyovoima", { rules: [nonNegative] }),
    number("raja", { rules: [greaterThan(0)], fallback: LABOUR_FORCE_THRESHOLD }),
    number("vuosimuutos", { rules: [greaterThan(-1)], fallback: 0 }),
    number("vuodet", { rules: [nonNegative, wholeNumber], fallback: 0 }),
  ],
  body: ([labourForce, threshold, yearlyChange, years]) => {
    const result = labourForceSufficiency(filled(labourForce), { threshold, yearlyChange, years });
    return result.ok ? ok(result.value.sufficient) : result;
  },
  problemsAt: { empty: "tyovoima" },
});

/** Rows of a table whose every cell is given, i.e. the members (blank rows are not members). */
const members = (criteria: Table): (readonly number[])[] =>
  criteria.data.filter((row): row is readonly number[] => row !== null);

const sameTable = (a: Table, b: Table): boolean =>
  a.rows === b.rows &&
  a.cols === b.cols &&
  a.data.every((row, r) => {
    const other = b.data[r];
    return row === null || other === null || other === undefined
      ? row === other
      : row.every((value, c) => value === other[c]);
  });

/** One share per row of `own` as a spilled column; a blank row (no member) gets 0. */
function spill(own: Table, shares: readonly number[]): number[][] {
  let next = 0;
  return own.data.map((row) => [row === null ? 0 : (shares[next++] as number)]);
}

/**
 * KUSTANNUSOSUUS: a member's cost share (kustannusosuus). Given the whole member table as its own
 * criteria, it spills the largest-remainder column that sums to the total exactly (seed 002: the
 * hand-rounded column sums to 65 000,01 €); given one row or some rows, each is rounded on its own.
 */
export const costShareSpec = defineFunction({
  id: "KUSTANNUSOSUUS",
  params: [
    number("kokonaismaara"),
    table("kunnan_perusteet", { rules: [nonNegative], columnsOf: "kaikkien_perusteet" }),
    table("kaikkien_perusteet", { rules: [nonNegative] }),
    vector("painot", { rules: [nonNegative], oneForEachColumnOf: "kaikkien_perusteet" }),
  ],
  body: ([total, own, all, weightCells]): Result<number[][]> => {
    const weights = weightCells ? filled(weightCells) : equalWeights(all.cols);
    const shares = sameTable(own, all)
      ? reconciledShares(total, members(all), weights)
      : roundedShares(total, members(own), members(all), weights);
    return shares.ok ? ok(spill(own, shares.value)) : shares;
  },
  problemsAt: {
    weightsSum: "painot",
    weightsCount: "painot",
    zeroCriterion: "kaikkien_perusteet",
    empty: "kaikkien_perusteet",
    notFinite: "kokonaismaara",
  },
});

/** The caseload groups of HTV_TARVE: one per non-blank client cell, its caseload and share beside it. */
function caseloadGroups(clients: Cells, caseloads: Cells, shares: Cells): CaseloadGroup[] {
  const groups: CaseloadGroup[] = [];
  clients.values.forEach((count, i) => {
    if (count === null) return;
    // Both were checked against `clients` (runner: `like`), so a client cell has both beside it.
    groups.push({
      clients: count,
      caseload: broadcast(caseloads, i) as number,
      portfolioShare: broadcast(shares, i) as number,
    });
  });
  return groups;
}

/** HTV_TARVE: person-years (henkilötyövuosi) needed for the clients at a caseload, unrounded. */
export const personYearsSpec = defineFunction({
  id: "HTV_TARVE",
  params: [
    range("asiakkaat", { rules: [nonNegative] }),
    range("asiakkaita_per_htv", { rules: [greaterThan(0)], like: "asiakkaat" }),
    range("salkkuosuus", { rules: [greaterThan(0), atMost(1)], fallback: 1, like: "asiakkaat" }),
  ],
  body: ([clients, caseloads, shares]) => personYearsNeeded(caseloadGroups(clients, caseloads, shares)),
  problemsAt: { empty: "asiakkaat" },
});
