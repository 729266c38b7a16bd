import { formatByCode, formatEuros, formatList, formatPercent } from "../../src/i18n/format";
import { NUMBER_FORMATS } from "../../src/sheets/plan";

/** Intl groups thousands with a no-break space in fi and sv and writes U+2212 for minus. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-");

describe("numbers in prose", () => {
  it("writes a fraction as a percentage with the language's decimal mark and no binary noise", () => {
    expect(formatPercent("fi", 0.035)).toBe("3,5 %");
    expect(formatPercent("sv", 0.5)).toBe("50 %");
    expect(formatPercent("en", -0.012)).toBe("-1.2 %");
    expect(formatPercent("fi", 0.07)).toBe("7 %");
  });

  it("joins a list as each language does", () => {
    expect(formatList("fi", ["130", "120"])).toBe("130 ja 120");
    expect(formatList("sv", ["130", "120"])).toBe("130 och 120");
    expect(formatList("en", ["130", "120"])).toBe("130 and 120");
  });
});

describe("euros", () => {
  it("always shows two decimals, the trailing zero kept (169 923,20 €, not 169,923.2 €)", () => {
    expect(plain(formatEuros("fi", 169923.2))).toBe("169 923,20 €");
    expect(plain(formatEuros("sv", 169923.2))).toBe("169 923,20 €");
    expect(plain(formatEuros("en", 169923.2))).toBe("169,923.20 €");
    expect(plain(formatEuros("fi", 7300000))).toBe("7 300 000,00 €");
    expect(plain(formatEuros("en", -0.01))).toBe("-0.01 €");
  });
});

describe("numbers as the sheets' number formats show them", () => {
  it.each([
    ["fi", "10 000", "42,8", "12,5 %", "7 300 000 €", "2025"],
    ["sv", "10 000", "42,8", "12,5 %", "7 300 000 €", "2025"],
    ["en", "10,000", "42.8", "12.5 %", "7,300,000 €", "2025"],
  ] as const)(
    "%s: grouped counts, person-years to a tenth, percentages, whole euros, years ungrouped",
    (lang, count, htv, percent, whole, year) => {
      expect(plain(formatByCode(lang, 10000, NUMBER_FORMATS.count))).toBe(count);
      expect(plain(formatByCode(lang, 42.777, NUMBER_FORMATS.personYears))).toBe(htv);
      expect(plain(formatByCode(lang, 0.125, NUMBER_FORMATS.percent))).toBe(percent);
      expect(plain(formatByCode(lang, 7300000, NUMBER_FORMATS.wholeEuros))).toBe(whole);
      expect(plain(formatByCode(lang, 2025, NUMBER_FORMATS.year))).toBe(year);
      expect(formatByCode(lang, 169923.2, NUMBER_FORMATS.euros)).toBe(formatEuros(lang, 169923.2));
    },
  );

  it("shows a number under the text format or none as it is", () => {
    expect(plain(formatByCode("fi", 1.5, NUMBER_FORMATS.text))).toBe("1,5");
    expect(plain(formatByCode("en", 12345.678, undefined))).toBe("12,345.678");
  });
});
