import { spawn, spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import ExcelJS from "exceljs";

/**
 * LibreOffice as a recalculation oracle: it opens our .xlsx files, recalculates every formula with
 * its own engine and saves them as .xlsx with the results cached, which ExcelJS then reads. See
 * docs/oracle.md.
 */

export interface XlsxFile {
  /** File name, unique within one call, e.g. "kerava-sipoo.fi.xlsx". */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface RecalculateOptions {
  /** Kill soffice after this long; conversions of ~70 small files take 10–30 s on 2 cores. */
  readonly timeoutMs?: number;
  /** Keep the working directory (in, out, profile) for inspection instead of deleting it. */
  readonly keep?: boolean;
}

export const SOFFICE = process.env.SOFFICE ?? "soffice";

/** Is LibreOffice installed? (CI installs libreoffice-calc-nogui via apt in .ci/run.) */
export function sofficeAvailable(): boolean {
  return spawnSync(SOFFICE, ["--version"], { stdio: "ignore", timeout: 60_000 }).status === 0;
}

/**
 * A fresh user profile whose only setting makes Calc recalculate OOXML files on load. The default
 * (1, "never recalculate") would keep cached results — and ExcelJS writes none, so cells would read
 * as empty or 0. 0 is "always recalculate" (org.openoffice.Office.Calc/Formula/Load).
 */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.xlsx$/;

/**
 * Recalculates the files with LibreOffice in ONE soffice run (starting soffice costs seconds; each
 * extra file costs a fraction of a second) and returns the recalculated bytes by file name.
 * Throws when soffice fails, times out, or leaves any output missing or empty — `--convert-to`
 * exits 0 even when a conversion failed.
 */
export function recalculate(
  files: readonly XlsxFile[],
  options: RecalculateOptions = {},
): Promise<Map<string, Uint8Array>> {
  return convert(files, "xlsx:Calc MS Excel 2007 XML", ".xlsx", options);
}

/**
 * Prints the files to PDF as LibreOffice does (each sheet's page setup, print area, titles and
 * header/footer), after recalculating them; returns the PDF bytes by the .xlsx file name.
 */
export function printToPdf(
  files: readonly XlsxFile[],
  options: RecalculateOptions = {},
): Promise<Map<string, Uint8Array>> {
  return convert(files, "pdf:calc_pdf_Export", ".pdf", options);
}

/** Converts the files with LibreOffice (`filter`: soffice's --convert-to argument) in one run. */
export async function convert(
  files: readonly XlsxFile[],
  filter: string,
  extension: string,
  options: RecalculateOptions,
): Promise<Map<string, Uint8Array>> {
  const names = new Set<string>();
  for (const { name } of files) {
    if (!SAFE_NAME.test(name)) throw new Error(`oracle file name '${name}' must be plain and end in .xlsx`);
    if (names.has(name)) throw new Error(`oracle file name '${name}' is repeated`);
    names.add(name);
  }
  const work = mkdtempSync(join(tmpdir(), "lo-oracle-"));
  const input = join(work, "in");
  const output = join(work, "out");
  const profile = join(work, "profile");
  try {
    mkdirSync(input);
    mkdirSync(output);
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), REGISTRY);
    for (const { name, bytes } of files) writeFileSync(join(input, name), bytes);

    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--invisible",
      "--norestore",
      "--nologo",
      "--nodefault",
      "--nolockcheck",
      "--convert-to",
      filter,
      "--outdir",
      output,
      ...files.map(({ name }) => join(input, name)),
    ];
    const log = await run(SOFFICE, args, options.timeoutMs ?? 180_000, work);

    const result = new Map<string, Uint8Array>();
    const missing: string[] = [];
    for (const { name } of files) {
      const path = join(output, name.replace(/\.xlsx$/, extension));
      if (existsSync(path) && statSync(path).size > 0) result.set(name, new Uint8Array(readFileSync(path)));
      else missing.push(name);
    }
    if (missing.length > 0) {
      throw new Error(`LibreOffice did not convert ${missing.join(", ")}.\n${log}`);
    }
    return result;
  } finally {
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  }
}

