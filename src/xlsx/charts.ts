import { XMLBuilder, XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import type { ChartPlan, WorkbookPlan } from "../sheets/plan";
import { sheetRange } from "../sheets/refs";

/**
 * Native charts in the .xlsx (docs/sheets.md#charts). ExcelJS 4.4 writes no charts, and no
 * maintained npm package adds chart parts to an existing workbook (xlsx-chart and officegen write
 * whole files of their own and are unmaintained), so this module adds them to ExcelJS's output,
 * per ECMA-376 Part 1:
 *
 * - `xl/charts/chartN.xml`, a DrawingML `c:chartSpace` (§21.2) with a `c:lineChart` or a
 *   `c:barChart` whose series refer to the sheet's cells (`c:f`) and carry no cached values: Excel
 *   and LibreOffice read the cells, so the chart shows what the formulas compute and follows edits;
 * - `xl/drawings/drawingN.xml`, a SpreadsheetML drawing (§20.5) with one `xdr:twoCellAnchor` per
 *   chart over the plan's anchor cells, and its relationships to the charts;
 * - a `<drawing r:id>` in the worksheet (§18.3.1.36, in its schema position) with the relationship
 *   to the drawing, and the content types of the new parts.
 *
 * Every XML part is built with fast-xml-parser's builder, which escapes text and attributes (a
 * chart title holds the user's area name); the worksheet is only scanned (saxes) for where the
 * `<drawing>` element goes, never rewritten.
 */

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;
const REL = {
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
} as const;
const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
} as const;

/** Children of `worksheet` that come after `drawing` in CT_Worksheet's sequence (§18.3.1.99). */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/** fast-xml-parser's object form: attributes prefixed "@_", text "#text". */
type Xml = { [key: string]: Xml | Xml[] | string | number };

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  suppressEmptyNode: true,
});
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseAttributeValue: false,
});
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const xml = (root: Xml): string => DECLARATION + builder.build(root);
const val = (value: string | number): Xml => ({ "@_val": value });
const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Rich text of a title (§21.2.2.156 rich): one paragraph, bold. */
const richText = (text: string, size: number): Xml => ({
  "c:rich": {
    "a:bodyPr": {},
    "a:lstStyle": {},
    "a:p": {
      "a:pPr": { "a:defRPr": { "@_sz": size, "@_b": 1 } },
      "a:r": { "a:rPr": { "@_sz": size, "@_b": 1 }, "a:t": text },
    },
  },
});

const CATEGORY_AXIS = 500_001;
const VALUE_AXIS = 500_002;

/** One chart part: the plan's series as references to `sheet`'s cells. */
export function chartXml(chart: ChartPlan, sheet: string): string {
  const ref = (range: ChartPlan["anchor"]) => sheetRange(sheet, range);
  const line = chart.kind === "line";
  const series = chart.series.map((s, i): Xml => ({
    "c:idx": val(i),
    "c:order": val(i),
    "c:tx": { "c:v": s.name },
    ...(line ? { "c:marker": { "c:symbol": val("none") } } : { "c:invertIfNegative": val(0) }),
    "c:cat": chart.categories.numbers
      ? { "c:numRef": { "c:f": ref(chart.categories.range) } }
      : { "c:strRef": { "c:f": ref(chart.categories.range) } },
    "c:val": { "c:numRef": { "c:f": ref(s.values) } },
    ...(line ? { "c:smooth": val(0) } : {}),
  }));
  const axes = { "c:axId": [val(CATEGORY_AXIS), val(VALUE_AXIS)] };
  const plot: Xml = line
    ? {
        "c:lineChart": {
          "c:grouping": val("standard"),
          "c:varyColors": val(0),
          "c:ser": series,
          "c:marker": val(1),
          ...axes,
        },
      }
    : {
        "c:barChart": {
          "c:barDir": val("bar"),
          "c:grouping": val("clustered"),
          "c:varyColors": val(0),
          "c:ser": series,
          "c:gapWidth": val(80),
          ...axes,
        },
      };
  return xml({
    "c:chartSpace": {
      "@_xmlns:c": NS.c,
      "@_xmlns:a": NS.a,
      "@_xmlns:r": NS.r,
      "c:roundedCorners": val(0),
      "c:chart": {
        "c:title": { "c:tx": richText(chart.title, 1300), "c:overlay": val(0) },
        "c:autoTitleDeleted": val(0),
        "c:plotArea": {
          "c:layout": {},
          ...plot,
          "c:catAx": {
            "c:axId": val(CATEGORY_AXIS),
            "c:scaling": { "c:orientation": val("minMax") },
            "c:delete": val(0),
            "c:axPos": val(line ? "b" : "l"),
            "c:numFmt": { "@_formatCode": "General", "@_sourceLinked": 1 },
            "c:majorTickMark": val("out"),
            "c:minorTickMark": val("none"),
            "c:tickLblPos": val("low"),
            "c:crossAx": val(VALUE_AXIS),
            "c:crosses": val("autoZero"),
            "c:auto": val(1),
            "c:lblAlgn": val("ctr"),
            "c:lblOffset": val(100),
            "c:noMultiLvlLbl": val(0),
          },
          "c:valAx": {
            "c:axId": val(VALUE_AXIS),
            "c:scaling": { "c:orientation": val("minMax") },
            "c:delete": val(0),
            "c:axPos": val(line ? "l" : "b"),
            "c:majorGridlines": {},
            "c:numFmt": { "@_formatCode": chart.valueFormat, "@_sourceLinked": 0 },
            "c:majorTickMark": val("out"),
            "c:minorTickMark": val("none"),
            "c:tickLblPos": val("nextTo"),
            "c:crossAx": val(CATEGORY_AXIS),
            "c:crosses": val("autoZero"),
            "c:crossBetween": val("between"),
          },
        },
        "c:legend": { "c:legendPos": val("b"), "c:overlay": val(0) },
        "c:plotVisOnly": val(1),
        "c:dispBlanksAs": val("gap"),
      },
    },
  });
}

