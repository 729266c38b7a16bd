import { toFileFormula } from "../../src/xlsx/formulas";

describe("toFileFormula", () => {
  test.each([
    ["=SUM(A1:A3)", "SUM(A1:A3)"],
    ["SUM(A1:A3)", "SUM(A1:A3)"],
    ["=IFS(A1>0,1,TRUE,0)", "_xlfn.IFS(A1>0,1,TRUE,0)"],
    ["=ifs(A1>0,1,TRUE,0)", "_xlfn.ifs(A1>0,1,TRUE,0)"],
    ['=ROUND(STDEV.S(A1:A9),2)+CONCAT("a",B1)', 'ROUND(_xlfn.STDEV.S(A1:A9),2)+_xlfn.CONCAT("a",B1)'],
    ["=IFERROR(SUMIFS(T[x],T[y],1),0)", "IFERROR(SUMIFS(T[x],T[y],1),0)"],
    ["=_xlfn.IFS(1,2)", "_xlfn.IFS(1,2)"],
    ['="IFS(1) on tekstiä"&CONCAT("x")', '"IFS(1) on tekstiä"&_xlfn.CONCAT("x")'],
    ['="lainaus ""IFS("" "', '"lainaus ""IFS("" "'],
    ["='IFS(1)'!A1+SWITCH(1,1,2)", "'IFS(1)'!A1+_xlfn.SWITCH(1,1,2)"],
    ["=SUM(T[[#This Row],[IFS(x)]])", "SUM(T[[#This Row],[IFS(x)]])"],
    ["=SUM(T['[IFS(]])+MAXIFS(T[a],T[b],1)", "SUM(T['[IFS(]])+_xlfn.MAXIFS(T[a],T[b],1)"],
    ["=MYIFS(1)+XIFS(2)", "MYIFS(1)+XIFS(2)"],
    ["=Kunnat!A1*IFNA(B2,0)", "Kunnat!A1*_xlfn.IFNA(B2,0)"],
  ])("%s → %s", (typed, stored) => {
    expect(toFileFormula(typed)).toBe(stored);
  });
});
