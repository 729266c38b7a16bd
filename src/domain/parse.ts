import "./zodConfig";
import { distance } from "fastest-levenshtein";
import { z } from "zod";
import { clip, type ColumnField } from "./members";
import { MAX_INPUT_BYTES, MAX_REPORTED_PROBLEMS } from "./bounds";
import {
  areaInputSchema,
  CUSTOM_ISSUES,
  municipalitySchema,
  type AreaInput,
  type CustomIssue,
} from "./model";
import { fail, ok, type Problem, type Result } from "./result";

/**
 * Turning a user's JSON (or the object the pane builds) into a validated `AreaInput`, with every
 * problem as data: where it is (a JSON path, or a line and column of a text) and what it is (a
 * code and the values a message needs). The domain knows no language: `src/i18n/input.ts` words
 * an issue for the CLI, the pane and the custom functions. Nothing throws: syntax errors, wrong
 * types, unknown fields and broken cross-field rules all come back as issues.
 */

/** Where a problem is and what it is, as data. */
export interface InputIssue {
  /** What: the kind of problem (`problem.kind`) and the values that describe it. */
  readonly problem: InputProblem;
  /** The file the problem is in, when the input came from several files. */
  readonly file?: string;
  /** The JSON path as keys and indices, when the problem is about a value ([] for the whole input). */
  readonly segments?: readonly (string | number)[];
  /** 1-based line in the text, for syntax errors and CSV rows; when set, it is where the user looks. */
  readonly line?: number;
  /** 1-based column (a character position in JSON text, a cell position in a CSV row). */
  readonly column?: number;
  /** The CSV column's header, which names a column better than its number. */
  readonly columnName?: string;
}

/** What a JSON value was, for "found …" in messages. */
export type Found =
  | { readonly type: "missing" }
  | { readonly type: "null" }
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "number"; readonly value: number }
  | { readonly type: "boolean"; readonly value: boolean }
  | { readonly type: "array"; readonly length: number }
  | { readonly type: "object" };

export type Expected = "number" | "int" | "string" | "boolean" | "array" | "object" | "value";

/** The JSON-syntax expectations the scanner can report. */
export type SyntaxExpected =
  | "value"
  | "key"
  | "colon"
  | "commaOrObjectEnd"
  | "commaOrArrayEnd"
  | "end"
  | "stringEnd"
  | "escape"
  | "hex"
  | "digit";

/** A hint added to a syntax error for the mistakes people make when writing JSON by hand. */
export type SyntaxHint = "spaceInNumber" | "decimalComma" | "trailingComma" | "singleQuote" | "comment";