/** The drawing part of one sheet: one two-cell anchor per chart, chart i related as `rId{i+1}`. */
export function drawingXml(charts: readonly ChartPlan[]): string {
  const cell = (col: number, row: number): Xml => ({
    "xdr:col": col,
    "xdr:colOff": 0,
    "xdr:row": row,
    "xdr:rowOff": 0,
  });
  return xml({
    "xdr:wsDr": {
      "@_xmlns:xdr": NS.xdr,
      "@_xmlns:a": NS.a,
      "xdr:twoCellAnchor": charts.map(({ anchor }, i): Xml => ({
        // The anchor's cells, the chart ending where the cell after them begins.
        "xdr:from": cell(anchor.col, anchor.row),
        "xdr:to": cell(anchor.col + anchor.cols, anchor.row + anchor.rows),
        "xdr:graphicFrame": {
          "@_macro": "",
          "xdr:nvGraphicFramePr": {
            "xdr:cNvPr": { "@_id": i + 2, "@_name": `Chart ${i + 1}` },
            "xdr:cNvGraphicFramePr": {},
          },
          "xdr:xfrm": { "a:off": { "@_x": 0, "@_y": 0 }, "a:ext": { "@_cx": 0, "@_cy": 0 } },
          "a:graphic": {
            "a:graphicData": {
              "@_uri": NS.c,
              "c:chart": { "@_xmlns:c": NS.c, "@_xmlns:r": NS.r, "@_r:id": `rId${i + 1}` },
            },
          },
        },
        "xdr:clientData": {},
      })),
    },
  });
}

const relationshipsXml = (relations: readonly Xml[]): string =>
  xml({ Relationships: { "@_xmlns": NS.rels, Relationship: [...relations] } });

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
const relsPathOf = (part: string): string => part.replace(/([^/]+)$/, "_rels/$1.rels");

/** A relationship target (relative to the source part's folder, or absolute) as a zip path. */
function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

async function readXml(zip: JSZip, path: string): Promise<Xml | undefined> {
  const file = zip.file(path);
  return file ? (parser.parse(await file.async("string")) as Xml) : undefined;
}

