import ExcelJS from "exceljs";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { NUMBER_FORMATS, type WorkbookPlan } from "../../src/sheets/plan";
import { PlanError, STYLE_LOOK } from "../../src/sheets/render";
import { planToWorkbook, writeXlsx } from "../../src/xlsx";
import { sampleInput } from "../sheets/fixtures";
import { buildWorkbookPlan } from "../../src/sheets";
import { fileText } from "../../src/xlsx/workbook";
import { readWorkbook } from "../support/libreoffice";
import {
  COMMA_LIST,
  FIRST_SHEET,
  handmadePlan,
  LABOUR_FORCE,
  LONG_LIST,
  SECOND_SHEET,
  SHORT_LIST,
  TABLE_ROW,
  THIRD_SHEET,
  TOTAL_ROW,
  TRICKY_NAMES,
} from "../sheets/handmadePlan";

/** ExcelJS 4.4 reads data validations and tables but its typings do not declare them. */
interface Untyped {
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  tables: Record<
    string,
    { table: { tableRef: string; columns: { name: string }[]; style: { theme: string } } }
  >;
}
const untyped = (sheet: ExcelJS.Worksheet) => sheet as unknown as Untyped;

let workbook: ExcelJS.Workbook;
let first: ExcelJS.Worksheet;
let second: ExcelJS.Worksheet;

beforeAll(async () => {
  workbook = await readWorkbook(await writeXlsx(handmadePlan));
  first = workbook.getWorksheet(FIRST_SHEET) as ExcelJS.Worksheet;
  second = workbook.getWorksheet(SECOND_SHEET) as ExcelJS.Worksheet;
});

/** 1-based ExcelJS cell from 0-based plan coordinates. */
const cell = (sheet: ExcelJS.Worksheet, row: number, col: number) => sheet.getRow(row + 1).getCell(col + 1);

describe("cells", () => {
  test("the sheets come out in plan order with their names", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([FIRST_SHEET, SECOND_SHEET, THIRD_SHEET]);
  });

  test("user text that looks like a formula stays text", () => {
    TRICKY_NAMES.forEach((name, i) => {
      const c = cell(first, TABLE_ROW + 1 + i, 0);
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.value).toBe(name);
      expect(c.formula).toBeUndefined();
    });
  });

  test("numbers and booleans keep their types", () => {
    LABOUR_FORCE.forEach((value, i) => {
      expect(cell(first, TABLE_ROW + 1 + i, 1).type).toBe(ExcelJS.ValueType.Number);
      expect(cell(first, TABLE_ROW + 1 + i, 1).value).toBe(value);
    });
    expect(cell(first, TOTAL_ROW + 1, 2).value).toBe(true);
    expect(cell(first, TOTAL_ROW + 1, 3).value).toBe(false);
    expect(cell(first, TOTAL_ROW + 1, 3).type).toBe(ExcelJS.ValueType.Boolean);
  });

  test("formulas are stored without the leading '=' and with structured references as written", () => {
    const share = cell(first, TABLE_ROW + 1, 3);
    expect(share.type).toBe(ExcelJS.ValueType.Formula);
    expect(share.formula).toBe("ROUND(Kunnat_T[[#This Row],[Työvoima]]/SUM(Kunnat_T[Työvoima]),6)");
    expect(cell(first, TOTAL_ROW, 1).formula).toBe("SUM(Kunnat_T[Työvoima])");
    expect(cell(second, 2, 1).formula).toBe(`'${FIRST_SHEET}'!B${TOTAL_ROW + 1}*2`);
    expect(cell(second, 6, 1).formula).toBe("'Talous ''luonnos'' v1'!A1+1");
  });

  test("functions newer than Excel 2007 get the _xlfn. prefix, text inside strings does not", () => {
    expect(cell(second, 3, 1).formula).toBe('_xlfn.IFS(B1>100000,"suuri",B1>1000,"keski",TRUE,"pieni")');
    expect(cell(second, 4, 1).formula).toBe('_xlfn.MAXIFS(Kunnat_T[Työvoima],Kunnat_T[Työttömät],">20")');
    expect(cell(second, 7, 1).formula).toBe('"=SUM(A1) "&"IFS("');
  });

  test("formulas carry no cached result and the workbook asks Excel to calculate on load", () => {
    expect(cell(first, TOTAL_ROW, 1).result).toBeUndefined();
    // ExcelJS does not read calcPr back, so look at the workbook it wrote from.
    expect(planToWorkbook(handmadePlan).calcProperties.fullCalcOnLoad).toBe(true);
  });
});