/** Every problem an input can have, as data; `src/i18n/input.ts` words each kind in fi/sv/en. */
export type InputProblem =
  | { readonly kind: "number"; readonly problem: Problem; readonly suggestion?: number }
  | { readonly kind: "type"; readonly expected: Expected; readonly found: Found }
  | { readonly kind: "count"; readonly found: number; readonly limit: number; readonly atLeast: boolean }
  | { readonly kind: "length"; readonly found: number; readonly limit: number; readonly atLeast: boolean }
  | { readonly kind: "notOneOf"; readonly values: readonly string[]; readonly found: Found }
  | { readonly kind: "unknownField"; readonly key: string; readonly suggestion?: string }
  | { readonly kind: "reservedKey"; readonly key: string }
  | { readonly kind: "custom"; readonly key: CustomIssue; readonly params: Record<string, unknown> }
  | { readonly kind: "invalid" }
  | { readonly kind: "emptyText" }
  | {
      readonly kind: "syntax";
      readonly expected: SyntaxExpected;
      readonly found: string | null;
      readonly hint?: SyntaxHint;
    }
  | { readonly kind: "duplicateKey"; readonly key: string }
  /** Past the listed ones (`MAX_REPORTED_PROBLEMS` in all), how many more keys are given twice. */
  | { readonly kind: "moreDuplicateKeys"; readonly count: number }
  | { readonly kind: "tooDeep"; readonly limit: number }
  | { readonly kind: "inputTooLarge"; readonly limit: number }
  | { readonly kind: "keyTooLong"; readonly key: string; readonly found: number; readonly limit: number }
  | { readonly kind: "csvNoHeader" }
  | { readonly kind: "csvNoRows" }
  /** At the line where the rows passed the limit: the reader stops there. */
  | { readonly kind: "csvTooManyRows"; readonly limit: number }
  | { readonly kind: "csvMissingColumn"; readonly field: ColumnField }
  | { readonly kind: "csvRepeatedColumn"; readonly field: ColumnField; readonly first: string }
  | { readonly kind: "csvUnknownColumn"; readonly header: string }
  | { readonly kind: "csvExtraCells"; readonly found: number; readonly expected: number }
  | { readonly kind: "csvUnterminatedQuote" }
  | { readonly kind: "csvEmptyName" }
  | { readonly kind: "csvEmptyCell"; readonly field: ColumnField }
  | { readonly kind: "csvNotAvailable"; readonly text: string; readonly field: ColumnField }
  | { readonly kind: "csvDash" }
  | { readonly kind: "csvAmbiguousNumber"; readonly text: string; readonly decimal: "," | "." }
  | { readonly kind: "csvTotalRow"; readonly name: string }
  | { readonly kind: "csvNote"; readonly text: string }
  | { readonly kind: "csvBothSources" }
  // Statistics Finland's PxWeb files (src/domain/statfin/).
  /** The file holds nothing but blank lines (or nothing at all). */
  | { readonly kind: "statfinEmpty" }
  /** No header row naming the region column (Alue, Område, Region) was found. */
  | { readonly kind: "statfinNoRegionColumn" }
  /** Every region row is a total (KOKO MAA, a region): no municipality's figures. */
  | { readonly kind: "statfinAggregateOnly"; readonly count: number }
  /** A variable whose label says nothing the product knows; it must be mapped or ignored. */
  | { readonly kind: "statfinUnrecognised"; readonly label: string }
  /** The same figure twice: the same member, variable and year in two places. */
  | {
      readonly kind: "statfinTwice";
      readonly name: string;
      readonly field: ColumnField;
      readonly period: string;
      readonly firstFile: string;
      readonly firstLine: number;
      readonly firstColumn: string;
    }
  /** The year asked for is not in the file. */
  | { readonly kind: "statfinYearMissing"; readonly year: string; readonly available: readonly string[] }
  /** A year average of monthly figures from fewer than twelve months. */
  | { readonly kind: "statfinPartialYear"; readonly year: string; readonly months: number }
  /** The figures come from different years or months (one file's latest is not another's). */
  | { readonly kind: "statfinMixedPeriods"; readonly periods: readonly string[] }
  /** A member of the area with no row in any file. */
  | { readonly kind: "statfinMemberMissing"; readonly name: string }
  /** Rows of municipalities that are not members, skipped. */
  | { readonly kind: "statfinIgnoredRows"; readonly count: number }
  /** Total rows (KOKO MAA, regions) skipped. */
  | { readonly kind: "statfinAggregateRows"; readonly count: number }
  /** A member without a figure the area needs (the labour force). */
  | { readonly kind: "statfinNoValue"; readonly name: string; readonly field: ColumnField }
  /** A sum of categories with some missing: the labour force without the unemployed (12), ages without 40. */
  | {
      readonly kind: "statfinIncomplete";
      readonly name: string;
      readonly field: ColumnField;
      readonly missing: readonly string[];
    }
  /** Categories the product does not use (men and women apart, other main activities, other ages). */
  | {
      readonly kind: "statfinUnusedCategories";
      readonly count: number;
      readonly examples: readonly string[];
    };

