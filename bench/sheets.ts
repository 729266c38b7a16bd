import ExcelJS from "exceljs";
import { areaInputSchema, type AreaInput } from "../src/domain/model";
import { buildWorkbookPlan } from "../src/sheets";
import { isFormula, type WorkbookPlan } from "../src/sheets/plan";
import { writeXlsx } from "../src/xlsx";
import { median } from "./stats";

/*
 * Benchmark of generation for a large area: 308 synthetic member municipalities (every municipality
 * of mainland Finland at once) with every sheet — plan plus .xlsx bytes — against ExcelJS writing
 * the same number of plain cells (the plan's values, formulas replaced by numbers; no styles,
 * tables, names or validations) in the same run. Goals: ratio ≤ 1,5×, absolute ≤ 1 s (the absolute
 * time is printed for the report only; it depends on the machine). Peak memory from maxRSS.
 */

const MUNICIPALITIES = 308;
const WARMUP_ROUNDS = 3;
const SAMPLES = 25;

/** A deterministic large input: every field and section filled, so every sheet is at full size. */
export function syntheticArea(n: number): AreaInput {
  const names = Array.from({ length: n }, (_, i) => `Kunta ${String(i + 1).padStart(3, "0")}`);
  // A cheap deterministic spread of figures (no randomness: runs compare like with like).
  const spread = (i: number, base: number, step: number) => base + ((i * 7919) % 97) * step;
  return areaInputSchema.parse({
    area: "Synteettinen työllisyysalue",
    year: 2025,
    municipalities: names.map((name, i) => ({
      name,
      population: spread(i, 1_000, 613),
      workingAge: spread(i, 600, 371),
      unemployed: spread(i, 40, 29.5),
      broadUnemployed: spread(i, 70, 41.5),
      labourForce: spread(i, 500, 311),
      foreignLanguage: spread(i, 10, 17),
      stateShare: spread(i, 50_000, 12_345.67),
    })),
    threshold: 20_000,
    labourForceChange: -0.012,
    projectionYears: 25,
    statedLabourForce: 1_000_000,
    costSplit: {
      total: 250_000_000,
      weights: { workingAge: 0.45, unemployed: 0.45, foreignLanguage: 0.1 },
      planningYears: [
        { year: 2025, total: 250_000_000 },
        { year: 2026, total: 255_000_000 },
        { year: 2027, total: 260_000_000 },
      ],
    },
    budget: {
      lines: [
        { name: "Henkilöstö", share: 0.5 },
        { name: "Tuet ja avustukset", share: 0.25 },
        { name: "Koulutukset", share: 0.2 },
        { name: "Muut", share: 0.05 },
      ],
      planningYears: [
        { year: 2025, total: 250_000_000 },
        { year: 2026, total: 255_000_000 },
      ],
      unemploymentBenefit: 40_000_000,
      broadUnemploymentGrowth: 0.12,
    },
    staffing: {
      rows: Array.from({ length: 10 }, (_, r) => ({
        title: `Nimike ${r + 1}`,
        htv: Object.fromEntries(names.map((name, i) => [name, ((i + r) % 5) / 2])),
        monthlySalary: 3_200 + r * 150,
        clientService: r < 3,
      })),
    },
    caseload: {
      groups: [
        { name: "Aikuiset", clients: 60_000, caseload: 130 },
        { name: "Nuoret", clients: 15_000, caseload: 120, portfolioShare: 0.8 },
        { name: "Maahanmuuttajat", clients: 9_000, caseload: 120 },
      ],
    },
    services: {
      rows: Array.from({ length: 12 }, (_, r) => ({
        service: `Palvelu ${r + 1}`,
        taskArea: (["I", "II", "III", "IV", "V", "VI"] as const)[r % 6],
        htv: r + 0.5,
        modes: { own: { extent: "mainly" }, purchased: { extent: "partly", note: "Kumppani" } },
      })),
    },
  });
}

