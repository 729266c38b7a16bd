import { formatList, formatPercent } from "../../src/i18n/format";

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
