import {
  MAX_CASELOAD,
  MAX_EUROS,
  MAX_PERSONS,
  MAX_PROJECTION_YEARS,
  MAX_YEARLY_CHANGE,
  MIN_YEARLY_CHANGE,
} from "../domain/bounds";
import { equalWeights, reconciledShares, roundedSharesOfTotals } from "../domain/costShare";
import { LABOUR_FORCE_THRESHOLD, labourForceSufficiency } from "../domain/labourForce";
import { personYearsNeeded, type CaseloadGroup } from "../domain/personYears";
import { ok, type Result } from "../domain/result";
import {
  broadcast,
  filled,
  number,
  range,
  table,
  vector,
  type Bounds,
  type Cells,
  type Table,
} from "./params";
import { defineFunction } from "./runner";

/**
 * The three custom functions of docs/functions.md, declared; functions.ts gives them to Excel. Every number has an upper
 * bound, the input model's own (src/domain/bounds.ts), so that no argument can make a function
 * work for long: the documentation lists them.
 */

const PERSONS: Bounds = { atLeast: 0, atMost: MAX_PERSONS };
const SHARE: Bounds = { above: 0, atMost: 1 };

/** TYOVOIMA_RIITTAA: does the area's labour force, projected, reach the threshold (Act 380/2023)? */
export const labourForceSpec = defineFunction({
  id: "TYOVOIMA_RIITTAA",
  params: [
    range("tyovoima", { bounds: PERSONS }),
    number("raja", { bounds: { above: 0, atMost: MAX_PERSONS }, fallback: LABOUR_FORCE_THRESHOLD }),
    number("vuosimuutos", { bounds: { above: MIN_YEARLY_CHANGE, atMost: MAX_YEARLY_CHANGE }, fallback: 0 }),
    number("vuodet", { bounds: { atLeast: 0, atMost: MAX_PROJECTION_YEARS, whole: true }, fallback: 0 }),
  ],
  body: ([labourForce, threshold, yearlyChange, years]) => {
    // The range is summed as it is read (Excel's SUM of the cells); the domain judges that total.
    const result = labourForceSufficiency([labourForce.total], { threshold, yearlyChange, years });
    return result.ok ? ok(result.value.sufficient) : result;
  },
  problemsAt: { empty: "tyovoima" },
});

/** Same shape and the same numbers in every cell (blank rows in the same places). */
function sameTable(a: Table, b: Table): boolean {
  if (a.rows !== b.rows || a.cols !== b.cols) return false;
  for (let r = 0; r < a.rows; r++) {
    const row = a.data[r];
    const other = b.data[r];
    if (row === other) continue;
    if (!row || !other) return false;
    for (let c = 0; c < a.cols; c++) if (row[c] !== other[c]) return false;
  }
  return true;
}

/** One share per row of `own` as a spilled column; a blank row (no member) gets 0. */
function spill(own: Table, shares: readonly number[]): number[][] {
  let next = 0;
  return own.data.map((row) => [row === null ? 0 : (shares[next++] as number)]);
}

/**
 * KUSTANNUSOSUUS: a member's cost share (kustannusosuus). Given the whole member table as its own
 * criteria, it spills the largest-remainder column that sums to the total exactly
 * (docs/sources.md#cent-rounding: the plan's hand-rounded column sums to 65 000,01 €); given one
 * row or some rows, each is rounded on its own.
 */
export const costShareSpec = defineFunction({
  id: "KUSTANNUSOSUUS",
  params: [
    // A cost split may also return money, so the total may be negative.
    number("kokonaismaara", { bounds: { atLeast: -MAX_EUROS, atMost: MAX_EUROS } }),
    // Criteria are counts of people, as in the input model (residents, job seekers, …).
    table("kunnan_perusteet", { bounds: PERSONS, columnsOf: "kaikkien_perusteet" }),
    table("kaikkien_perusteet", { bounds: PERSONS }),
    vector("painot", { bounds: { atLeast: 0, atMost: 1 }, oneForEachColumnOf: "kaikkien_perusteet" }),
  ],
  body: ([total, own, all, weightCells]): Result<number[][]> => {
    const weights = weightCells ? filled(weightCells) : equalWeights(all.cols);
    const shares = sameTable(own, all)
      ? reconciledShares(total, all.members, weights)
      : roundedSharesOfTotals(total, own.members, all.columnTotals, weights);
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

/**
 * The caseload groups of HTV_TARVE: one per non-blank client cell with the caseload and share
 * beside it — or, when one caseload and one share apply to every cell, all clients as one group.
 */
function caseloadGroups(clients: Cells, caseloads: Cells, shares: Cells): CaseloadGroup[] {
  const one = (cells: Cells) => cells.rows * cells.cols === 1;
  if (one(caseloads) && one(shares)) {
    return [{ clients: clients.total, caseload: caseloads.at(0), portfolioShare: shares.at(0) }];
  }
  // Both were checked against `clients` (runner: `like`), so a client cell has both beside it.
  const groups: CaseloadGroup[] = [];
  for (let i = 0; i < clients.rows * clients.cols; i++) {
    const count = clients.at(i);
    if (!Number.isNaN(count)) {
      groups.push({
        clients: count,
        caseload: broadcast(caseloads, i),
        portfolioShare: broadcast(shares, i),
      });
    }
  }
  return groups;
}

/** HTV_TARVE: person-years (henkilötyövuosi) needed for the clients at a caseload, unrounded. */
export const personYearsSpec = defineFunction({
  id: "HTV_TARVE",
  params: [
    range("asiakkaat", { bounds: PERSONS }),
    range("asiakkaita_per_htv", { bounds: { above: 0, atMost: MAX_CASELOAD }, like: "asiakkaat" }),
    range("salkkuosuus", { bounds: SHARE, fallback: 1, like: "asiakkaat" }),
  ],
  body: ([clients, caseloads, shares]) => personYearsNeeded(caseloadGroups(clients, caseloads, shares)),
  problemsAt: { empty: "asiakkaat" },
});