describe("text Excel would read as escapes", () => {
  test('a literal "_xHHHH_" is written escaped and reads back unchanged, in cells, headers and lists', async () => {
    const texts = ["_x0041_", "a_x000D_b", "_x005f_x0041_", "_x12_", "x_0041_"];
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "municipalities",
          name: "Kunnat",
          blocks: [
            { row: 0, col: 0, cells: [["_x0041_", "Työvoima"], [1, 2], ...texts.map((text) => [text, 0])] },
          ],
          formats: [],
          columnWidths: [],
          tables: [{ name: "T", range: { row: 0, col: 0, rows: 2, cols: 2 }, style: "TableStyleLight9" }],
          names: [],
          validations: [{ range: { row: 9, col: 0, rows: 1, cols: 1 }, list: ["a,b", "_x0041_"] }],
        },
      ],
    };
    const sheet = (await readWorkbook(await writeXlsx(plan))).worksheets[0] as ExcelJS.Worksheet;
    // ExcelJS, like Excel, decodes "_xHHHH_" when it reads text.
    expect(texts.map((_, i) => cell(sheet, 2 + i, 0).value)).toEqual(texts);
    expect(cell(sheet, 0, 0).value).toBe("_x0041_");
    expect(untyped(sheet).tables["T"]?.table.columns[0]?.name).toBe("_x005F_x0041_");
    expect(fileText("_x005f_x0041_")).toBe("_x005F_x005f_x005F_x0041_");
    expect(cell(sheet, 1, 3).value).toBe("_x0041_");
  });
});

describe("formats", () => {
  test("number formats land on the cells their ranges cover, later formats winning", () => {
    expect(cell(first, TABLE_ROW + 1, 1).numFmt).toBe(NUMBER_FORMATS.count);
    expect(cell(first, TABLE_ROW + 1, 0).numFmt).toBe(NUMBER_FORMATS.text);
    expect(cell(first, TABLE_ROW + 3, 4).numFmt).toBe(NUMBER_FORMATS.percent);
    // The totals row gets "percent" for D, then "count" for B:C from a later format.
    expect(cell(first, TOTAL_ROW, 3).numFmt).toBe(NUMBER_FORMATS.percent);
    expect(cell(first, TOTAL_ROW, 1).numFmt).toBe(NUMBER_FORMATS.count);
    expect(cell(second, 0, 1).numFmt).toBe('#,##0.00 "€"');
  });

  test("each style looks as STYLE_LOOK says", () => {
    const argb = (hex: string | undefined) => `FF${hex?.slice(1)}`;
    const title = cell(first, 0, 0);
    expect(title.font).toMatchObject({ bold: true, size: STYLE_LOOK.title.size });
    const header = cell(first, TABLE_ROW, 2);
    expect(header.font.bold).toBe(true);
    expect(header.fill).toMatchObject({ pattern: "solid", fgColor: { argb: argb(STYLE_LOOK.header.fill) } });
    const input = cell(first, TABLE_ROW + 2, 2);
    expect(input.fill).toMatchObject({ pattern: "solid", fgColor: { argb: argb(STYLE_LOOK.input.fill) } });
    expect(input.font?.bold).toBeFalsy();
    const total = cell(first, TOTAL_ROW, 4);
    expect(total.font.bold).toBe(true);
    expect(total.border.top).toMatchObject({ style: "thin" });
    const flag = cell(first, TOTAL_ROW + 1, 1);
    // A check's colour is conditional (its value decides), never a static font colour.
    expect(flag.font).toMatchObject({ bold: true });
    expect(flag.font.color).toBeUndefined();
    const note = cell(first, 1, 0);
    expect(note.font).toMatchObject({ italic: true, color: { argb: argb(STYLE_LOOK.note.color) } });
  });

  test("wrap is set only where the plan asks for it", () => {
    expect(cell(first, 1, 0).alignment?.wrapText).toBe(true);
    expect(cell(first, 1, 4).alignment?.wrapText).toBe(true);
    expect(cell(first, 0, 0).alignment?.wrapText).toBeFalsy();
  });

  test("column widths and frozen panes", () => {
    expect([1, 2, 3, 4, 5].map((n) => first.getColumn(n).width)).toEqual([28, 12, 12, 10, 16]);
    expect(second.getColumn(1).width).toBe(20);
    expect(first.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: TABLE_ROW + 1 });
    expect((second.views ?? []).filter((view) => view.state === "frozen")).toEqual([]);
  });
});

describe("tables", () => {
  test("the table covers its range, names its columns after the header cells and keeps its style", () => {
    const { table } = untyped(first).tables["Kunnat_T"] ?? { table: undefined };
    expect(table?.tableRef).toBe(`A${TABLE_ROW + 1}:E${TABLE_ROW + 1 + TRICKY_NAMES.length}`);
    const headers = [0, 1, 2, 3, 4].map((col) => cell(first, TABLE_ROW, col).value);
    expect(table?.columns.map((column) => column.name)).toEqual(headers);
    expect(headers).toEqual(["Kunta", "Työvoima", "Työttömät", "Osuus", "Työttömyysaste"]);
    expect(table?.style.theme).toBe("TableStyleMedium2");
  });

  test("cells inside the table keep their values and formulas", () => {
    expect(cell(first, TABLE_ROW + 1, 0).value).toBe(TRICKY_NAMES[0]);
    expect(cell(first, TABLE_ROW + 5, 4).formula).toBe(
      "Kunnat_T[[#This Row],[Työttömät]]/Kunnat_T[[#This Row],[Työvoima]]",
    );
  });
});