// The path wording lives in a module without zod, so that the pane can word issues before loading it.
export { formatPath } from "./path";

/** An issue about a JSON value at `segments`. */
export const valueIssue = (segments: readonly (string | number)[], problem: InputProblem): InputIssue => ({
  problem,
  segments,
});

/** An issue at a line (and column) of a text. */
export function textIssue(
  problem: InputProblem,
  line: number,
  column?: number,
  columnName?: string,
): InputIssue {
  return {
    problem,
    line,
    ...(column === undefined ? {} : { column }),
    ...(columnName === undefined ? {} : { columnName }),
  };
}

export function describeFound(value: unknown): Found {
  if (value === undefined) return { type: "missing" };
  if (value === null) return { type: "null" };
  if (typeof value === "string") return { type: "string", value };
  if (typeof value === "number") return { type: "number", value };
  if (typeof value === "boolean") return { type: "boolean", value };
  if (Array.isArray(value)) return { type: "array", length: value.length };
  return { type: "object" };
}

// ---------------------------------------------------------------------------------------------
// Zod issues → problems

type ZodIssue = z.core.$ZodIssue;

const isCustomKey = (message: string): message is CustomIssue =>
  (CUSTOM_ISSUES as readonly string[]).includes(message);

/** The schema that validates the value at `segments`, or undefined (for key suggestions). */
function schemaAt(segments: readonly PropertyKey[]): z.ZodType | undefined {
  let schema: z.ZodType | undefined = areaInputSchema;
  for (const segment of segments) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) schema = (schema.shape as Record<string, z.ZodType>)[String(segment)];
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodRecord) schema = schema.valueType as z.ZodType;
    else return undefined;
  }
  return unwrap(schema);
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** The field names an object at `segments` accepts. */
function knownKeys(segments: readonly PropertyKey[]): string[] {
  const schema = schemaAt(segments);
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodRecord) {
    const keys = schema.keyType;
    if (keys instanceof z.ZodEnum) return keys.options.map(String);
  }
  return [];
}

/** Words longer than this get no "did you mean": no field or municipality name is a typo of one. */
const MAX_SUGGESTED_WORD = 64;

/** The closest of `candidates` to `word`, when it is close enough to be a likely typo. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > MAX_SUGGESTED_WORD) return undefined;
  const lower = word.toLocaleLowerCase("fi");
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const allowed = Math.max(1, Math.floor(candidate.length / 4));
    // The distance is at least the difference in length: skip what cannot be close enough.
    if (Math.abs(candidate.length - lower.length) > allowed || candidate.length > MAX_SUGGESTED_WORD)
      continue;
    const score = distance(lower, candidate.toLocaleLowerCase("fi"));
    if (score <= allowed && (!best || score < best.score)) best = { candidate, score };
  }
  return best?.candidate;
}

/**
 * The number a quoted figure such as "18 875" or "0,5" was meant to be, for the hint to write it
 * as a JSON number; undefined when the text is not a formatted number.
 */
function formattedNumber(text: string): number | undefined {
  const compact = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/^\u2212/, "-");
  if (!/^-?\d+([.,]\d+)?$/.test(compact)) return undefined;
  return Number(compact.replace(",", "."));
}

function expectedOf(expected: string): Expected {
  switch (expected) {
    case "number":
    case "int":
    case "string":
    case "boolean":
    case "array":
    case "object":
      return expected;
    case "record":
      return "object";
    default:
      return "value";
  }
}

