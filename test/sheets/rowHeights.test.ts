import { buildWorkbookPlan } from "../../src/sheets";
import {
  LINE_HEIGHT,
  MAX_WORD_WIDTH,
  wordFittingWidths,
  wrappedLines,
  wrappedRowHeights,
} from "../../src/sheets/rowHeights";
import { sampleInput } from "./fixtures";
import { cellAt } from "../../src/sheets/draft";

describe("wrapped row heights", () => {
  it("wraps at word boundaries, breaks words longer than a line and keeps explicit line breaks", () => {
    expect(wrappedLines("Kerava", 10)).toBe(1);
    expect(wrappedLines("Työllisyysalueen henkilöstö", 16)).toBe(2);
    expect(wrappedLines("Henkilöstökustannuslaskelma", 10)).toBe(3);
    expect(wrappedLines("rivi 1\nrivi 2", 40)).toBe(2);
    expect(wrappedLines("", 10)).toBe(1);
  });

  it("gives a wrapped row the height of its tallest cell and leaves one-line rows alone", () => {
    const heights = wrappedRowHeights(
      [
        { row: 2, col: 0, cells: [["lyhyt", "pitkä teksti joka ei mahdu yhdelle riville"]] },
        { row: 3, col: 0, cells: [["a", "b"]] },
      ],
      [{ range: { row: 2, col: 0, rows: 2, cols: 2 }, wrap: true }],
      [{ col: 1, width: 11 }],
    );
    // Ten characters a line: "pitkä" · "teksti" · "joka ei" · "mahdu" · "yhdelle" · "riville".
    expect(heights).toEqual([{ row: 2, height: 6 * LINE_HEIGHT }]);
  });

  it("widens a wrapped column to its longest word, never narrows one, and caps the width", () => {
    const widths = wordFittingWidths(
      [{ row: 0, col: 0, cells: [["Asiakaspalvelu", "HTV", "x".repeat(60), "Ei lyhyt"]] }],
      [{ range: { row: 0, col: 0, rows: 1, cols: 4 }, wrap: true, style: "header" }],
      [
        { col: 0, width: 12 },
        { col: 1, width: 12 },
      ],
    );
    expect(widths).toEqual(
      new Map([
        [0, "Asiakaspalvelu".length + 2],
        [2, MAX_WORD_WIDTH],
        // About as long as the default width: room for one line, so it never runs into column E.
        [3, "Ei lyhyt".length + 2],
      ]),
    );
  });

  it("gives a text that nearly fits its column room for one line, and leaves clearly longer ones to wrap", () => {
    const text = "I arbetsför ålder"; // 17 characters
    const widths = wordFittingWidths(
      [{ row: 0, col: 0, cells: [[text, `${text} och mycket mera text`]] }],
      [{ range: { row: 0, col: 0, rows: 1, cols: 2 }, wrap: true, style: "header" }],
      [
        { col: 0, width: 15 },
        { col: 1, width: 15 },
      ],
    );
    expect(widths).toEqual(new Map([[0, text.length + 2]]));
    expect(
      wrappedRowHeights(
        [{ row: 0, col: 0, cells: [[text]] }],
        [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, wrap: true }],
        [{ col: 0, width: text.length + 2 }],
      ),
    ).toEqual([]);
  });

  it("ignores text that is not wrapped", () => {
    const heights = wrappedRowHeights([{ row: 0, col: 0, cells: [["pitkä teksti joka ei mahdu"]] }], [], []);
    expect(heights).toEqual([]);
  });

  it("makes room for every wrapped note of the Kerava–Sipoo service matrix (docs/sources.md#service-matrix)", () => {
    const plan = buildWorkbookPlan(sampleInput("kerava-sipoo"), { lang: "fi" });
    const services = plan.sheets.find((sheet) => sheet.key === "services");
    const heights = new Map((services?.rowHeights ?? []).map(({ row, height }) => [row, height]));
    expect(heights.size).toBeGreaterThan(0);
    for (const format of services?.formats.filter((f) => f.wrap) ?? []) {
      for (let row = format.range.row; row < format.range.row + format.range.rows; row++) {
        for (let col = format.range.col; col < format.range.col + format.range.cols; col++) {
          const cell = cellAt(services?.blocks ?? [], row, col);
          const width = services?.columnWidths.find((w) => w.col === col)?.width ?? 8.43;
          if (typeof cell === "string" && cell.length > width)
            expect(heights.get(row)).toBeGreaterThan(LINE_HEIGHT);
        }
      }
    }
  });
});