describe("defined names", () => {
  test("are workbook-scoped and point at quoted A1 ranges", () => {
    const names = Object.fromEntries(workbook.definedNames.model.map(({ name, ranges }) => [name, ranges]));
    expect(names).toEqual({
      Tyovoima_Yhteensa: [`'${FIRST_SHEET}'!$B$${TOTAL_ROW + 1}`],
      Osuudet: [`'${FIRST_SHEET}'!$D$${TABLE_ROW + 2}:$D$${TABLE_ROW + 1 + TRICKY_NAMES.length}`],
      Tyovoima_Riittaa: [`'${FIRST_SHEET}'!$B$${TOTAL_ROW + 2}`],
      Kustannus_Kerava: [`${SECOND_SHEET}!$B$2`],
      Kolmas_Arvo: ["'Talous ''luonnos'' v1'!$A$1"],
    });
  });
});

describe("dropdowns", () => {
  const validation = (row: number, col: number) =>
    untyped(first).dataValidations.model[`${String.fromCharCode(65 + col)}${row + 1}`];
  const hiddenColumn = (col: number) =>
    Array.from({ length: first.getColumn(col + 1).values.length - 1 }, (_, i) => cell(first, i, col).value);

  test("a short list is written inline, with the error message", () => {
    for (let row = TOTAL_ROW + 4; row < TOTAL_ROW + 7; row++) {
      expect(validation(row, 0)).toMatchObject({
        type: "list",
        formulae: [`"${SHORT_LIST.join(",")}"`],
        showErrorMessage: true,
        error: "Valitse luettelosta.",
      });
    }
    expect(validation(TOTAL_ROW + 7, 0)).toBeUndefined();
  });

  test("a list over 255 characters goes to a hidden column the validation refers to", () => {
    expect(LONG_LIST.join(",").length).toBeGreaterThan(255);
    expect(validation(TOTAL_ROW + 4, 1)).toMatchObject({ type: "list", formulae: ["$G$1:$G$40"] });
    expect(first.getColumn(7).hidden).toBe(true);
    expect(hiddenColumn(6)).toEqual(LONG_LIST);
  });

  test("a list whose items hold commas or quotes goes to a hidden column too", () => {
    expect(validation(TOTAL_ROW + 6, 2)).toMatchObject({ type: "list", formulae: ["$H$1:$H$3"] });
    expect(first.getColumn(8).hidden).toBe(true);
    expect(hiddenColumn(7)).toEqual(COMMA_LIST);
  });
});

describe("plans that cannot be written", () => {
  // Which plans are refused is tested with the check (test/sheets/render/check.test.ts); here,
  // that the writer runs it.
  test("planToWorkbook throws PlanError, naming the problem", () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "municipalities",
          name: "Kunnat",
          blocks: [{ row: 0, col: 0, cells: [[Number.NaN]] }],
          formats: [],
          columnWidths: [],
          tables: [],
          names: [],
          validations: [],
        },
      ],
    };
    expect(() => planToWorkbook(plan)).toThrow(PlanError);
    expect(() => planToWorkbook(plan)).toThrow(/A1 holds NaN/);
  });

  test("writeXlsx rejects, rather than throws, on a bad plan", async () => {
    await expect(writeXlsx({ sheets: [] })).rejects.toThrow(PlanError);
  });
});

describe("browser safety", () => {
  // The pane loads src/xlsx with a dynamic import in the browser: no Node built-ins, no Buffer.
  // Packages allowed: ExcelJS, and for the chart parts JSZip, fast-xml-parser and saxes, which
  // run in browsers as they are (ExcelJS's own browser bundle carries JSZip and saxes).
  const dir = join(__dirname, "../../src/xlsx");
  const sources = readdirSync(dir)
    .filter((file) => file.endsWith(".ts"))
    .map((file) => [file, readFileSync(join(dir, file), "utf8")] as const);

  test.each(sources)("%s imports nothing Node-only", (_, source) => {
    const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((match) => match[1]);
    expect(
      imports.filter((name) => !/^(\.{1,2}\/|exceljs$|jszip$|fast-xml-parser$|saxes$)/.test(name as string)),
    ).toEqual([]);
    expect(source).not.toMatch(/\bBuffer\.|\brequire\(|\bprocess\./);
  });
});

describe("municipality codes", () => {
  test("are 3-digit text formatted '@' in the file: '005' stays '005', not the number 5", async () => {
    const input = sampleInput("kympin");
    const read = await readWorkbook(await writeXlsx(buildWorkbookPlan(input, { lang: "fi" })));
    const kunnat = read.getWorksheet("Kunnat") as ExcelJS.Worksheet;
    expect(kunnat.getCell("B5").value).toBe("Kuntanumero");
    input.municipalities.forEach((m, i) => {
      const { value, type, numFmt } = cell(kunnat, 5 + i, 1);
      expect({ value, type, numFmt }).toEqual({
        value: m.code,
        type: ExcelJS.ValueType.String,
        numFmt: "@",
      });
    });
    expect(kunnat.getCell("B6").value).toBe("005");
  });
});