/** Each sheet's part in the zip, by sheet name, from the workbook and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await readXml(zip, "xl/workbook.xml");
  const rels = await readXml(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map(
    asList((rels?.Relationships as Xml | undefined)?.Relationship as Xml | Xml[]).map((r) => [
      String(r["@_Id"]),
      resolveTarget("xl/workbook.xml", String(r["@_Target"])),
    ]),
  );
  const sheets = asList(
    ((workbook?.workbook as Xml | undefined)?.sheets as Xml | undefined)?.sheet as Xml | Xml[],
  );
  return new Map(sheets.map((s) => [String(s["@_name"]), targets.get(String(s["@_r:id"])) ?? ""]));
}

/** Where `<drawing>` goes in a worksheet: before the first top-level element that follows it. */
function drawingOffset(sheetXml: string): number {
  const scan = new SaxesParser({ position: true });
  let depth = 0;
  let offset: number | undefined;
  scan.on("opentagstart", (tag) => {
    depth++;
    if (offset === undefined && depth === 2 && AFTER_DRAWING.has(tag.name)) {
      offset = sheetXml.lastIndexOf("<", scan.position - 1);
    }
  });
  scan.on("closetag", (tag) => {
    if (depth === 1 && offset === undefined && tag.name === "worksheet") {
      offset = sheetXml.lastIndexOf("</", scan.position - 1);
    }
    depth--;
  });
  scan.write(sheetXml).close();
  if (offset === undefined || offset < 0) throw new Error("the worksheet part has no end");
  return offset;
}

/** The next free "rIdN" among a part's relationships. */
const freeId = (relations: readonly Xml[]): string => {
  const used = relations.map((r) => Number(/^rId(\d+)$/.exec(String(r["@_Id"]))?.[1] ?? 0));
  return `rId${Math.max(0, ...used) + 1}`;
};

/** The next free "prefix{N}.xml" in a folder of the zip. */
function freePart(zip: JSZip, folder: string, prefix: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const path = `${folder}/${prefix}${n}.xml`;
    if (!zip.file(path) && !taken.has(path)) {
      taken.add(path);
      return path;
    }
  }
}

/**
 * The .xlsx `file` (as ExcelJS wrote `plan`) with the plan's charts added. A plan without charts
 * gives the file back unchanged.
 */
export async function addCharts(file: Uint8Array, plan: WorkbookPlan): Promise<Uint8Array> {
  const sheets = plan.sheets.filter((sheet) => (sheet.charts ?? []).length > 0);
  if (sheets.length === 0) return file;
  const zip = await JSZip.loadAsync(file);
  const parts = await sheetParts(zip);
  const taken = new Set<string>();
  const overrides: Xml[] = [];
  for (const sheet of sheets) {
    const sheetPart = parts.get(sheet.name);
    const sheetFile = sheetPart ? zip.file(sheetPart) : null;
    if (!sheetPart || !sheetFile) throw new Error(`the .xlsx has no part for sheet '${sheet.name}'`);
    const charts = sheet.charts ?? [];
    const drawing = freePart(zip, "xl/drawings", "drawing", taken);
    const chartParts = charts.map((chart) => {
      const part = freePart(zip, "xl/charts", "chart", taken);
      zip.file(part, chartXml(chart, sheet.name));
      overrides.push({ "@_PartName": `/${part}`, "@_ContentType": CONTENT_TYPE.chart });
      return part;
    });
    zip.file(drawing, drawingXml(charts));
    zip.file(
      relsPathOf(drawing),
      relationshipsXml(
        chartParts.map((part, i) => ({
          "@_Id": `rId${i + 1}`,
          "@_Type": REL.chart,
          "@_Target": `../charts/${part.split("/").pop() ?? ""}`,
        })),
      ),
    );
    overrides.push({ "@_PartName": `/${drawing}`, "@_ContentType": CONTENT_TYPE.drawing });

    const sheetRels = relsPathOf(sheetPart);
    const relations = asList(
      ((await readXml(zip, sheetRels))?.Relationships as Xml | undefined)?.Relationship as Xml | Xml[],
    );
    const id = freeId(relations);
    zip.file(
      sheetRels,
      relationshipsXml([
        ...relations,
        { "@_Id": id, "@_Type": REL.drawing, "@_Target": `../drawings/${drawing.split("/").pop() ?? ""}` },
      ]),
    );
    const sheetXml = await sheetFile.async("string");
    const at = drawingOffset(sheetXml);
    const element = builder.build({ drawing: { "@_xmlns:r": NS.r, "@_r:id": id } }) as string;
    zip.file(sheetPart, sheetXml.slice(0, at) + element + sheetXml.slice(at));
  }
  const types = await readXml(zip, "[Content_Types].xml");
  const root = types?.Types as Xml | undefined;
  if (!root) throw new Error("the .xlsx has no [Content_Types].xml");
  root.Override = [...asList(root.Override as Xml | Xml[]), ...overrides];
  zip.file("[Content_Types].xml", xml({ Types: root }));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
