import fc from "fast-check";
import type { CustomIssue } from "../../src/domain/model";
import { MAX_REPORTED_PROBLEMS } from "../../src/domain/bounds";
import {
  formatPath,
  MAX_INPUT_BYTES,
  parseAreaInput,
  parseAreaInputText,
  parseJsonText,
  suggest,
  type InputProblem,
} from "../../src/domain/parse";
import { sampleDraft } from "../sheets/fixtures";
import {
  describeInputProblem,
  issueLine,
  issueMessage,
  issueWhere,
  listProblems,
} from "../../src/i18n/input";
import { LANGS, type Lang } from "../../src/i18n/lang";

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, " ");

/** The issues of a text that must be invalid, worded in `lang` as where and what. */
function issuesOfText(text: string, lang: Lang = "fi") {
  const result = parseAreaInputText(text);
  if (result.ok) throw new Error("expected the text to be invalid");
  return result.error.map((issue) => ({
    ...issue,
    path: issueWhere(lang, issue),
    message: issueMessage(lang, issue),
    line: issue.line,
  }));
}

describe("JSON paths", () => {
  test("indices in brackets, identifiers with dots, other keys quoted", () => {
    expect(formatPath(["municipalities", 1, "labourForce"])).toBe("municipalities[1].labourForce");
    expect(formatPath(["staffing", "rows", 0, "htv", "Pedersöre"])).toBe("staffing.rows[0].htv.Pedersöre");
    expect(formatPath(["staffing", "rows", 0, "htv", 'Mänttä-Vilppula "x"'])).toBe(
      'staffing.rows[0].htv["Mänttä-Vilppula \\"x\\""]',
    );
    expect(formatPath([])).toBe("");
  });
});