/** One zod issue as one or more problems (one per unknown key) with their paths. */
function fromZodIssue(issue: ZodIssue): { segments: (string | number)[]; problem: InputProblem }[] {
  const segments = issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
  const one = (problem: InputProblem) => [{ segments, problem }];
  const input: unknown = issue.input;
  switch (issue.code) {
    case "invalid_type": {
      // Zod checks "whole number" after "number", so a missing year is reported as a number.
      const schema = schemaAt(segments);
      const whole = issue.expected === "number" && schema instanceof z.ZodNumber && schema.isInt;
      const expected = whole ? "int" : expectedOf(issue.expected);
      if ((expected === "number" || expected === "int") && typeof input === "string") {
        const suggestion = formattedNumber(input);
        const problem: Problem = { code: "notNumber", text: input };
        return one(
          suggestion === undefined ? { kind: "number", problem } : { kind: "number", problem, suggestion },
        );
      }
      if (expected === "int" && typeof input === "number" && Number.isFinite(input)) {
        return one({ kind: "number", problem: { code: "notInteger", value: input } });
      }
      if ((expected === "number" || expected === "int") && typeof input === "number") {
        return one({ kind: "number", problem: { code: "notFinite" } });
      }
      return one({ kind: "type", expected, found: describeFound(input) });
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const limit = Number(small ? issue.minimum : issue.maximum);
      const inclusive = issue.inclusive ?? true;
      if (issue.origin === "array" && Array.isArray(input)) {
        return one({ kind: "count", found: input.length, limit, atLeast: small });
      }
      if (issue.origin === "string" && typeof input === "string") {
        return one({ kind: "length", found: input.trim().length, limit, atLeast: small });
      }
      if (typeof input === "number") {
        if (small && limit === 0 && inclusive && input < 0) {
          return one({ kind: "number", problem: { code: "negative", value: input } });
        }
        return one({
          kind: "number",
          problem: small
            ? { code: "tooSmall", value: input, min: limit, inclusive }
            : { code: "tooLarge", value: input, max: limit, inclusive },
        });
      }
      return one({ kind: "invalid" });
    }
    case "invalid_value":
      return one({ kind: "notOneOf", values: issue.values.map(String), found: describeFound(input) });
    case "unrecognized_keys": {
      const known = knownKeys(segments);
      return issue.keys.map((key) => {
        const suggestion = suggest(key, known);
        const quoted = clip(key);
        return {
          segments,
          problem: suggestion
            ? { kind: "unknownField", key: quoted, suggestion }
            : { kind: "unknownField", key: quoted },
        };
      });
    }
    case "custom":
      if (isCustomKey(issue.message)) {
        const params: Record<string, unknown> = { ...issue.params };
        if (issue.message === "unknownMunicipality" && Array.isArray(params.known)) {
          const suggestion = suggest(String(params.name), params.known.map(String));
          if (suggestion !== undefined) params.suggestion = suggestion;
        }
        return one({ kind: "custom", key: issue.message, params });
      }
      return one({ kind: "invalid" });
    default:
      return one({ kind: "invalid" });
  }
}

type Located = { segments: (string | number)[]; problem: InputProblem };

/**
 * One bound per value: zod's whole-number check carries its own limit (2^53) beside the model's,
 * so 1e20 broke both. Only the tighter bound on each side is reported.
 */
function oneLimitPerValue(problems: Located[]): Located[] {
  const bound = (p: InputProblem): { key: "tooLarge" | "tooSmall"; limit: number } | undefined => {
    if (p.kind !== "number") return undefined;
    if (p.problem.code === "tooLarge") return { key: "tooLarge", limit: p.problem.max };
    if (p.problem.code === "tooSmall") return { key: "tooSmall", limit: p.problem.min };
    return undefined;
  };
  const tightest = new Map<string, number>();
  for (const { segments, problem } of problems) {
    const b = bound(problem);
    if (!b) continue;
    const key = `${b.key}|${JSON.stringify(segments)}`;
    const kept = tightest.get(key);
    const tighter =
      b.key === "tooLarge" ? Math.min(kept ?? Infinity, b.limit) : Math.max(kept ?? -Infinity, b.limit);
    tightest.set(key, tighter);
  }
  if (tightest.size === 0) return problems;
  const reported = new Set<string>();
  return problems.filter(({ segments, problem }) => {
    const b = bound(problem);
    if (!b) return true;
    const key = `${b.key}|${JSON.stringify(segments)}`;
    if (tightest.get(key) !== b.limit || reported.has(key)) return false;
    reported.add(key);
    return true;
  });
}

