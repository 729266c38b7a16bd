import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { SAMPLE_IDS, type SampleId } from "../../src/domain/samples";
import { sampleInput } from "../sheets/fixtures";
import { LANGS } from "../../src/i18n/lang";
import { buildWorkbookPlan } from "../../src/sheets";
import type { ChartPlan, RangeRef, SheetPlan, WorkbookPlan } from "../../src/sheets/plan";
import { rangeA1, sheetRange } from "../../src/sheets/refs";
import { writeXlsx } from "../../src/xlsx";
import { convert, printToPdf, sofficeAvailable } from "../support/libreoffice";
import { xmlProblems } from "../support/wellFormed";

/**
 * The .xlsx adapter's charts (src/xlsx/charts.ts): the parts hang together as ECMA-376 wants them
 * (worksheet → drawing → chart, content types), each chart refers to the plan's cells, and
 * LibreOffice opens the file with the charts on those ranges and draws them (PDF rendered to PNG
 * in test-output/charts/, to look at).
 */

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" });
type Node = Record<string, unknown>;
const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

async function part(zip: JSZip, path: string): Promise<Node> {
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  return parser.parse(await file.async("string")) as Node;
}

const resolvePart = (from: string, target: string) => {
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/"))
    if (piece === "..") parts.pop();
    else parts.push(piece);
  return parts.join("/");
};
const relsOf = (path: string) => path.replace(/([^/]+)$/, "_rels/$1.rels");

async function relationships(
  zip: JSZip,
  path: string,
): Promise<{ id: string; type: string; target: string }[]> {
  const rels = await part(zip, relsOf(path));
  return list((rels.Relationships as Node).Relationship as Node[]).map((r) => ({
    id: String(r["@_Id"]),
    type: String(r["@_Type"]).split("/").pop() ?? "",
    target: resolvePart(path, String(r["@_Target"])),
  }));
}

interface ReadChart {
  readonly kind: string;
  readonly title: string;
  readonly refs: string[];
  readonly seriesNames: string[];
  readonly anchor: RangeRef;
}

/** Every chart of a sheet as the file holds it, following the relationships from the workbook. */
async function chartsInFile(zip: JSZip, sheetName: string): Promise<ReadChart[]> {
  const workbook = await part(zip, "xl/workbook.xml");
  const sheet = list(((workbook.workbook as Node).sheets as Node).sheet as Node[]).find(
    (s) => s["@_name"] === sheetName,
  );
  const sheetPath = (await relationships(zip, "xl/workbook.xml")).find(
    (r) => r.id === sheet?.["@_r:id"],
  )?.target;
  if (!sheetPath) throw new Error(`no sheet ${sheetName}`);
  const drawingId = ((await part(zip, sheetPath)).worksheet as Node).drawing as Node | undefined;
  if (!drawingId) return [];
  const drawingPath = (await relationships(zip, sheetPath)).find((r) => r.id === drawingId["@_r:id"]);
  expect(drawingPath?.type).toBe("drawing");
  const drawingRels = await relationships(zip, drawingPath!.target);
  const anchors = list(
    ((await part(zip, drawingPath!.target))["xdr:wsDr"] as Node)["xdr:twoCellAnchor"] as Node[],
  );
  const types = list(((await part(zip, "[Content_Types].xml")).Types as Node).Override as Node[]).map(
    (o) => `${String(o["@_PartName"])} ${String(o["@_ContentType"])}`,
  );
  expect(types).toContain(
    `/${drawingPath!.target} application/vnd.openxmlformats-officedocument.drawing+xml`,
  );
  const charts: ReadChart[] = [];
  for (const anchor of anchors) {
    const from = anchor["xdr:from"] as Node;
    const to = anchor["xdr:to"] as Node;
    const frame = anchor["xdr:graphicFrame"] as Node;
    const ref = (((frame["a:graphic"] as Node)["a:graphicData"] as Node)["c:chart"] as Node)["@_r:id"];
    const chartRel = drawingRels.find((r) => r.id === ref);
    expect(chartRel?.type).toBe("chart");
    expect(types).toContain(
      `/${chartRel!.target} application/vnd.openxmlformats-officedocument.drawingml.chart+xml`,
    );
    const chart = ((await part(zip, chartRel!.target))["c:chartSpace"] as Node)["c:chart"] as Node;
    const plot = chart["c:plotArea"] as Node;
    const kind = "c:lineChart" in plot ? "line" : "bar";
    const series = list((plot[kind === "line" ? "c:lineChart" : "c:barChart"] as Node)["c:ser"] as Node[]);
    const f = (node: Node) => String((Object.values(node)[0] as Node)["c:f"]);
    const title = (
      ((((chart["c:title"] as Node)["c:tx"] as Node)["c:rich"] as Node)["a:p"] as Node)["a:r"] as Node
    )["a:t"];
    charts.push({
      kind,
      title: String(title),
      refs: [f(series[0]!["c:cat"] as Node), ...series.map((s) => f(s["c:val"] as Node))],
      seriesNames: series.map((s) => String((s["c:tx"] as Node)["c:v"])),
      anchor: {
        row: Number(from["xdr:row"]),
        col: Number(from["xdr:col"]),
        rows: Number(to["xdr:row"]) - Number(from["xdr:row"]),
        cols: Number(to["xdr:col"]) - Number(from["xdr:col"]),
      },
    });
  }
  return charts;
}