describe("messages in the user's language", () => {
  const bad = {
    area: "Alue",
    year: 2025,
    municipalities: [{ name: "Kerava", labourForce: "18 875" }],
    costSplit: { total: 1, weights: { labourForce: 1 } },
  };

  test.each([
    ["fi", "municipalities[0].labourForce: teksti ”18 875”, odotettiin lukua"],
    ["sv", "municipalities[0].labourForce: texten ”18 875”, ett tal förväntades"],
    ["en", "municipalities[0].labourForce: text '18 875', expected a number"],
  ] as const)(
    "%s: a number written as text names the path, what was found and what was expected",
    (lang, start) => {
      const result = parseAreaInput(bad);
      expect(result.ok).toBe(false);
      const [first] = result.ok ? [] : result.error;
      expect(first && issueLine(lang, first).startsWith(start)).toBe(true);
      expect(first?.segments).toEqual(["municipalities", 0, "labourForce"]);
      // The hint shows the number as JSON wants it.
      expect(first && issueMessage(lang, first)).toContain("18875");
    },
  );

  test("a value of the wrong type is described, never echoed as code", () => {
    const result = parseAreaInput({ ...bad, area: 5 });
    expect(result.ok ? [] : result.error.map((issue) => issueLine("fi", issue))).toContain(
      "area: luku 5, odotettiin tekstiä",
    );
  });

  /** One example of every problem kind; the type makes leaving a kind out a compile error. */
  const examples: { [K in InputProblem["kind"]]: Extract<InputProblem, { kind: K }> } = {
    number: { kind: "number", problem: { code: "notNumber", text: "18 875" }, suggestion: 18875 },
    type: { kind: "type", expected: "array", found: { type: "object" } },
    count: { kind: "count", found: 0, limit: 1, atLeast: true },
    length: { kind: "length", found: 300, limit: 255, atLeast: false },
    notOneOf: { kind: "notOneOf", values: ["I", "II"], found: { type: "string", value: "VII" } },
    unknownField: { kind: "unknownField", key: "labourforce", suggestion: "labourForce" },
    reservedKey: { kind: "reservedKey", key: "__proto__" },
    custom: { kind: "custom", key: "weightsSum", params: { sum: 0.9 } },
    invalid: { kind: "invalid" },
    emptyText: { kind: "emptyText" },
    syntax: { kind: "syntax", expected: "commaOrObjectEnd", found: "8", hint: "spaceInNumber" },
    duplicateKey: { kind: "duplicateKey", key: "name" },
    tooDeep: { kind: "tooDeep", limit: 200 },
    inputTooLarge: { kind: "inputTooLarge", limit: 10 * 1024 * 1024 },
    keyTooLong: { kind: "keyTooLong", key: "xxxx…", found: 100000, limit: 255 },
    moreDuplicateKeys: { kind: "moreDuplicateKeys", count: 999901 },
    csvNoHeader: { kind: "csvNoHeader" },
    csvNoRows: { kind: "csvNoRows" },
    csvTooManyRows: { kind: "csvTooManyRows", limit: 400 },
    csvMissingColumn: { kind: "csvMissingColumn", field: "labourForce" },
    csvRepeatedColumn: { kind: "csvRepeatedColumn", field: "labourForce", first: "Työvoima 2021" },
    csvUnknownColumn: { kind: "csvUnknownColumn", header: "Työlliset" },
    csvExtraCells: { kind: "csvExtraCells", found: 4, expected: 3 },
    csvUnterminatedQuote: { kind: "csvUnterminatedQuote" },
    csvEmptyName: { kind: "csvEmptyName" },
    csvEmptyCell: { kind: "csvEmptyCell", field: "labourForce" },
    csvNotAvailable: { kind: "csvNotAvailable", text: "..", field: "population" },
    csvDash: { kind: "csvDash" },
    csvAmbiguousNumber: { kind: "csvAmbiguousNumber", text: "1.234", decimal: "," },
    csvTotalRow: { kind: "csvTotalRow", name: "Yhteensä" },
    csvNote: { kind: "csvNote", text: "Lähde: Tilastokeskus" },
    csvBothSources: { kind: "csvBothSources" },
    statfinEmpty: { kind: "statfinEmpty" },
    statfinNoRegionColumn: { kind: "statfinNoRegionColumn" },
    statfinAggregateOnly: { kind: "statfinAggregateOnly", count: 3 },
    statfinUnrecognised: { kind: "statfinUnrecognised", label: "Keski-ikä" },
    statfinTwice: {
      kind: "statfinTwice",
      name: "Kerava",
      field: "population",
      period: "2024",
      firstFile: "11ra.csv",
      firstLine: 5,
      firstColumn: "2024",
    },
    statfinYearMissing: { kind: "statfinYearMissing", year: "2019", available: ["2023", "2024"] },
    statfinPartialYear: { kind: "statfinPartialYear", year: "2025", months: 9 },
    statfinMixedPeriods: { kind: "statfinMixedPeriods", periods: ["2024", "2025M09"] },
    statfinMemberMissing: { kind: "statfinMemberMissing", name: "Sipoo" },
    statfinIgnoredRows: { kind: "statfinIgnoredRows", count: 306 },
    statfinAggregateRows: { kind: "statfinAggregateRows", count: 2 },
    statfinNoValue: { kind: "statfinNoValue", name: "Sipoo", field: "labourForce" },
    statfinIncomplete: { kind: "statfinIncomplete", name: "Sipoo", field: "labourForce", missing: ["12"] },
    statfinUnusedCategories: { kind: "statfinUnusedCategories", count: 54, examples: ["0", "1"] },
  };
  const customs: Record<CustomIssue, Record<string, unknown>> = {
    duplicateName: { name: "kerava", first: "Kerava" },
    municipalityCode: { value: "49a" },
    duplicateCode: { code: "245", first: "Kerava" },
    weightsSum: { sum: 0.9 },
    criterionMissing: { criterion: "workingAge", weight: 0.5 },
    zeroCriterion: { criterion: "unemployed" },
    unknownMunicipality: { name: "Kerva", known: ["Kerava", "Sipoo"], suggestion: "Kerava" },
    budgetSharesSum: { sum: 0.95 },
    yearsOrder: { year: 2025, previous: 2026 },
    controlCharacter: { position: 4, code: 7 },
    invalidCharacter: { position: 4, code: "U+FFFE", surrogate: false },
  };
  const all: [string, InputProblem][] = [
    ...Object.entries(examples),
    ...Object.entries(customs).map(([key, params]): [string, InputProblem] => [
      `custom ${key}`,
      { kind: "custom", key: key as CustomIssue, params },
    ]),
  ];

  test.each(all)("%s reads as a full sentence in fi, sv and en, no two languages alike", (_, problem) => {
    const texts = LANGS.map((lang) => describeInputProblem(lang, problem));
    for (const text of texts) {
      expect(text.length).toBeGreaterThan(8);
      expect(text).not.toMatch(/undefined|NaN|\[object|(^|\s)\?(\s|$)|\$\{/);
    }
    expect(new Set(texts).size).toBe(3);
  });

  test("a syntax error's hint and expectations are translated, not only the frame", () => {
    const problem = examples.syntax;
    expect(describeInputProblem("fi", problem)).toBe(
      "löytyi ”8”, odotettiin pilkkua ”,” tai aaltosulkua ”}” – luvussa ei saa olla välilyöntejä (18875, ei 18 875)",
    );
    expect(describeInputProblem("sv", problem)).toBe(
      "hittade ”8”, kommatecken ”,” eller klammerparentes ”}” förväntades – ett tal får inte innehålla mellanslag (18875, inte 18 875)",
    );
    expect(describeInputProblem("en", problem)).toBe(
      "found '8', expected a comma ',' or a closing brace '}' – numbers may not contain spaces (18875, not 18 875)",
    );
  });
});

describe("JSON text", () => {
  const text = ["{", '  "area": "Kerava–Sipoo",', '  "year": 2025,', '  "threshold": 20 000', "}"].join("\n");

  test("a syntax error names its line and column and says what was expected", () => {
    const [issue] = issuesOfText(text);
    expect(issue?.path).toBe("rivi 4, sarake 19");
    expect([issue?.line, issue?.column]).toEqual([4, 19]);
    expect(issue?.message).toBe(
      "löytyi ”0”, odotettiin pilkkua ”,” tai aaltosulkua ”}” – luvussa ei saa olla välilyöntejä (18875, ei 18 875)",
    );
    expect(issuesOfText(text, "en")[0]?.path).toBe("line 4, column 19");
    expect(issuesOfText(text, "sv")[0]?.path).toBe("rad 4, kolumn 19");
  });

  test.each([
    ['{"share": 0,5}', "rivi 1, sarake 13", "desimaalierotin on piste"],
    ['{"a": 1,\n}', "rivi 2, sarake 1", "ylimääräinen pilkku"],
    ["[1, 2, ]", "rivi 1, sarake 8", "ylimääräinen pilkku"],
    ["{'area': 'x'}", "rivi 1, sarake 2", "lainausmerkkeihin"],
    ['// kommentti\n{"a": 1}', "rivi 1, sarake 1", "kommentteja"],
    ['{"a": "katkeava\nteksti"}', "rivi 1, sarake 16", "lainausmerkkiä"],
    ['{"a": 1} {"b": 2}', "rivi 1, sarake 10", "tekstin loppua"],
    ['{"a": tosi}', "rivi 1, sarake 7", "odotettiin arvoa"],
    ['{"a": "\\x"}', "rivi 1, sarake 9", "kenoviivan"],
    ['{"a": 1', "rivi 1, sarake 8", "löytyi tekstin loppu"],
  ])("%j → %s", (input, path, words) => {
    const [issue] = issuesOfText(input);
    expect(issue?.path).toBe(path);
    expect(issue?.message).toContain(words);
  });

  test("a key given twice is an error (JSON.parse would keep the last silently)", () => {
    const issues = issuesOfText(
      '{"area": "A", "municipalities": [{"name": "Kerava", "name": "Sipoo"}], "area": "B"}',
    );
    expect(issues.map((issue) => issueLine("fi", issue))).toEqual([
      "municipalities[0]: kenttä ”name” esiintyy useammin kuin kerran; kukin kenttä saa esiintyä vain kerran",
      "kenttä ”area” esiintyy useammin kuin kerran; kukin kenttä saa esiintyä vain kerran",
    ]);
  });

  test("empty text and a byte-order mark", () => {
    expect(issuesOfText(" \n").map((issue) => issueLine("fi", issue))).toEqual([
      "tyhjä teksti, odotettiin JSON-objektia { … }",
    ]);
    const sample = JSON.stringify(sampleDraft("kympin"));
    expect(parseAreaInputText(`\uFEFF${sample}`).ok).toBe(true);
  });

  test("the scanner agrees with JSON.parse on every valid JSON text", () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        const result = parseJsonText(json);
        expect(result.ok ? result.value : "failed").toEqual(JSON.parse(json));
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  test("and on broken ones: whatever JSON.parse rejects is reported, with a position inside the text", () => {
    const broken = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom("", ",", "}", "]", '"', " 1", ":", "'", "\n"))
      .map(([json, at, insert]) => {
        const k = at % (json.length + 1);
        return json.slice(0, k) + insert + json.slice(k + (insert === "" ? 1 : 0));
      });
    fc.assert(
      fc.property(broken, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const result = parseJsonText(text);
        if (valid) return; // duplicate keys aside, tested above
        expect(result.ok).toBe(false);
        const [issue] = result.ok ? [] : result.error;
        if (issue?.line !== undefined) {
          const lines = text.split("\n");
          expect(issue.line).toBeLessThanOrEqual(lines.length);
          expect(issue.column).toBeLessThanOrEqual([...(lines[issue.line - 1] ?? "")].length + 1);
        }
      }),
      { seed: 12, numRuns: 1000 },
    );
  });
});

describe("keys the model would not keep", () => {
  const text = JSON.stringify(sampleDraft("kerava-sipoo"));
  test.each([
    ["costSplit.weights", text.replace('"weights":{', '"weights":{"__proto__":0.1,')],
    ["staffing.rows[0].htv", text.replace('"htv":{"Kerava":21.3', '"htv":{"__proto__":21.3')],
    [
      "services.rows[0].modes",
      text.replace('"modes":{"own"', '"modes":{"__proto__":{"extent":"mainly"},"own"'),
    ],
  ])("__proto__ inside %s is an error, not silently dropped", (path, input) => {
    expect(input).not.toBe(text);
    expect(issuesOfText(input, "en").map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      `${path}: the key '__proto__' is reserved and cannot be read; rename it`,
    ]);
  });

  test("where a strict object already calls it unknown, it is said once", () => {
    const input = text.replace('{"name":"Kerava"', '{"__proto__":{"x":1},"name":"Kerava"');
    expect(issuesOfText(input, "en").map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      "municipalities[0]: unknown field '__proto__'",
    ]);
  });
});