/**
 * Checks one municipality on its own (types and bounds, not the area-wide rules) and returns its
 * problems by field, for readers that know where each field came from (the CSV import, the pane).
 */
export function checkMunicipality(
  draft: unknown,
): { readonly field: string | undefined; readonly problem: InputProblem }[] {
  const parsed = municipalitySchema.safeParse(draft, { reportInput: true });
  if (parsed.success) return [];
  return oneLimitPerValue(parsed.error.issues.flatMap(fromZodIssue)).map(({ segments, problem }) => ({
    field: typeof segments[0] === "string" ? segments[0] : undefined,
    problem,
  }));
}

/**
 * Keys an object keeps from JSON.parse but loses when copied: `__proto__` is an own property of
 * a parsed object, yet assigning it sets the copy's prototype instead. A record (cost-split
 * weights, HTV by municipality, service modes) would drop it without a word.
 */
const RESERVED_KEYS: readonly string[] = ["__proto__"];

/** Where a reserved key occurs, depth-first (bounded like the scanner; cycles are not JSON). */
function reservedKeys(value: unknown): { segments: (string | number)[]; key: string }[] {
  const found: { segments: (string | number)[]; key: string }[] = [];
  const seen = new Set<object>();
  const walk = (node: unknown, segments: (string | number)[], depth: number): void => {
    if (typeof node !== "object" || node === null || depth > MAX_DEPTH || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...segments, index], depth + 1));
      return;
    }
    for (const key of Object.keys(node)) {
      if (RESERVED_KEYS.includes(key)) found.push({ segments, key });
      else walk((node as Record<string, unknown>)[key], [...segments, key], depth + 1);
    }
  };
  walk(value, [], 0);
  return found;
}

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]): boolean =>
  a.length === b.length && a.every((segment, k) => segment === b[k]);

/** Validates an already parsed JSON value (or the object the pane built) against the input model. */
export function parseAreaInput(json: unknown): Result<AreaInput, InputIssue[]> {
  let parsed: ReturnType<typeof areaInputSchema.safeParse>;
  let reserved: ReturnType<typeof reservedKeys>;
  try {
    reserved = reservedKeys(json);
    parsed = areaInputSchema.safeParse(json, { reportInput: true });
  } catch {
    // A getter that throws or a cyclic object built by a caller: not JSON, and not our input.
    return fail([valueIssue([], { kind: "invalid" })]);
  }
  if (parsed.success && reserved.length === 0) return ok(parsed.data);
  // Zod reports in document order (fields in schema order, array items in turn); the cross-field
  // issues of the superRefine come last.
  const problems = parsed.success ? [] : oneLimitPerValue(parsed.error.issues.flatMap(fromZodIssue));
  // A strict object already calls the key unknown; a record would have dropped it silently.
  for (const { segments, key } of reserved) {
    const reported = problems.some(
      ({ segments: at, problem }) =>
        problem.kind === "unknownField" && problem.key === key && samePath(at, segments),
    );
    if (!reported) problems.push({ segments, problem: { kind: "reservedKey", key } });
  }
  return fail(problems.map(({ segments, problem }) => valueIssue(segments, problem)));
}

// ---------------------------------------------------------------------------------------------
// JSON text → value, with positions

// The size limit lives with the other limits (bounds.ts); re-exported for the readers that use it.
export { MAX_INPUT_BYTES } from "./bounds";

/** Nesting deeper than this is not an input file; stopping keeps the scanner's stack small. */
const MAX_DEPTH = 200;

/** The longest key: the longest text the model keeps (a municipality name keys `htv`). */
export const MAX_KEY_LENGTH = 255;

