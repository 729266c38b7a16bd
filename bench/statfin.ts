import { fork } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { AREAS, findArea } from "../src/domain/areas";
import { readStatFin } from "../src/domain/statfin";
import { median } from "./stats";

/*
 * Benchmark of the Statistics Finland (PxWeb) reader, src/domain/statfin/:
 * 1. a PxWeb export of all 308 municipalities × 10 variables × 20 years (long layout, Windows-1252,
 *    CRLF, quoted labels), read without a member list (every municipality a member), against a
 *    plain decode-and-split of the same bytes into lines and cells in the same run: a ratio;
 * 2. a 20 MB export (every municipality × single years of age × sex × years, as vaerak 11re gives
 *    it) read for one area: CPU time against the same plain split, and the peak memory (max RSS) of
 *    a process doing only that, against a process doing only the split — both ratios, and the
 *    reader's extra peak memory against the file's size.
 */

const SAMPLES = 7;
const MB = 1024 * 1024;

const cpuMicros = (): number => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

const MUNICIPALITIES = AREAS.flatMap((area) => area.members);

function encode1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

const VARIABLES = [
  "Väkiluku",
  "Työvoima",
  "Työttömät (työnhakijat)",
  "18-64-vuotiaat",
  "Keski-ikä",
  "Taajama-aste, %",
  "Ruotsinkielisten osuus väestöstä, %",
  "Ulkomaan kansalaisten osuus väestöstä, %",
  "Väestönmuutos",
  "Kuolleet",
];

/** 308 municipalities (+ the whole country) × 10 variables × 20 years. */
function nationalExport(): Uint8Array {
  const years = Array.from({ length: 20 }, (_, i) => String(2005 + i));
  const lines = [
    '"11ra -- Tunnuslukuja väestöstä alueittain, 1990-2024"',
    "",
    `"Alue","Tiedot",${years.map((y) => `"${y}"`).join(",")}`,
  ];
  for (const label of ["KOKO MAA", ...MUNICIPALITIES.map((m) => `KU${m.code} ${m.fi}`)]) {
    VARIABLES.forEach((variable, v) => {
      lines.push(`"${label}","${variable}",${years.map((_, y) => 1000 + v * 37 + y).join(",")}`);
    });
  }
  return encode1252(`${lines.join("\r\n")}\r\n`);
}

/** At least `target` bytes of 11re: every municipality × ages 0–100 × sex × as many years as it takes. */
function bigExport(target: number): Uint8Array {
  const ages = [...Array.from({ length: 100 }, (_, i) => String(i)), "100 -", "SSS Yhteensä"];
  const sexes = ["SSS Yhteensä", "1 Miehet", "2 Naiset"];
  const prefixes: string[] = [];
  for (const label of ["KOKO MAA", ...MUNICIPALITIES.map((m) => `KU${m.code} ${m.fi}`)]) {
    for (const age of ages) for (const sex of sexes) prefixes.push(`"${label}","${age}","${sex}"`);
  }
  const fixed = prefixes.reduce((sum, p) => sum + p.length + 2, 0);
  // Each year adds ",1xx" (4 bytes) to every row.
  const years = Math.max(1, Math.ceil((target - fixed) / (prefixes.length * 4)));
  const yearHeaders = Array.from({ length: years }, (_, i) => String(2024 - years + 1 + i));
  const values = yearHeaders.map((_, y) => 100 + (y % 900)).join(",");
  const head = [
    '"11re -- Väestö iän (1-v.) ja sukupuolen mukaan alueittain, 1972-2024"',
    "",
    `"Alue","Ikä","Sukupuoli",${yearHeaders.map((y) => `"${y}"`).join(",")}`,
  ];
  return encode1252(`${[...head, ...prefixes.map((p) => `${p},${values}`)].join("\r\n")}\r\n`);
}

/** The baseline: decode, split into lines and cells; nothing checked, nothing kept. */
function plainSplit(bytes: Uint8Array): number {
  const text = new TextDecoder("windows-1252").decode(bytes);
  let cells = 0;
  for (const line of text.split("\r\n")) cells += line.split(",").length;
  return cells;
}

function timeBoth(bytes: Uint8Array, read: () => unknown): { reader: number; split: number } {
  const reader: number[] = [];
  const split: number[] = [];
  read();
  plainSplit(bytes);
  for (let s = 0; s < SAMPLES; s++) {
    let t = cpuMicros();
    read();
    reader.push(cpuMicros() - t);
    t = cpuMicros();
    plainSplit(bytes);
    split.push(cpuMicros() - t);
  }
  return { reader: median(reader), split: median(split) };
}

/** Max RSS (bytes) of a child process that reads the file and does one thing with it. */
function peakOf(mode: "none" | "reader" | "split", file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ["--child", mode, file], { execArgv: process.execArgv });
    child.on("message", (message) => resolve(Number(message)));
    child.on("error", reject);
    child.on("exit", (code) => code !== 0 && reject(new Error(`child ${mode} exited ${code}`)));
  });
}

function child(mode: string, file: string): void {
  const bytes = new Uint8Array(readFileSync(file));
  if (mode === "reader") {
    const result = readStatFin([{ name: "11re.csv", bytes }], { members: findArea("Kymppi")?.members ?? [] });
    if (!result.ok) throw new Error("the big export was refused");
  } else if (mode === "split") plainSplit(bytes);
  (process.send as (m: unknown) => void)(process.resourceUsage().maxRSS * 1024);
}

export async function run(): Promise<void> {
  const national = nationalExport();
  const nationalTimes = timeBoth(national, () => {
    const result = readStatFin([{ name: "11ra.csv", bytes: national }]);
    if (!result.ok || result.value.municipalities.length !== MUNICIPALITIES.length)
      throw new Error("national export misread");
    return result;
  });
  console.log("StatFin reader (src/domain/statfin), against a plain decode + split of the same bytes:");
  console.log(
    `  308 municipalities × 10 variables × 20 years (${(national.length / MB).toFixed(1)} MB): ` +
      `${(nationalTimes.reader / nationalTimes.split).toFixed(1)}× the split`,
  );

  const target = 20 * MB;
  const big = bigExport(target);
  const members = findArea("Kymppi")?.members ?? [];
  const bigTimes = timeBoth(big, () => readStatFin([{ name: "11re.csv", bytes: big }], { members }));
  const dir = mkdtempSync(join(tmpdir(), "statfin-bench-"));
  const file = join(dir, "11re.csv");
  writeFileSync(file, big);
  let alone: number, readerPeak: number, splitPeak: number;
  try {
    // Each a growth over a process that only reads the file.
    alone = await peakOf("none", file);
    readerPeak = (await peakOf("reader", file)) - alone;
    splitPeak = (await peakOf("split", file)) - alone;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `  ${(big.length / MB).toFixed(1)} MB 11re export, one area's members: ` +
      `${(bigTimes.reader / bigTimes.split).toFixed(1)}× the split's CPU time; ` +
      `peak memory growth ${(readerPeak / splitPeak).toFixed(2)}× the split's, ` +
      `${(readerPeak / big.length).toFixed(1)}× the file's size (over a process that only reads the file)`,
  );
}

if (process.argv[2] === "--child") {
  child(process.argv[3] as string, process.argv[4] as string);
} else if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
