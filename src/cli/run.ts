import { dirname, resolve } from "node:path";
// The CLI speaks every language at once (the pane loads Swedish and English on demand).
import "../i18n/allLanguages";
import { locateInCsv, parseMunicipalitiesCsv } from "../domain/csv";
import { areaInputDefaults } from "../domain/areaMembers";
import { CLASSIFIED_AREAS, type Area } from "../domain/areas";
import { areaInputJsonSchema, type AreaInput, type MunicipalityDraft } from "../domain/model";
import { MAX_INPUT_BYTES, MAX_STATFIN_BYTES } from "../domain/bounds";
import { isStatFinExport, locateInStatFin, readStatFin, type StatFinFile } from "../domain/statfin";
import { parseAreaInput, parseJsonText, valueIssue, type InputIssue } from "../domain/parse";
import { SAMPLE_IDS, isSampleId } from "../domain/samples";
import { cliWords, describeCliProblem, describeFileReason, type CliProblem } from "../i18n/cli";
import { issueLine, listProblems } from "../i18n/input";
import { memberNamesFor, type Lang } from "../i18n/lang";
import { sampleTexts } from "../i18n/sampleTexts";
import { sampleDraft } from "../i18n/samples";
import { buildWorkbookPlan } from "../sheets/index";
import { SHEET_KEYS, type SheetKey } from "../sheets/plan";
import { writeXlsx } from "../xlsx/index";
import { areaFromCsv, resolveArea } from "./area";
import { parseArgs, type ParsedArgs } from "./args";
import {
  decodeText,
  exists,
  fileReason,
  isDirectory,
  OutputExists,
  readBytes,
  readStream,
  tooLarge,
  writeAtomically,
} from "./files";

/**
 * The `tyollisyysalue` command line (docs/cli.md). `main` takes the arguments and the world it
 * talks to and returns the exit code, so tests run it without spawning a process:
 * 0 done · 1 invalid input (nothing written) · 2 invalid command line · 3 workbook not written.
 */

export const EXIT = { ok: 0, invalidInput: 1, usage: 2, notWritten: 3 } as const;

export interface Rendered {
  readonly bytes: Uint8Array;
  /** The generated sheets' names, for the confirmation line. */
  readonly sheets: readonly string[];
}

/** Builds the workbook for a validated input; the CLI's one dependency on the sheets and the xlsx adapter. */
export type Renderer = (input: AreaInput, lang: Lang, sheets?: readonly SheetKey[]) => Promise<Rendered>;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  /** Relative paths are resolved against this directory. */
  readonly cwd: string;
  readonly render: Renderer;
  /** Today, for the default planning year of `--area` (the current year). */
  readonly now?: () => Date;
}

export const renderWorkbook: Renderer = async (input, lang, sheets) => {
  const plan = buildWorkbookPlan(input, sheets ? { lang, sheets } : { lang });
  return { bytes: await writeXlsx(plan), sheets: plan.sheets.map((sheet) => sheet.name) };
};

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readStream(process.stdin, MAX_INPUT_BYTES),
    // `npm run` starts scripts in the package's directory; INIT_CWD is where the user typed it.
    cwd: process.env.INIT_CWD || process.cwd(),
    render: renderWorkbook,
  };
}

/** Thrown inside a command to end it with an exit code; messages are already written. */
class Exit {
  constructor(readonly code: number) {}
}

export async function main(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usageError(io, parsed.lang, parsed.problem);
  const { args } = parsed;
  try {
    return await runCommand(args, io);
  } catch (error) {
    if (error instanceof Exit) return error.code;
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(line(args.lang, { code: "generationFailed", reason }));
    return EXIT.notWritten;
  }
}

const line = (lang: Lang, problem: CliProblem): string =>
  `${cliWords(lang).error}: ${describeCliProblem(lang, problem)}\n`;

function usageError(io: CliIo, lang: Lang, problem: CliProblem): number {
  io.stderr(`${line(lang, problem)}\n${cliWords(lang).usage}`);
  return EXIT.usage;
}

function noMorePositionals(args: ParsedArgs, allowed: number): CliProblem | undefined {
  const extra = args.positionals[allowed];
  return extra === undefined ? undefined : { code: "extraArgument", argument: extra };
}