class SyntaxFailure {
  constructor(
    readonly index: number,
    readonly problem: InputProblem,
  ) {}
}

/**
 * A JSON scanner that only checks: it finds where the text stops being JSON (with what was
 * expected there) and which object has the same key twice — JSON.parse would silently keep the
 * last one. The value itself comes from JSON.parse once the scan passes.
 */
class JsonScanner {
  private i = 0;
  readonly duplicates: { segments: (string | number)[]; key: string }[] = [];
  duplicateCount = 0;

  constructor(private readonly s: string) {}

  scan(): void {
    this.space();
    this.value([], 0);
    this.space();
    if (this.i < this.s.length) this.fail("end");
  }

  private fail(expected: SyntaxExpected, hint?: SyntaxHint): never {
    const found = this.i < this.s.length ? String.fromCodePoint(this.s.codePointAt(this.i) as number) : null;
    let why = hint;
    if (!why && found === "'") why = "singleQuote";
    if (!why && found === "/") why = "comment";
    const problem: InputProblem = why
      ? { kind: "syntax", expected, found, hint: why }
      : { kind: "syntax", expected, found };
    throw new SyntaxFailure(this.i, problem);
  }

  private space(): void {
    while (this.i < this.s.length && " \t\n\r".includes(this.s[this.i] as string)) this.i++;
  }

  private value(segments: (string | number)[], depth: number): void {
    if (depth > MAX_DEPTH) throw new SyntaxFailure(this.i, { kind: "tooDeep", limit: MAX_DEPTH });
    const c = this.s[this.i];
    if (c === "{") this.object(segments, depth);
    else if (c === "[") this.array(segments, depth);
    else if (c === '"') this.string();
    else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) this.number();
    else if (this.s.startsWith("true", this.i)) this.i += 4;
    else if (this.s.startsWith("false", this.i)) this.i += 5;
    else if (this.s.startsWith("null", this.i)) this.i += 4;
    else this.fail("value");
  }

  private object(segments: (string | number)[], depth: number): void {
    this.i++;
    this.space();
    const keys = new Set<string>();
    if (this.s[this.i] === "}") {
      this.i++;
      return;
    }
    for (;;) {
      if (this.s[this.i] !== '"') {
        const c = this.s[this.i];
        // `"share": 0,5` reads as 0 followed by a key 5: the comma was meant as a decimal point.
        const afterNumber = /[0-9]\s*,\s*$/.test(this.s.slice(Math.max(0, this.i - 40), this.i));
        if (c === "}" && keys.size > 0) this.fail("key", "trailingComma");
        this.fail("key", c !== undefined && c >= "0" && c <= "9" && afterNumber ? "decimalComma" : undefined);
      }
      const start = this.i;
      this.string();
      const key = JSON.parse(this.s.slice(start, this.i)) as string;
      if (key.length > MAX_KEY_LENGTH) {
        throw new SyntaxFailure(start, {
          kind: "keyTooLong",
          key: clip(key),
          found: key.length,
          limit: MAX_KEY_LENGTH,
        });
      }
      if (keys.has(key)) {
        // Listing is bounded; the count is not.
        if (this.duplicates.length < MAX_REPORTED_PROBLEMS - 1)
          this.duplicates.push({ segments, key: clip(key) });
        this.duplicateCount++;
      }
      keys.add(key);
      this.space();
      if (this.s[this.i] !== ":") this.fail("colon");
      this.i++;
      this.space();
      this.value([...segments, key], depth + 1);
      this.space();
      const c = this.s[this.i];
      if (c === ",") {
        this.i++;
        this.space();
      } else if (c === "}") {
        this.i++;
        return;
      } else this.fail("commaOrObjectEnd", this.numberSpaceHint());
    }
  }

  private array(segments: (string | number)[], depth: number): void {
    this.i++;
    this.space();
    if (this.s[this.i] === "]") {
      this.i++;
      return;
    }
    for (let index = 0; ; index++) {
      if (this.s[this.i] === "]" && index > 0) this.fail("value", "trailingComma");
      this.value([...segments, index], depth + 1);
      this.space();
      const c = this.s[this.i];
      if (c === ",") {
        this.i++;
        this.space();
      } else if (c === "]") {
        this.i++;
        return;
      } else this.fail("commaOrArrayEnd", this.numberSpaceHint());
    }
  }

  /** `18 875`: a digit right after a number and a space. */
  private numberSpaceHint(): SyntaxHint | undefined {
    const c = this.s[this.i];
    const before = this.s.slice(Math.max(0, this.i - 2), this.i);
    return c !== undefined && c >= "0" && c <= "9" && /[0-9][ \u00a0]$/.test(before)
      ? "spaceInNumber"
      : undefined;
  }

  private string(): void {
    this.i++;
    for (;;) {
      if (this.i >= this.s.length) this.fail("stringEnd");
      const c = this.s.charCodeAt(this.i);
      if (c === 0x22) {
        this.i++;
        return;
      }
      if (c < 0x20) this.fail("stringEnd");
      if (c === 0x5c) {
        this.i++;
        const e = this.s[this.i];
        if (e === "u") {
          for (let k = 1; k <= 4; k++) {
            if (!/[0-9a-fA-F]/.test(this.s[this.i + k] ?? "")) {
              this.i += k;
              this.fail("hex");
            }
          }
          this.i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) this.i++;
        else this.fail("escape");
      } else this.i++;
    }
  }

  private number(): void {
    if (this.s[this.i] === "-") this.i++;
    if (this.s[this.i] === "0") this.i++;
    else this.digits();
    if (this.s[this.i] === ".") {
      this.i++;
      this.digits();
    }
    if (this.s[this.i] === "e" || this.s[this.i] === "E") {
      this.i++;
      if (this.s[this.i] === "+" || this.s[this.i] === "-") this.i++;
      this.digits();
    }
  }

  private digits(): void {
    const start = this.i;
    while (this.i < this.s.length && (this.s[this.i] as string) >= "0" && (this.s[this.i] as string) <= "9")
      this.i++;
    if (this.i === start) this.fail("digit");
  }
}

