import ExcelJS from "exceljs";
import { EMPTY_WORKBOOK, type ExistingNames } from "../../src/sheets/naming";
import type { Progress } from "../../src/sheets/target";
import { PlanError } from "../../src/sheets/render";
import { NoSelectionError, StandaloneTarget } from "../../src/xlsx";
import { readWorkbook } from "../support/libreoffice";
import { FIRST_SHEET, handmadePlan, SECOND_SHEET, THIRD_SHEET } from "../sheets/handmadePlan";

describe("StandaloneTarget", () => {
  test("is the standalone kind", () => {
    expect(new StandaloneTarget().kind).toBe("standalone");
  });

  test.each([
    ["fi", /ei ole auki Excelissä/],
    ["sv", /inte är öppen i Excel/],
    ["en", /not open in Excel/],
  ] as const)("readSelection rejects in %s: there is no selection outside Excel", async (lang, message) => {
    const rejection = new StandaloneTarget(lang).readSelection();
    await expect(rejection).rejects.toBeInstanceOf(NoSelectionError);
    await expect(rejection).rejects.toThrow(message);
    await expect(rejection).rejects.toMatchObject({ code: "noSelection" });
  });

  test("generate builds against an empty workbook and returns the file with what it made", async () => {
    const seen: ExistingNames[] = [];
    const steps: Parameters<Progress>[] = [];
    const result = await new StandaloneTarget().generate(
      (existing) => {
        seen.push(existing);
        return handmadePlan;
      },
      (fraction, step) => steps.push([fraction, step]),
    );
    expect(seen).toEqual([EMPTY_WORKBOOK]);
    expect(result.sheets).toEqual([
      { key: "municipalities", name: FIRST_SHEET },
      { key: "costSplit", name: SECOND_SHEET },
      { key: "budget", name: THIRD_SHEET },
    ]);
    expect(result.names).toEqual([
      "Tyovoima_Yhteensa",
      "Osuudet",
      "Tyovoima_Riittaa",
      "Kustannus_Kerava",
      "Kolmas_Arvo",
    ]);
    expect(result.tables).toEqual(["Kunnat_T"]);
    expect(steps.map(([, step]) => step)).toEqual(["read", "write", "format", "done"]);
    expect(steps.map(([fraction]) => fraction)).toEqual([...steps.map(([f]) => f)].sort((a, b) => a - b));
    expect(steps.at(-1)).toEqual([1, "done"]);

    expect(result.file).toBeInstanceOf(Uint8Array);
    const workbook: ExcelJS.Workbook = await readWorkbook(result.file as Uint8Array);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([FIRST_SHEET, SECOND_SHEET, THIRD_SHEET]);
  });

  test("generate rejects when the plan cannot be built or written, never leaving a file", async () => {
    const target = new StandaloneTarget();
    await expect(
      target.generate(() => {
        throw new Error("syöte on virheellinen");
      }),
    ).rejects.toThrow("syöte on virheellinen");
    await expect(target.generate(() => ({ sheets: [] }))).rejects.toThrow(PlanError);
  });

  test("activateSheet has nothing to bring forward and resolves", async () => {
    await expect(new StandaloneTarget().activateSheet()).resolves.toBeUndefined();
  });
});
