import JSZip from "jszip";
import { SAMPLE_IDS } from "../../src/domain/samples";
import { sampleInput } from "../sheets/fixtures";
import { LANGS } from "../../src/i18n/lang";
import { buildWorkbookPlan } from "../../src/sheets";
import { cellAt } from "../../src/sheets/draft";
import { isFormula } from "../../src/sheets/plan";
import { a1, rangeA1 } from "../../src/sheets/refs";
import { headerFooterCode, TONE_LOOK } from "../../src/sheets/render";
import { writeXlsx } from "../../src/xlsx";

/**
 * Check colours and print settings as the .xlsx stores them (ECMA-376 Part 1: §18.3.1.10
 * conditionalFormatting, §18.3.1.63 pageSetup, §18.3.1.46 headerFooter, §18.2.5 the sheet's
 * _xlnm.Print_Area and _xlnm.Print_Titles). test/oracle/print.test.ts prints them through
 * LibreOffice.
 */
const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

async function parts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const text = (name: string) => zip.file(name)!.async("string");
  return { text };
}

describe.each(SAMPLE_IDS.flatMap((id) => LANGS.map((lang) => [id, lang] as const)))("%s (%s)", (id, lang) => {
  const plan = buildWorkbookPlan(sampleInput(id, lang), { lang });

  test("every check range has formula rules on its own top-left cell, each with its tone's colours", async () => {
    const file = await parts(await writeXlsx(plan));
    const styles = await file.text("xl/styles.xml");
    const dxfs = [
      ...(/<dxfs[^>]*>(.*?)<\/dxfs>/s.exec(styles)?.[1] ?? "").matchAll(/<dxf>(.*?)<\/dxf>/gs),
    ].map((m) => m[1]!);
    for (const [i, sheet] of plan.sheets.entries()) {
      const xml = await file.text(`xl/worksheets/sheet${i + 1}.xml`);
      const stored = [
        ...xml.matchAll(/<conditionalFormatting sqref="([^"]+)">(.*?)<\/conditionalFormatting>/gs),
      ].map((m) => ({
        sqref: m[1],
        rules: [
          ...m[2]!.matchAll(/<cfRule type="expression" dxfId="(\d+)"[^>]*><formula>(.*?)<\/formula>/g),
        ].map((r) => ({ dxf: dxfs[Number(r[1])]!, formula: unescapeXml(r[2]!) })),
      }));
      expect(stored.map((s) => s.sqref)).toEqual((sheet.checks ?? []).map((c) => rangeA1(c.range)));
      (sheet.checks ?? []).forEach((check, k) => {
        const corner = a1(check.range.row, check.range.col);
        // The checked cells are the plan's formulas, so the colour recalculates with them.
        const cell = cellAt(sheet.blocks, check.range.row, check.range.col);
        expect(cell !== undefined && cell !== null && isFormula(cell)).toBe(true);
        const rules = stored[k]!.rules;
        expect(rules.map((r) => r.formula)).toEqual(check.rules.map((r) => r.formula.slice(1)));
        check.rules.forEach((rule, r) => {
          const refs = rules[r]!.formula.replace(/"[^"]*"/g, "").match(/\$?[A-Z]{1,3}\$?\d+/g);
          expect(new Set(refs)).toEqual(new Set([corner]));
          const look = TONE_LOOK[rule.tone];
          expect(rules[r]!.dxf).toContain(`<color rgb="FF${look.color.slice(1)}"/>`);
          expect(rules[r]!.dxf).toContain(`<bgColor rgb="FF${look.fill.slice(1)}"/>`);
        });
      });
    }
  });

  test("A4, one page wide, the plan's orientation, print area, title rows, header and footer", async () => {
    const file = await parts(await writeXlsx(plan));
    const book = unescapeXml(await file.text("xl/workbook.xml"));
    for (const [i, sheet] of plan.sheets.entries()) {
      const print = sheet.print!;
      const xml = await file.text(`xl/worksheets/sheet${i + 1}.xml`);
      expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
      const setup = /<pageSetup ([^>]*)\/>/.exec(xml)![1]!;
      expect(setup).toContain('paperSize="9"');
      expect(setup).toContain(`orientation="${print.orientation}"`);
      expect(setup).toContain('fitToWidth="1"');
      expect(setup).toContain('fitToHeight="0"');
      expect(unescapeXml(/<oddHeader>(.*?)<\/oddHeader>/.exec(xml)![1]!)).toBe(
        headerFooterCode(print.header),
      );
      expect(unescapeXml(/<oddFooter>(.*?)<\/oddFooter>/.exec(xml)![1]!)).toBe(
        headerFooterCode(print.footer),
      );
      const local = (name: string) =>
        new RegExp(`<definedName name="_xlnm\\.${name}" localSheetId="${i}">([^<]*)<`).exec(book)?.[1];
      expect(local("Print_Area")).toBe(`'${sheet.name}'!${rangeA1(print.area, true)}`);
      expect(local("Print_Titles")).toBe(
        `'${sheet.name}'!$${print.titleRows.row + 1}:$${print.titleRows.row + 1}`,
      );
    }
  });
});

describe("header and footer text", () => {
  test("an area's '&' is doubled (Excel's escape), a long name cut with '…', within Excel's 255 characters", async () => {
    const input = { ...sampleInput("kympin"), area: `Etelä & Itä ${"pitkä nimi ".repeat(30)}` };
    const plan = buildWorkbookPlan(input, { lang: "sv" });
    for (const sheet of plan.sheets) {
      const { header, footer } = sheet.print!;
      expect(header.left.startsWith("Etelä && Itä pitkä")).toBe(true);
      expect(header.left.endsWith("…")).toBe(true);
      expect(headerFooterCode(header).length).toBeLessThanOrEqual(255);
      expect(headerFooterCode(footer).length).toBeLessThanOrEqual(255);
      expect(footer.right).toBe("Sida &P / &N");
    }
  });
});
