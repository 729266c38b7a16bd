/**
 * Rounding to cents the way a spreadsheet does it.
 *
 * Binary floating point stores 4 462,265 as 4 462,26499999…; Excel's ROUND and LibreOffice's ROUND
 * both look at the value as 15 significant decimal digits first, so they round it up. We do the
 * same, so that a figure computed here and the same figure recalculated by a spreadsheet agree.
 */
const SIGNIFICANT_DIGITS = 15;

const decimalView = (x: number): number => Number(x.toPrecision(SIGNIFICANT_DIGITS));

/**
 * Rounds half away from zero to `digits` decimals (docs/sources.md#cent-rounding: 4 462,2667 →
 * 4 462,27).
 */
export function roundHalfAwayFromZero(x: number, digits = 2): number {
  const factor = 10 ** digits;
  const magnitude = Math.round(decimalView(Math.abs(x) * factor)) / factor;
  return x < 0 && magnitude !== 0 ? -magnitude : magnitude;
}

/** Whole cents of a euro amount, rounded half away from zero. */
export function toCents(euros: number): number {
  const magnitude = Math.round(decimalView(Math.abs(euros) * 100));
  return euros < 0 && magnitude !== 0 ? -magnitude : magnitude;
}

/** Counts the steps of a computation, so that a test can bound its work without a clock. */
export interface WorkMeter {
  steps: number;
}

/**
 * Largest-remainder allocation (Hamilton's method) of `total` euros to the cent.
 *
 * Each part gets its exact share rounded down to a cent; the cents left over go one each to the
 * parts with the largest remainders (ties to the earlier part). The parts then sum to the total
 * exactly and each differs from its exact share by less than one cent — unlike rounding each part
 * on its own, which in the Pohjoinen Keski-Suomi split adds
 * 65 000 € up to 65 000,01 € (docs/sources.md#cent-rounding).
 *
 * `exactShares` are in euros and should sum to `total`; the result is in whole cents. The work is
 * a few passes over the parts and one sort of them, whatever the size of the total: the leftover
 * is handed out in whole rounds, never cent by cent (a total of 10²² € once took minutes, and at
 * 10²⁸⁷ € `leftover − 1 === leftover` never ended). `meter`, when given, counts the steps.
 */
export function allocateCents(total: number, exactShares: readonly number[], meter?: WorkMeter): number[] {
  const n = exactShares.length;
  const count = (steps: number) => {
    if (meter) meter.steps += steps;
  };
  const totalCents = toCents(total);
  const sign = totalCents < 0 ? -1 : 1;
  const scaled = exactShares.map((share) => decimalView(share * 100 * sign));
  const floors = scaled.map(Math.floor);
  const remainders = scaled.map((cents, i) => cents - (floors[i] as number));
  const leftover = sign * totalCents - floors.reduce((sum, cents) => sum + cents, 0);
  count(4 * n);
  if (n === 0 || leftover === 0 || !Number.isFinite(leftover)) return floors.map((cents) => sign * cents);

  const byRemainder = Array.from({ length: n }, (_, index) => index).sort((a, b) => {
    count(1);
    return (remainders[b] as number) - (remainders[a] as number) || a - b;
  });
  // Exact shares that sum to the total leave 0 ≤ leftover < n. Floating point can leave more, or a
  // surplus: every part then takes whole rounds, and the rest goes by the order (backwards for a
  // surplus). `%` is exact, so the rest is a whole number of cents smaller than n.
  const rest = leftover % n;
  const rounds = (leftover - rest) / n;
  if (rounds !== 0) {
    for (let i = 0; i < n; i++) floors[i] = (floors[i] as number) + rounds;
    count(n);
  }
  for (let step = 0; step < Math.abs(rest); step++) {
    const index = rest > 0 ? byRemainder[step] : byRemainder[n - 1 - step];
    floors[index as number] = (floors[index as number] as number) + Math.sign(rest);
  }
  count(Math.abs(rest) + n);
  return floors.map((cents) => sign * cents);
}
