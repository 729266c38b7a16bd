import { SheetDraft } from "../../src/sheets/draft";
import { range } from "../../src/sheets/refs";

/** A 2-column table with a header and two rows at A1:B3, and `extra` written at (row, col). */
function draftWith(row: number, col: number, extra: string | null) {
  return new SheetDraft()
    .put(0, 0, [
      ["Kunta", "Työvoima"],
      ["Kerava", 1],
      ["Sipoo", 2],
    ])
    .putRow(row, col, [extra])
    .table("Kunnat", range(0, 0, 3, 2));
}

describe("SheetDraft refuses a layout a table could grow into", () => {
  it.each([
    ["right below the last row", 3, 0],
    ["right below the last column", 3, 1],
    ["right of the header", 0, 2],
    ["right of the last row", 2, 2],
  ])("a cell %s", (_where, row, col) => {
    expect(() => draftWith(row, col, "Yhteensä").done("municipalities", "Kunnat")).toThrow(/would grow it/);
  });

  it.each([
    ["one blank row below", 4, 0],
    ["one blank column right", 0, 3],
    ["diagonally below-right", 3, 2],
  ])("accepts a cell %s", (_where, row, col) => {
    expect(() => draftWith(row, col, "Yhteensä").done("municipalities", "Kunnat")).not.toThrow();
  });

  it("accepts an empty cell next to the table (nothing is written there)", () => {
    expect(() => draftWith(3, 0, null).done("municipalities", "Kunnat")).not.toThrow();
  });
});
