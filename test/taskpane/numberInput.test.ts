import { parseNumberInput } from "../../src/taskpane/numberInput";

describe("numbers typed into the pane's fields", () => {
  it.each([
    ["0,5", 0.5],
    ["0.5", 0.5],
    ["12,5", 12.5],
    ["1.25", 1.25],
    ["7 300 000", 7_300_000],
    ["7\u00a0300\u00a0000", 7_300_000],
    ["7\u202f300\u202f000,50", 7_300_000.5],
    ["−1,2", -1.2],
    ["-1.2", -1.2],
    ["+3", 3],
    [",5", 0.5],
    ["  20000 ", 20_000],
  ])("reads %j as %d", (text, value) => {
    expect(parseNumberInput(text)).toEqual({ kind: "number", value });
  });

  it.each(["abc", "1,2.3", "7,300,000", "1 23", "12e3", "0x10", "5 %", "1 2 3"])(
    "refuses %j rather than guessing",
    (text) => {
      expect(parseNumberInput(text)).toEqual({ kind: "invalid", text: text.trim() });
    },
  );

  it("tells an empty field from a wrong one", () => {
    expect(parseNumberInput("   ")).toEqual({ kind: "empty" });
  });
});