async function runCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const { lang } = args;
  switch (args.command) {
    case "help":
      io.stdout(cliWords(lang).usage);
      return EXIT.ok;
    case "schema": {
      const extra = noMorePositionals(args, 0);
      if (extra) return usageError(io, lang, extra);
      io.stdout(`${JSON.stringify(areaInputJsonSchema(), null, 2)}\n`);
      return EXIT.ok;
    }
    case "sample": {
      const id = args.positionals[0];
      if (id === undefined) return usageError(io, lang, { code: "missingSample", ids: SAMPLE_IDS });
      if (!isSampleId(id)) return usageError(io, lang, { code: "unknownSample", id, ids: SAMPLE_IDS });
      const extra = noMorePositionals(args, 1);
      if (extra) return usageError(io, lang, extra);
      // In the language asked for: once printed, its texts are the user's and never translated.
      io.stdout(`${JSON.stringify(sampleDraft(id, lang, sampleTexts), null, 2)}\n`);
      return EXIT.ok;
    }
    case "areas": {
      const extra = noMorePositionals(args, 0);
      if (extra) return usageError(io, lang, extra);
      io.stdout(
        CLASSIFIED_AREAS.map((area) => `${area.code}\t${area[lang]}\t${area.members.length}\n`).join(""),
      );
      return EXIT.ok;
    }
    case "validate":
    case "generate":
      return inputCommand(args, io);
  }
}

function sheetsOption(value: string | true | undefined): { sheets?: SheetKey[]; problem?: CliProblem } {
  if (typeof value !== "string") return {};
  const sheets: SheetKey[] = [];
  for (const part of value.split(",").map((s) => s.trim())) {
    const key = SHEET_KEYS.find((k) => k.toLowerCase() === part.toLowerCase());
    if (!key) return { problem: { code: "badSheet", value: part, keys: SHEET_KEYS } };
    sheets.push(key);
  }
  return { sheets };
}

async function inputCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const { lang, command } = args;
  const words = cliWords(lang);
  const areaQuery = typeof args.options.area === "string" ? args.options.area : undefined;
  const csvPaths = args.lists.csv ?? [];
  const year = typeof args.options.year === "string" ? args.options.year : undefined;
  // With --area the members come from the classification: the JSON input is optional.
  const inputPath = args.positionals[0];
  if (inputPath === undefined && areaQuery === undefined)
    return usageError(io, lang, { code: "missingInput", command });
  const extra = noMorePositionals(args, 1);
  if (extra) return usageError(io, lang, extra);
  if (areaQuery !== undefined && csvPaths.length === 0) return usageError(io, lang, { code: "areaNeedsCsv" });
  const output = args.options.output;
  if ([inputPath, ...csvPaths].filter((path) => path === "-").length > 1) {
    return usageError(io, lang, { code: "stdinTwice" });
  }
  const { sheets, problem } = sheetsOption(args.options.sheets);
  if (problem) return usageError(io, lang, problem);
  if (command === "generate") {
    if (typeof output !== "string") return usageError(io, lang, { code: "missingOutput" });
    if (!/\.xlsx$/i.test(output)) return usageError(io, lang, { code: "outputNotXlsx", path: output });
  }

  const invalid = (file: string, issues: readonly InputIssue[]): number => {
    io.stderr(listProblems(lang, issues, (issue) => `${file}: ${issueLine(lang, issue)}`).join("\n") + "\n");
    io.stderr(`${words.invalid(file, issues.length)}\n`);
    return EXIT.invalidInput;
  };

  const area = areaQuery === undefined ? undefined : resolveArea(areaQuery, lang);
  if (area && "problem" in area) {
    io.stderr(line(lang, area.problem));
    return EXIT.invalidInput;
  }

  let candidate: unknown = {};
  if (inputPath !== undefined) {
    const json = parseJsonText(await readText(io, lang, inputPath, false));
    if (!json.ok) return invalid(inputPath, json.error);
    candidate = json.value;
  }
  const jsonFile = inputPath ?? csvPaths.join(", ");

  let figures: Figures | undefined;
  if (csvPaths.length > 0) {
    const read = await readFigures(io, lang, csvPaths, year, area?.area);
    if (typeof read === "number") return read;
    figures = read;
    if (typeof candidate === "object" && candidate !== null && !Array.isArray(candidate)) {
      if ("municipalities" in candidate) {
        return invalid(jsonFile, [valueIssue(["municipalities"], { kind: "csvBothSources" })]);
      }
      const { municipalities } = figures;
      const thisYear = (io.now ?? (() => new Date()))().getFullYear();
      const defaults = area ? areaInputDefaults(area.area[lang], thisYear, municipalities) : {};
      candidate = { ...defaults, ...candidate, municipalities };
    }
  }

  const input = parseAreaInput(candidate);
  if (!input.ok) {
    // Each problem names the file it is in; so does the summary (both, when both have some).
    const fromFigures = (issue: InputIssue): boolean =>
      figures !== undefined && issue.segments?.[0] === "municipalities";
    const lines = listProblems(lang, input.error, (issue) =>
      figures && fromFigures(issue) ? figures.describe(issue) : `${jsonFile}: ${issueLine(lang, issue)}`,
    );
    io.stderr(`${lines.join("\n")}\n`);
    const inFiles = [
      ...new Set(input.error.map((issue) => (figures && fromFigures(issue) ? figures.files : jsonFile))),
    ].join(", ");
    io.stderr(`${words.invalid(inFiles, input.error.length)}\n`);
    return EXIT.invalidInput;
  }

  if (command === "validate") {
    io.stdout(`${words.valid(jsonFile, input.value.municipalities.length)}\n`);
    return EXIT.ok;
  }
  return generate(io, lang, input.value, output as string, args.options.force === true, sheets);
}

