import type { CliProblem } from "../i18n/cli";
import { isLang, type Lang } from "../i18n/lang";

/**
 * The command line's grammar: `<command> [arguments] [options]`, options anywhere, `--` ending
 * them. Written out instead of node:util's parseArgs, whose lenient mode takes `-o --lang` as the
 * output file "--lang": here a value never starts with "-" (except "-" itself, standard input).
 */

export const COMMANDS = ["generate", "validate", "areas", "sample", "schema", "help"] as const;
export type Command = (typeof COMMANDS)[number];

interface OptionSpec {
  readonly name: string;
  readonly short?: string;
  readonly takesValue: boolean;
  readonly commands: readonly Command[];
  /** May be given more than once (`--csv a.csv --csv b.csv`); every value is kept in `lists`. */
  readonly repeatable?: true;
}

const ALL: readonly Command[] = COMMANDS;

const OPTIONS: readonly OptionSpec[] = [
  { name: "output", short: "o", takesValue: true, commands: ["generate"] },
  { name: "lang", takesValue: true, commands: ALL },
  { name: "csv", takesValue: true, commands: ["generate", "validate"], repeatable: true },
  { name: "year", takesValue: true, commands: ["generate", "validate"] },
  { name: "area", takesValue: true, commands: ["generate", "validate"] },
  { name: "sheets", takesValue: true, commands: ["generate"] },
  { name: "force", takesValue: false, commands: ["generate"] },
  { name: "help", short: "h", takesValue: false, commands: ALL },
];

export interface ParsedArgs {
  readonly command: Command;
  readonly positionals: readonly string[];
  /** Each option's value (the first, for a repeatable one). */
  readonly options: Readonly<Record<string, string | true>>;
  /** Every value of a repeatable option, in order. */
  readonly lists: Readonly<Record<string, readonly string[]>>;
  readonly lang: Lang;
}

export type ArgsResult =
  | { readonly ok: true; readonly args: ParsedArgs }
  | { readonly ok: false; readonly problem: CliProblem; readonly lang: Lang };

const isCommand = (value: string): value is Command => (COMMANDS as readonly string[]).includes(value);

/** The language asked for, looked up first so that even a usage error speaks it. */
function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") break;
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (isLang(value)) return value;
  }
  return "fi";
}

export function parseArgs(argv: readonly string[]): ArgsResult {
  const lang = langOf(argv);
  const failWith = (problem: CliProblem): ArgsResult => ({ ok: false, problem, lang });
  const options: Record<string, string | true> = {};
  const lists: Record<string, string[]> = {};
  const positionals: string[] = [];
  const given: { spec: OptionSpec; raw: string }[] = [];
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositionals || arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPositionals = true;
      continue;
    }
    const long = arg.startsWith("--");
    const eq = long ? arg.indexOf("=") : -1;
    const raw = eq >= 0 ? arg.slice(0, eq) : arg;
    const spec = long
      ? OPTIONS.find((o) => `--${o.name}` === raw)
      : OPTIONS.find((o) => o.short !== undefined && `-${o.short}` === raw);
    if (!spec) return failWith({ code: "unknownOption", option: raw });
    if (spec.name in options && !spec.repeatable) return failWith({ code: "repeatedOption", option: raw });
    if (!spec.takesValue) {
      if (eq >= 0) return failWith({ code: "flagWithValue", option: raw });
      options[spec.name] = true;
    } else {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "" || (value.startsWith("-") && value !== "-")) {
        return failWith({ code: "missingValue", option: raw });
      }
      options[spec.name] ??= value;
      (lists[spec.name] ??= []).push(value);
    }
    given.push({ spec, raw });
  }

  if (options.lang !== undefined && !isLang(options.lang)) {
    return failWith({ code: "badLang", value: String(options.lang) });
  }
  // A year (2024) or a month (2024M06), as Statistics Finland's tables name their periods.
  if (typeof options.year === "string" && !/^\d{4}(M(0[1-9]|1[0-2]))?$/.test(options.year)) {
    return failWith({ code: "badYear", value: options.year });
  }
  const first = positionals.shift();
  if (first === undefined) {
    return options.help
      ? { ok: true, args: { command: "help", positionals, options, lists, lang } }
      : failWith({ code: "missingCommand" });
  }
  if (!isCommand(first)) return failWith({ code: "unknownCommand", command: first });
  const command: Command = options.help ? "help" : first;
  for (const { spec, raw } of given) {
    if (!spec.commands.includes(first))
      return failWith({ code: "optionNotForCommand", option: raw, command: first });
  }
  return { ok: true, args: { command, positionals, options, lists, lang } };
}