/** The plan's cells as plain values at the same positions: the baseline's workload. */
function plainCells(
  plan: WorkbookPlan,
): { sheet: string; cells: [number, number, string | number | boolean][] }[] {
  return plan.sheets.map((sheet) => ({
    sheet: sheet.name,
    cells: sheet.blocks.flatMap((block) =>
      block.cells.flatMap((row, i) =>
        row.flatMap((cell, j): [number, number, string | number | boolean][] =>
          cell === null ? [] : [[block.row + i + 1, block.col + j + 1, isFormula(cell) ? i + j : cell]],
        ),
      ),
    ),
  }));
}

async function writePlainCells(sheets: ReturnType<typeof plainCells>): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  for (const { sheet, cells } of sheets) {
    const worksheet = workbook.addWorksheet(sheet);
    for (const [row, col, value] of cells) worksheet.getRow(row).getCell(col).value = value;
  }
  return (await workbook.xlsx.writeBuffer()).byteLength;
}

export async function run(): Promise<void> {
  const input = syntheticArea(MUNICIPALITIES);
  const plan = buildWorkbookPlan(input, { lang: "fi" });
  const baselineCells = plainCells(plan);
  const cellCount = baselineCells.reduce((sum, { cells }) => sum + cells.length, 0);

  const generate = async () => {
    const t0 = performance.now();
    const built = buildWorkbookPlan(input, { lang: "fi" });
    const t1 = performance.now();
    const bytes = await writeXlsx(built);
    return { plan: t1 - t0, total: performance.now() - t0, size: bytes.byteLength };
  };
  const baseline = async () => {
    const t0 = performance.now();
    const size = await writePlainCells(baselineCells);
    return { total: performance.now() - t0, size };
  };

  for (let i = 0; i < WARMUP_ROUNDS; i++) {
    await generate();
    await baseline();
  }
  const ours: Awaited<ReturnType<typeof generate>>[] = [];
  const plain: Awaited<ReturnType<typeof baseline>>[] = [];
  let heapPeak = 0;
  // Interleaved, so that a slow moment of the machine hits both sides alike.
  for (let i = 0; i < SAMPLES; i++) {
    ours.push(await generate());
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    plain.push(await baseline());
  }

  const oursMs = median(ours.map((r) => r.total));
  const planMs = median(ours.map((r) => r.plan));
  const plainMs = median(plain.map((r) => r.total));
  // Each pair ran back to back, so the ratio within a pair cancels most of the machine's load;
  // the fastest runs show the cost without interference.
  const ratio = median(ours.map((r, i) => r.total / (plain[i] as { total: number }).total));
  const bestRatio = Math.min(...ours.map((r) => r.total)) / Math.min(...plain.map((r) => r.total));
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  console.log(
    `Sheets for ${MUNICIPALITIES} municipalities (${plan.sheets.length} sheets, ${cellCount} cells), ` +
      `median of ${SAMPLES} after ${WARMUP_ROUNDS} warm-up rounds:`,
  );
  console.log(
    `  plan + .xlsx: ${ratio.toFixed(2)}× ExcelJS writing the same cells plain (median of pairs; ` +
      `fastest against fastest ${bestRatio.toFixed(2)}×)${ratio <= 1.5 ? "" : "  (over the 1.5× goal)"}`,
  );
  console.log(
    `  absolute on this machine: ${oursMs.toFixed(0)} ms (plan ${planMs.toFixed(0)} ms), plain ${plainMs.toFixed(0)} ms` +
      `${oursMs <= 1000 ? "" : "  (over the 1 s goal)"}`,
  );
  console.log(
    `  file ${((ours[0]?.size ?? 0) / 1024).toFixed(0)} KB ` +
      `(plain ${((plain[0]?.size ?? 0) / 1024).toFixed(0)} KB); peak heap ${mb(heapPeak)} MB, ` +
      `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
  );
}
