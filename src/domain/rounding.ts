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

/**
 * Largest-remainder allocation (Hamilton's method) of `total` euros to the cent.
 *
 * Each part gets its exact share rounded down to a cent; the cents left over go one each to the
 * parts with the largest remainders (ties to the earlier part). The parts then sum to the total
 * exactly and each differs from its exact share by less than one cent — unlike rounding each part
 * on its own, which in the Pohjoinen Keski-Suomi split adds
 * 65 000 € up to 65 000,01 € (docs/sources.md#cent-rounding).
 *
 * `exactShares` are in euros and should sum to `total`; the result is in whole cents.
 */
export function allocateCents(total: number, exactShares: readonly number[]): number[] {
  const totalCents = toCents(total);
  const sign = totalCents < 0 ? -1 : 1;
  const scaled = exactShares.map((share) => decimalView(share * 100 * sign));
  const floors = scaled.map(Math.floor);
  const remainders = scaled.map((cents, i) => cents - (floors[i] as number));
  let leftover = sign * totalCents - floors.reduce((sum, cents) => sum + cents, 0);

  const byRemainder = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
    .map(({ index }) => index);
  // Exact shares that sum to the total leave 0 ≤ leftover < n. Floating point can, rarely, leave
  // a cent more or less; walking the order again (backwards for a surplus) settles that too.
  const n = byRemainder.length;
  for (let step = 0; n > 0 && leftover !== 0; step++) {
    const index = leftover > 0 ? byRemainder[step % n] : byRemainder[n - 1 - (step % n)];
    floors[index as number] = (floors[index as number] as number) + Math.sign(leftover);
    leftover -= Math.sign(leftover);
  }
  return floors.map((cents) => sign * cents);
}