const expected = (sheet: SheetPlan, chart: ChartPlan): ReadChart => ({
  kind: chart.kind,
  title: chart.title,
  refs: [chart.categories.range, ...chart.series.map((s) => s.values)].map((r) => sheetRange(sheet.name, r)),
  seriesNames: chart.series.map((s) => s.name),
  anchor: chart.anchor,
});

describe("chart parts of the .xlsx", () => {
  test.each(SAMPLE_IDS.flatMap((id) => LANGS.map((lang) => [id, lang] as const)))(
    "%s in %s: each sheet's charts are there, on the plan's cells and anchors",
    async (id, lang) => {
      const plan = buildWorkbookPlan(sampleInput(id, lang), { lang });
      const zip = await JSZip.loadAsync(await writeXlsx(plan));
      for (const sheet of plan.sheets) {
        expect(await chartsInFile(zip, sheet.name)).toEqual(
          (sheet.charts ?? []).map((c) => expected(sheet, c)),
        );
      }
    },
  );

  test("the user's area name in a title is text, escaped, read back as typed", async () => {
    const area = `<b>&amp; "A" 'B' =1+1 </c:chart>`;
    const plan = buildWorkbookPlan({ ...sampleInput("kerava-sipoo"), area }, { lang: "fi" });
    const file = await writeXlsx(plan);
    expect(await xmlProblems(file)).toEqual([]);
    const [chart] = await chartsInFile(await JSZip.loadAsync(file), plan.sheets[0]!.name);
    expect(chart?.title).toBe(plan.sheets[0]!.charts![0]!.title);
    expect(chart?.title).toContain(area);
  });

  test("sheet names that need quoting are quoted in the references", async () => {
    const plan = buildWorkbookPlan(sampleInput("kympin"), {
      lang: "fi",
      existing: { sheets: ["Kunnat", "Kustannusjako"], tables: [], names: [] },
    });
    expect(plan.sheets[0]!.name).toBe("Kunnat (2)");
    const zip = await JSZip.loadAsync(await writeXlsx(plan));
    const [chart] = await chartsInFile(zip, "Kunnat (2)");
    expect(chart?.refs[0]).toMatch(/^'Kunnat \(2\)'!\$([A-Z]+)\$\d+:\$\1\$\d+$/);
  });

  test("<drawing> sits in the worksheet's schema order: after the page setup, before the table parts", async () => {
    const plan = buildWorkbookPlan(sampleInput("kerava-sipoo"), { lang: "fi" });
    const zip = await JSZip.loadAsync(await writeXlsx(plan));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const at = (tag: string) => sheet.indexOf(`<${tag}`);
    expect(at("drawing")).toBeGreaterThan(at("sheetData"));
    expect(at("drawing")).toBeGreaterThan(at("pageMargins"));
    expect(at("drawing")).toBeLessThan(at("tableParts"));
    expect(sheet.match(/<drawing /g)).toHaveLength(1);
  });

  test("a plan without charts is written as ExcelJS writes it", async () => {
    const plan = buildWorkbookPlan(sampleInput("kerava-sipoo"), { lang: "fi" });
    const bare: WorkbookPlan = { sheets: plan.sheets.map((s) => ({ ...s, charts: [] })) };
    const zip = await JSZip.loadAsync(await writeXlsx(bare));
    expect(Object.keys(zip.files).filter((name) => /chart|drawing/.test(name))).toEqual([]);
  });
});

/**
 * LibreOffice opens the file with every chart on the plan's ranges (its .ods lists each chart
 * object's ranges) and draws them: the PDF shows each title, and the page with a title has the
 * chart's coloured series on it. Skipped with the oracle's switch (SKIP_ORACLE=1, refused in CI).
 */
const describeRendered = process.env.SKIP_ORACLE === "1" ? describe.skip : describe;
const OUT = resolve(__dirname, "../../test-output/charts");

