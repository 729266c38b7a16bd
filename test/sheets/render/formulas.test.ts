import { formulaTokens, functionsIn, usesAtShorthand } from "../../../src/sheets/render/formulas";

describe("functionsIn", () => {
  test("lists calls outside strings, sheet names and brackets", () => {
    expect(functionsIn("=ROUND(SUM(T[IF(x)]),2)&\"MAX(1)\"&'LEN(2)'!A1&Index(A:A,1)")).toEqual([
      "ROUND",
      "SUM",
      "INDEX",
    ]);
  });
});

describe("usesAtShorthand", () => {
  test("finds [@Column] and [@[Column name]], not [#This Row] or @ inside text", () => {
    expect(usesAtShorthand("=T[@Työvoima]")).toBe(true);
    expect(usesAtShorthand("=T[@[Työ voima]]")).toBe(true);
    expect(usesAtShorthand("=T[[#This Row],[Työvoima]]")).toBe(false);
    expect(usesAtShorthand('="x@y.fi"&T[a]')).toBe(false);
    expect(usesAtShorthand("=@A1:A10*2")).toBe(true);
  });
});

describe("formulaTokens", () => {
  test("concatenate back to the formula without its '=', function names marked", () => {
    const typed = "=IFS(T[[#This Row],[Työ (IFS)]]>0,\"a(\",TRUE,'Kunnat 2'!A1)";
    const parts = formulaTokens(typed);
    expect(parts.map(({ text }) => text).join("")).toBe(typed.slice(1));
    expect(parts.filter(({ isFunction }) => isFunction).map(({ text }) => text)).toEqual(["IFS"]);
  });
});