describe("bounded work on bad input", () => {
  const base = '{"area": "A", "year": 2025, "municipalities": [{"name": "K", "labourForce": 1}]}';

  test("a key longer than any field or name is refused by its length, quoted briefly", () => {
    const input = base.replace("{", `{"${"x".repeat(100_000)}": 1, `);
    const [issue, ...rest] = issuesOfText(input, "en");
    expect(rest).toEqual([]);
    expect(issue?.path).toBe("line 1, column 2");
    expect(issue?.message).toBe(
      `the field name '${"x".repeat(40)}…' is 100,000 characters long, expected at most 255`,
    );
  });

  test("no 'did you mean' for long words, nor for candidates whose length alone rules them out", () => {
    expect(suggest("x".repeat(200), ["labourForce"])).toBeUndefined();
    expect(suggest("labourforce", ["labourForce", "x".repeat(10_000)])).toBe("labourForce");
    const input = base.replace("{", `{"${"y".repeat(255)}": 1, `);
    expect(issuesOfText(input, "en").map((issue) => issue.message)).toContain(
      `unknown field '${"y".repeat(40)}…'`,
    );
  });

  test("text over 10 MB (a paste, say) is refused before it is scanned", () => {
    const text = `{"area": "${"x".repeat(MAX_INPUT_BYTES)}"}`;
    expect(issuesOfText(text, "en").map((issue) => issue.message)).toEqual([
      "the input is over 10 MB; input this large is not read",
    ]);
  });

  test("a million duplicate keys give a hundred problems: the first 99 and how many more", () => {
    const input = base.replace("{", `{${'"k": 1, '.repeat(1_000_000)}`);
    const issues = issuesOfText(input, "en");
    expect(issues).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(issues[0]?.message).toBe("field 'k' occurs more than once; each field may occur only once");
    expect(issues[99]?.message).toBe("and 999,900 more fields that occur more than once");
  });

  test("the edges list at most a hundred problems and say how many more", () => {
    const lines = listProblems(
      "fi",
      Array.from({ length: 250 }, (_, i) => i),
      (i) => `ongelma ${i}`,
    );
    expect(lines).toHaveLength(101);
    expect(lines[100]?.replace(/\u00a0/g, " ")).toBe("… ja 150 muuta ongelmaa");
    expect(listProblems("sv", [1, 2], String)).toEqual(["1", "2"]);
  });
});

describe("nothing throws", () => {
  test("any value gives a result with issues, never an exception", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseAreaInput(value);
        if (!result.ok) {
          expect(result.error.length).toBeGreaterThan(0);
          for (const issue of result.error) {
            for (const lang of LANGS) expect(issueLine(lang, issue)).not.toMatch(/undefined|NaN|\[object/);
          }
        }
      }),
      { seed: 13, numRuns: 500 },
    );
  });

  test("any text gives a result, never an exception", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        expect(() => parseAreaInputText(text)).not.toThrow();
      }),
      { seed: 14, numRuns: 500 },
    );
  });

  test("deep nesting is refused politely", () => {
    const deep = "[".repeat(5000) + "]".repeat(5000);
    expect(issuesOfText(deep).map((i) => plain(i.message))).toEqual(["sisäkkäisiä tasoja on yli 200"]);
  });
});