/** 1-based line and column (in characters, a tab counting one) of a text position. */
function position(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < index; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: [...text.slice(lineStart, index)].length + 1 };
}

/**
 * Reads JSON text: a syntax error is reported with its line and column and what was expected; an
 * object with the same key twice is an error too (JSON.parse would silently keep the last). A
 * leading byte-order mark is allowed, since Windows editors write one.
 */
export function parseJsonText(text: string): Result<unknown, InputIssue[]> {
  if (text.length > MAX_INPUT_BYTES)
    return fail([valueIssue([], { kind: "inputTooLarge", limit: MAX_INPUT_BYTES })]);
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trim() === "") return fail([valueIssue([], { kind: "emptyText" })]);
  const scanner = new JsonScanner(body);
  try {
    scanner.scan();
  } catch (error) {
    if (!(error instanceof SyntaxFailure)) throw error;
    const { line, column } = position(body, error.index);
    return fail([textIssue(error.problem, line, column)]);
  }
  if (scanner.duplicates.length > 0) {
    const issues = scanner.duplicates.map(({ segments, key }) =>
      valueIssue(segments, { kind: "duplicateKey", key }),
    );
    const more = scanner.duplicateCount - scanner.duplicates.length;
    if (more > 0) issues.push(valueIssue([], { kind: "moreDuplicateKeys", count: more }));
    return fail(issues);
  }
  return ok(JSON.parse(body) as unknown);
}

/** Reads and validates an input file's text: syntax first, then the model. */
export function parseAreaInputText(text: string): Result<AreaInput, InputIssue[]> {
  const json = parseJsonText(text);
  return json.ok ? parseAreaInput(json.value) : json;
}