/**
 * A file's (or standard input's) bytes, at most `limit`; a file that cannot be read ends the
 * command. Errors name the absolute path tried, so a user who ran the command elsewhere sees where
 * it looked.
 */
async function readInput(io: CliIo, lang: Lang, path: string, limit: number): Promise<Uint8Array> {
  const tried = path === "-" ? path : resolve(io.cwd, path);
  try {
    const bytes = path === "-" ? await io.readStdin() : await readBytes(tried, limit);
    if (bytes.length > limit) throw tooLarge(path);
    return bytes;
  } catch (error) {
    const { reason, message } = fileReason(error);
    io.stderr(
      line(lang, { code: "cannotRead", path: tried, reason: describeFileReason(lang, reason, message) }),
    );
    throw new Exit(EXIT.invalidInput);
  }
}

async function readText(io: CliIo, lang: Lang, path: string, legacy: boolean): Promise<string> {
  return decoded(io, lang, path, await readInput(io, lang, path, MAX_INPUT_BYTES), legacy);
}

function decoded(io: CliIo, lang: Lang, path: string, bytes: Uint8Array, legacy: boolean): string {
  const text = decodeText(bytes, legacy);
  if (text === undefined) {
    io.stderr(line(lang, { code: "notUtf8", path: path === "-" ? path : resolve(io.cwd, path) }));
    throw new Exit(EXIT.invalidInput);
  }
  return text;
}

/** Municipal figures from `--csv` files, and how to word an input problem about them. */
interface Figures {
  readonly municipalities: readonly MunicipalityDraft[];
  /** The files, for the summary line. */
  readonly files: string;
  /** "file, line 4, column 2024: …" for an input problem about `municipalities[i]`. */
  readonly describe: (issue: InputIssue) => string;
}

/**
 * Reads the `--csv` files: Statistics Finland's PxWeb exports (and several files, or a chosen
 * year) with the StatFin reader, the product's own wide CSV with the CSV import as before. Its
 * problems are written here; a number is the exit code.
 */
