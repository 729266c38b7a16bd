import { WEIGHT_TOLERANCE } from "../../src/domain/costShare";
import {
  a1,
  columnLetters,
  escapeColumn,
  numberLiteral,
  onSheet,
  quoteSheet,
  range,
  rangeA1,
  sumsToOneTest,
  tableColumn,
  textLiteral,
  thisRow,
} from "../../src/sheets/refs";

describe("A1 references", () => {
  it("spells columns the way Excel does, past Z and ZZ", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(() => columnLetters(-1)).toThrow(RangeError);
  });

  it("pins rows and columns with $ only where asked", () => {
    expect(a1(0, 0)).toBe("A1");
    expect(a1(3, 4, true)).toBe("$E$4");
    expect(a1(3, 4, { row: true })).toBe("E$4");
    expect(a1(3, 4, { col: true })).toBe("$E4");
    expect(rangeA1(range(4, 1, 7, 1))).toBe("B5:B11");
    expect(rangeA1(range(4, 1))).toBe("B5");
  });
});

describe("sheet names in formulas", () => {
  it("quotes every sheet name and doubles its apostrophes", () => {
    expect(quoteSheet("Kunnat")).toBe("'Kunnat'");
    expect(onSheet("Kunnat (2)", "B3")).toBe("'Kunnat (2)'!B3");
    expect(onSheet("O'Brien", "$A$1")).toBe("'O''Brien'!$A$1");
    expect(onSheet("Henkilöstötaulukko", "A1")).toBe("'Henkilöstötaulukko'!A1");
  });
});

describe("structured references (MS-OE376 §3.2.3.1.1)", () => {
  it("escapes ' [ ] # with an apostrophe and nothing else", () => {
    expect(escapeColumn("O'Brien [x] #1")).toBe("O''Brien '[x'] '#1");
    expect(escapeColumn("TE-valtionosuus (€), 2025: a+b=c")).toBe("TE-valtionosuus (€), 2025: a+b=c");
  });

  it("writes the long forms LibreOffice recalculates, never [@Column]", () => {
    expect(tableColumn("Kunnat_2", "O'Brien [x] #1")).toBe("Kunnat_2[[O''Brien '[x'] '#1]]");
    expect(thisRow("Kunnat", "O'Brien [x] #1")).toBe("Kunnat[[#This Row],[O''Brien '[x'] '#1]]");
    expect(thisRow("Kunnat", "Työvoima")).not.toContain("@");
  });
});

describe("text literals in formulas", () => {
  it("doubles quotes and refuses Excel's over-long literals", () => {
    expect(textLiteral('Sano "OK"')).toBe('"Sano ""OK"""');
    expect(() => textLiteral("x".repeat(256))).toThrow(RangeError);
    expect(textLiteral("x".repeat(255))).toHaveLength(257);
  });
});

describe("number literals in formulas", () => {
  it("writes decimals without an exponent and refuses what is not a number", () => {
    expect(numberLiteral(1e-9)).toBe("0.000000001");
    expect(numberLiteral(0.95)).toBe("0.95");
    expect(numberLiteral(-20000)).toBe("-20000");
    expect(() => numberLiteral(Number.NaN)).toThrow(RangeError);
  });

  it("tests a sum against 1 with the domain's tolerance", () => {
    expect(WEIGHT_TOLERANCE).toBe(1e-9);
    expect(sumsToOneTest("C7")).toBe("ABS(C7-1)<=0.000000001");
  });
});