/** Runs a command in its own process group so that a timeout kills soffice.bin and all its children. */
function run(command: string, args: readonly string[], timeoutMs: number, home: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      // C.UTF-8: the same number parsing and function names whatever the machine's locale is.
      env: { ...process.env, LC_ALL: "C.UTF-8", LANG: "C.UTF-8", HOME: home },
    });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      reject(new Error(`LibreOffice took longer than ${timeoutMs} ms and was stopped.\n${log}`));
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${command}: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(log);
      else reject(new Error(`${command} exited with ${code ?? signal}.\n${log}`));
    });
  });
}

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS types its input as an ArrayBuffer but loads with JSZip, which takes a Node Buffer too.
  await workbook.xlsx.load(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
  );
  return workbook;
}

/** What a cell holds after recalculation: the cached result of a formula, or the plain value. */
export type Recalculated = number | string | boolean | { error: string } | null;

export function isFormulaCell(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Formula;
}

export function resultOf(cell: ExcelJS.Cell): Recalculated {
  if (isFormulaCell(cell)) {
    // `cell.result`, not `cell.value.result`: ExcelJS's value getter drops falsy results, so a
    // formula that yields 0 or FALSE would read as having no result at all.
    const result = cell.result as unknown;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && "error" in result) return { error: String(result.error) };
    return result as number | string | boolean;
  }
  const value = cell.value as unknown;
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value as number | string | boolean;
  if ("error" in value) return { error: String((value as { error: unknown }).error) };
  if ("richText" in value)
    return (value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join("");
  throw new Error(`unexpected value in ${cell.address}: ${JSON.stringify(value)}`);
}

/** Error results by spelling: Excel's codes and LibreOffice's own "Err:5xx" should it write one. */
const ERROR_TEXT = /^(#NULL!|#DIV\/0!|#VALUE!|#REF!|#NAME\?|#NUM!|#N\/A|#GETTING_DATA|Err:\d+)$/;

export const isErrorResult = (result: Recalculated): boolean =>
  result !== null && (typeof result === "object" || (typeof result === "string" && ERROR_TEXT.test(result)));

export interface FormulaError {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  readonly result: Recalculated;
}

/** Every formula cell of the workbook whose recalculated result is an error. */
export function formulaErrors(workbook: ExcelJS.Workbook): FormulaError[] {
  const errors: FormulaError[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (!isFormulaCell(cell)) return;
        const result = resultOf(cell);
        if (isErrorResult(result)) {
          errors.push({ sheet: sheet.name, address: cell.address, formula: cell.formula, result });
        }
      }),
    ),
  );
  return errors;
}

const REFERENCE = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;

const columnNumber = (letters: string): number =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** A defined name's cells (row-major) as recalculated; throws if the name is missing or not one range. */
export function namedValues(workbook: ExcelJS.Workbook, name: string): Recalculated[][] {
  const entry = workbook.definedNames.model.find((defined) => defined.name === name);
  if (!entry) throw new Error(`the workbook has no defined name ${name}`);
  if (entry.ranges.length !== 1)
    throw new Error(`${name} refers to ${entry.ranges.join(",")}, not one range`);
  const match = REFERENCE.exec(entry.ranges[0] as string);
  if (!match) throw new Error(`${name} refers to ${entry.ranges[0]}, not an A1 range`);
  const [, quoted, plain, c1, r1, c2, r2] = match;
  const sheetName = quoted !== undefined ? quoted.replace(/''/g, "'") : (plain as string);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`${name} refers to a missing sheet '${sheetName}'`);
  const top = Number(r1);
  const left = columnNumber(c1 as string);
  const bottom = r2 === undefined ? top : Number(r2);
  const right = c2 === undefined ? left : columnNumber(c2);
  const values: Recalculated[][] = [];
  for (let row = top; row <= bottom; row++) {
    const line: Recalculated[] = [];
    for (let col = left; col <= right; col++) line.push(resultOf(sheet.getRow(row).getCell(col)));
    values.push(line);
  }
  return values;
}