async function readFigures(
  io: CliIo,
  lang: Lang,
  paths: readonly string[],
  year: string | undefined,
  area: Area | undefined,
): Promise<Figures | number> {
  const words = cliWords(lang);
  const files: StatFinFile[] = [];
  for (const path of paths)
    files.push({ name: path, bytes: await readInput(io, lang, path, MAX_STATFIN_BYTES) });
  const warn = (texts: readonly string[]) =>
    io.stderr(texts.map((text) => `${words.warning}: ${text}\n`).join(""));
  const refuse = (texts: readonly string[], count: number): number => {
    io.stderr(`${texts.join("\n")}\n${words.invalid(paths.join(", "), count)}\n`);
    return EXIT.invalidInput;
  };
  const [only] = files;
  if (only && files.length === 1 && year === undefined && !isStatFinExport(only)) {
    const path = only.name;
    if (only.bytes.length > MAX_INPUT_BYTES) {
      const reason = describeFileReason(lang, "tooLarge", "");
      io.stderr(line(lang, { code: "cannotRead", path, reason }));
      return EXIT.invalidInput;
    }
    const imported = parseMunicipalitiesCsv(decoded(io, lang, path, only.bytes, true));
    if (!imported.ok) {
      return refuse(
        listProblems(lang, imported.error, (issue) => `${path}: ${issueLine(lang, issue)}`),
        imported.error.length,
      );
    }
    let csv = imported.value;
    warn(csv.warnings.map((w) => `${path}: ${issueLine(lang, w)}`));
    if (area) {
      const members = areaFromCsv(area, csv, path, lang);
      if (!members.ok) {
        io.stderr(members.problems.map((p) => line(lang, p)).join(""));
        io.stderr(`${words.invalid(path, members.problems.length)}\n`);
        return EXIT.invalidInput;
      }
      if (members.ignored > 0) io.stderr(`${words.note}: ${words.ignored(path, members.ignored)}\n`);
      csv = members.located;
    }
    const located = csv;
    return {
      municipalities: located.municipalities,
      files: path,
      describe: (issue) => `${path}: ${issueLine(lang, locateInCsv(issue, located))}`,
    };
  }
  const read = readStatFin(files, {
    ...(year === undefined ? {} : { year }),
    // The members' names follow the workbook's language, as with the product's own CSV.
    ...(area ? { members: area.members, names: memberNamesFor(lang) } : {}),
  });
  if (!read.ok)
    return refuse(
      listProblems(lang, read.error, (issue) => issueLine(lang, issue)),
      read.error.length,
    );
  const reading = read.value;
  warn(reading.warnings.map((w) => issueLine(lang, w)));
  if (reading.blocking.length > 0) {
    return refuse(
      listProblems(lang, reading.blocking, (issue) => issueLine(lang, issue)),
      reading.blocking.length,
    );
  }
  const all = paths.join(", ");
  return {
    municipalities: reading.municipalities,
    files: all,
    describe: (issue) => {
      const located = locateInStatFin(issue, reading);
      return located.file === undefined ? `${all}: ${issueLine(lang, located)}` : issueLine(lang, located);
    },
  };
}

async function generate(
  io: CliIo,
  lang: Lang,
  input: AreaInput,
  output: string,
  force: boolean,
  sheets: readonly SheetKey[] | undefined,
): Promise<number> {
  const target = resolve(io.cwd, output);
  const notWritten = (problem: CliProblem): number => {
    io.stderr(line(lang, problem));
    return EXIT.notWritten;
  };
  if (!(await isDirectory(dirname(target))))
    return notWritten({ code: "outputDirMissing", path: dirname(target) });
  if (await isDirectory(target)) {
    return notWritten({
      code: "cannotWrite",
      path: target,
      reason: describeFileReason(lang, "isDirectory", ""),
    });
  }
  if (!force && (await exists(target))) return notWritten({ code: "outputExists", path: target });

  let rendered: Rendered;
  try {
    rendered = await io.render(input, lang, sheets);
  } catch (error) {
    return notWritten({
      code: "generationFailed",
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  try {
    await writeAtomically(target, rendered.bytes, force);
  } catch (error) {
    if (error instanceof OutputExists) return notWritten({ code: "outputExists", path: target });
    const { reason, message } = fileReason(error);
    return notWritten({
      code: "cannotWrite",
      path: target,
      reason: describeFileReason(lang, reason, message),
    });
  }
  io.stdout(`${cliWords(lang).written(output, rendered.sheets)}\n`);
  return EXIT.ok;
}