describeRendered("charts rendered by LibreOffice", () => {
  const samples: readonly SampleId[] = SAMPLE_IDS;
  const plans = new Map(samples.map((id) => [id, buildWorkbookPlan(sampleInput(id), { lang: "fi" })]));
  let ods: Map<string, Uint8Array>;
  let pdf: Map<string, Uint8Array>;

  beforeAll(async () => {
    if (!sofficeAvailable()) throw new Error("LibreOffice (soffice) is needed, or SKIP_ORACLE=1");
    const files = await Promise.all(
      samples.map(async (id) => ({ name: `${id}.xlsx`, bytes: await writeXlsx(plans.get(id)!) })),
    );
    ods = await convert(files, "ods", ".ods", {});
    pdf = await printToPdf(files);
  }, 240_000);

  test.each(samples)("%s: the .ods has each chart, of its kind, on the plan's ranges", async (id) => {
    const zip = await JSZip.loadAsync(ods.get(`${id}.xlsx`)!);
    const content = await zip.file("content.xml")!.async("string");
    const objects = [
      ...content.matchAll(/<draw:object draw:notify-on-update-of-ranges="([^"]*)" xlink:href="\.\/([^"]+)"/g),
    ];
    const odsRange = (sheet: string, r: RangeRef) => {
      const [from, to] = rangeA1(r).split(":");
      return `${sheet}.${from}:${sheet}.${to}`;
    };
    const want = plans
      .get(id)!
      .sheets.flatMap((s) => (s.charts ?? []).map((c) => ({ sheet: s, chart: c })))
      .map(({ sheet, chart }) => ({
        ranges: [chart.categories.range, ...chart.series.map((x) => x.values)]
          .map((r) => odsRange(sheet.name, r))
          .join(" "),
        kind: `chart:${chart.kind}`,
        title: chart.title,
      }));
    const got = await Promise.all(
      objects.map(async ([, ranges, object]) => {
        const chart = await zip.file(`${object}/content.xml`)!.async("string");
        return {
          ranges,
          kind: /<chart:chart [^>]*chart:class="([^"]+)"/.exec(chart)?.[1],
          title: /<chart:title[^>]*><text:p>([^<]*)<\/text:p>/.exec(chart)?.[1]?.replace(/&amp;/g, "&"),
        };
      }),
    );
    expect(got).toEqual(want);
  });

  test.each(samples)("%s: the PDF shows every chart, drawn in colour on its title's page", (id) => {
    const work = mkdtempSync(join(tmpdir(), "charts-pdf-"));
    try {
      const file = join(work, "out.pdf");
      writeFileSync(file, pdf.get(`${id}.xlsx`)!);
      const words = pageWords(file);
      expect(words.length).toBeGreaterThan(0);
      mkdirSync(OUT, { recursive: true });
      for (const sheet of plans.get(id)!.sheets) {
        for (const chart of sheet.charts ?? []) {
          // A long title may be cut at a page edge: its first two words find it.
          const [first, second] = chart.title.split(" ");
          const found = titleAt(words, first!, second!);
          expect({ chart: chart.title, found: found !== undefined }).toEqual({
            chart: chart.title,
            found: true,
          });
          const render = (page: number, name: string) => {
            spawnSync("pdftoppm", [
              "-f",
              `${page}`,
              "-l",
              `${page}`,
              "-r",
              `${DPI}`,
              "-png",
              "-singlefile",
              file,
              name,
            ]);
            return PNG.sync.read(readFileSync(`${name}.png`));
          };
          const png = join(OUT, `${id}-${sheet.key}`);
          // The band below the title holds the chart alone: everything else of the sheet is above it.
          // A chart that starts near a page's foot is printed on across the page break (LibreOffice
          // and Excel alike): then the top of the next page holds the rest of it.
          let band = colouredPixels(render(found!.page, png), found!.y, found!.y + 250);
          if (band <= 300 && found!.page < words.length)
            band += colouredPixels(render(found!.page + 1, `${png}-continued`), 0, 250);
          expect({ chart: chart.title, colouredPixels: band > 300 }).toEqual({
            chart: chart.title,
            colouredPixels: true,
          });
        }
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

const DPI = 60;

/** Each page's words with their bottom edge in points from the page's top (pdftotext -bbox). */
function pageWords(file: string): { y: number; word: string }[][] {
  const html = spawnSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" }).stdout;
  return html
    .split("<page ")
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g),
      ].map(([, y, word]) => ({ y: Number(y), word: (word as string).replace(/&amp;/g, "&") })),
    );
}

/** The first page (1-based) with the words `first second` in a row, and their bottom edge. */
function titleAt(pages: { y: number; word: string }[][], first: string, second: string) {
  for (const [i, words] of pages.entries()) {
    const at = words.findIndex((w, j) => w.word === first && words[j + 1]?.word === second);
    if (at >= 0) return { page: i + 1, y: (words[at] as { y: number }).y };
  }
  return undefined;
}

/**
 * Pixels of a strong colour (a series' line or bar), not grey text, grid lines or a pale fill,
 * between `top` and `bottom` points from the page's top.
 */
function colouredPixels(image: PNG, top: number, bottom: number): number {
  let count = 0;
  const from = Math.round((top * DPI) / 72) * image.width * 4;
  const to = Math.min(image.data.length, Math.round((bottom * DPI) / 72) * image.width * 4);
  for (let i = from; i < to; i += 4) {
    const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 90 && Math.min(r, g, b) < 160) count++;
  }
  return count;
}
