/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A1 address of a 0-based cell, as the user sees it in Excel: (6, 2) → "C7". */
export const cellAddress = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;
