import fc from "fast-check";
import { areaInputJsonSchema, areaInputSchema, type AreaInputDraft } from "../../src/domain/model";
import { parseAreaInput, type InputIssue } from "../../src/domain/parse";
import { issueLine } from "../../src/i18n/input";
import { SAMPLE_IDS } from "../../src/domain/samples";
import { sampleDraft } from "../sheets/fixtures";
import { areaInputDraftArb } from "../support/arbitraries";

/** The example of docs/input.md, verbatim. */
const INPUT_DOC_EXAMPLE = {
  area: "Keravan–Sipoon työllisyysalue",
  year: 2025,
  municipalities: [
    { name: "Kerava", population: 38000, workingAge: 23000, unemployed: 2100, labourForce: 18875 },
    { name: "Sipoo", population: 22000, workingAge: 12500, unemployed: 700, labourForce: 11691 },
  ],
  threshold: 20000,
  labourForceChange: 0,
  projectionYears: 0,
  costSplit: { total: 7300000, weights: { workingAge: 0.5, unemployed: 0.5 } },
};

const minimal = (): AreaInputDraft => ({
  area: "Testialue",
  year: 2025,
  municipalities: [
    { name: "Kerava", labourForce: 18875, population: 38000 },
    { name: "Sipoo", labourForce: 11691, population: 22000 },
  ],
  costSplit: { total: 1000, weights: { population: 1 } },
});

/** Issues of an input that must be invalid. */
function issuesOf(json: unknown): InputIssue[] {
  const result = parseAreaInput(json);
  if (result.ok) throw new Error("expected the input to be invalid");
  return result.error;
}

/** Messages group digits with no-break spaces (Intl); the expectations here use plain ones. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, " ");

const lines = (json: unknown, lang: "fi" | "sv" | "en" = "fi"): string[] =>
  issuesOf(json).map((issue) => plain(issueLine(lang, issue)));

describe("input model (docs/input.md)", () => {
  test("docs/input.md's example parses and the optional parameters get the function defaults", () => {
    const parsed = parseAreaInput({ ...INPUT_DOC_EXAMPLE, threshold: undefined });
    expect(parsed.ok).toBe(true);
    const draft = { ...INPUT_DOC_EXAMPLE } as Partial<typeof INPUT_DOC_EXAMPLE>;
    delete draft.threshold;
    delete draft.labourForceChange;
    delete draft.projectionYears;
    const input = areaInputSchema.parse(draft);
    expect([input.threshold, input.labourForceChange, input.projectionYears]).toEqual([20000, 0, 0]);
  });

  test("head counts are whole numbers; unemployment may be a yearly average", () => {
    const draft = minimal();
    draft.municipalities[0] = { name: "Kerava", labourForce: 18875.5, population: 38000, unemployed: 2104.5 };
    expect(lines(draft)).toEqual(["municipalities[0].labourForce: 18 875,5 ei ole kokonaisluku"]);
  });

  test("a yearly change typed as a percentage (1,2 for +1,2 %) is caught at both ends", () => {
    expect(lines({ ...minimal(), labourForceChange: 1.2 })).toEqual([
      "labourForceChange: 1,2 on liian suuri, odotettiin enintään 1",
    ]);
    expect(lines({ ...minimal(), labourForceChange: -1.2 })).toEqual([
      "labourForceChange: −1,2 on liian pieni, odotettiin yli −1",
    ]);
    expect(parseAreaInput({ ...minimal(), labourForceChange: -0.012, projectionYears: 25 }).ok).toBe(true);
  });

  test("control characters, which a workbook cell cannot hold, are refused with their position", () => {
    const draft = minimal();
    draft.municipalities[0] = { name: "Ker\u0007ava", labourForce: 18875, population: 38000 };
    expect(lines(draft)).toEqual([
      "municipalities[0].name: sisältää ohjausmerkin (koodi 7) kohdassa 4; työkirjan solu ei voi sisältää sitä",
    ]);
    const notes = minimal();
    notes.budget = {
      lines: [{ name: "Muut", share: 1, note: "rivi 1\nrivi 2\tsarake" }],
      planningYears: [
        { year: 2025, total: 1 },
        { year: 2026, total: 1 },
      ],
    };
    expect(parseAreaInput(notes).ok).toBe(true);
  });

  test("noncharacters and half surrogate pairs, which would corrupt the file, are refused with their position", () => {
    // U+FFFE in a name once made sharedStrings.xml not well-formed; a lone surrogate became U+FFFD.
    const withNoncharacter = (name: string, note?: string) => {
      const draft = minimal();
      draft.municipalities[0] = { name, labourForce: 18875, population: 38000 };
      if (note !== undefined) {
        draft.budget = {
          lines: [{ name: "Muut", share: 1, note }],
          planningYears: [
            { year: 2025, total: 1 },
            { year: 2026, total: 1 },
          ],
        };
      }
      return draft;
    };
    expect(lines(withNoncharacter("Ker\uFFFEava"))).toEqual([
      "municipalities[0].name: sisältää kohdassa 4 merkin U+FFFE, joka ei ole tekstimerkki (Unicoden ei-merkki); työkirja ei voi sisältää sitä",
    ]);
    // Positions count characters: the emoji before U+FFFF is one, not two code units.
    expect(lines(withNoncharacter("\u{1F600}Kerava\uFFFF"), "en")).toEqual([
      "municipalities[0].name: contains U+FFFF at position 8, which is not a text character (a Unicode noncharacter); a workbook cannot hold it",
    ]);
    expect(lines(withNoncharacter("Kerava\uD800"), "sv")).toEqual([
      "municipalities[0].name: innehåller på plats 7 tecknet U+D800, som inte är ett helt tecken (ett halvt surrogatpar); arbetsboken kan inte innehålla det",
    ]);
    expect(lines(withNoncharacter("Kerava", "huom \uDC00"), "en")).toEqual([
      "budget.lines[0].note: contains U+DC00 at position 6, which is not a whole character (half a surrogate pair); a workbook cannot hold it",
    ]);
    for (const code of [0xfdd0, 0xfdef, 0xfffe, 0xffff, 0x1fffe, 0x10ffff]) {
      expect(parseAreaInput(withNoncharacter(`Kerava${String.fromCodePoint(code)}`)).ok).toBe(false);
    }
    // Whole pairs and the characters around the noncharacters are ordinary text.
    for (const name of [
      "Kerava \u{1F600}",
      "Kerava\uFDCF",
      "Kerava\uFDF0",
      "Kerava\uFFFD",
      "Kerava\u{1FFFD}",
    ]) {
      expect(parseAreaInput(withNoncharacter(name)).ok).toBe(true);
    }
  });

  test("sanity bounds catch a misplaced decimal point", () => {
    const draft = minimal();
    draft.municipalities[1] = { name: "Sipoo", labourForce: 116910000, population: 22000 };
    expect(lines(draft)).toEqual([
      "municipalities[1].labourForce: 116 910 000 on liian suuri, odotettiin enintään 10 000 000",
    ]);
  });

  test("an unknown field is an error naming the field, with the likely intended one", () => {
    const draft = minimal() as Record<string, unknown>;
    draft.municipalities = [{ name: "Kerava", labourforce: 18875, population: 1 }];
    expect(lines(draft)).toEqual([
      "municipalities[0].labourForce: pakollinen kenttä puuttuu, odotettiin kokonaislukua",
      "municipalities[0]: tuntematon kenttä ”labourforce” – tarkoititko ”labourForce”?",
    ]);
    expect(lines({ ...minimal(), thresold: 20000 }, "en")).toEqual([
      "unknown field 'thresold' – did you mean 'threshold'?",
    ]);
    expect(lines({ ...minimal(), muuta: 1 }, "sv")).toEqual(["okänt fält ”muuta”"]);
  });

  test("unknown keys inside records and nested sections are errors too", () => {
    const draft = {
      ...minimal(),
      costSplit: { total: 1000, weights: { populaton: 1 } },
      services: { rows: [{ service: "Työnvälitys", modes: { owm: { extent: "mainly" } } }] },
    };
    expect(lines(draft)).toEqual([
      "costSplit.weights: tuntematon kenttä ”populaton” – tarkoititko ”population”?",
      "services.rows[0].modes: tuntematon kenttä ”owm” – tarkoititko ”own”?",
      // Unknown keys do not stop the cross-field rules: without them, no weight is left.
      "costSplit.weights: painojen summa on 0, odotettiin 1 (100 %)",
    ]);
  });

  test("weights must sum to 1 and every weighted criterion must be there", () => {
    const draft = { ...minimal(), costSplit: { total: 1000, weights: { population: 0.5, workingAge: 0.4 } } };
    expect(lines(draft)).toEqual([
      "costSplit.weights: painojen summa on 0,9, odotettiin 1 (100 %)",
      "municipalities[0].workingAge: puuttuu, mutta kustannusjako käyttää perustetta ”workingAge” (työikäiset (18–64)) painolla 0,4",
      "municipalities[1].workingAge: puuttuu, mutta kustannusjako käyttää perustetta ”workingAge” (työikäiset (18–64)) painolla 0,4",
      "costSplit.weights.workingAge: perusteen ”workingAge” (työikäiset (18–64)) summa kaikissa kunnissa on 0, vaikka sen paino ei ole 0",
    ]);
  });

  test("names are unique regardless of case; staffing names members exactly", () => {
    const draft = minimal();
    draft.municipalities[1] = { name: "KERAVA", labourForce: 1, population: 1 };
    draft.staffing = { rows: [{ title: "Asiantuntija", htv: { kerava: 1 } }] };
    expect(lines(draft)).toEqual([
      "municipalities[1].name: nimi ”KERAVA” on jo käytössä (”Kerava”); kuntien nimien on oltava erilaiset (isoja ja pieniä kirjaimia ei eroteta)",
      "staffing.rows[0].htv.kerava: ”kerava” ei ole alueen kunta; kunnat ovat ”Kerava”, ”KERAVA” – tarkoititko ”Kerava”?",
    ]);
  });

  test("a long member list is cut short in the message", () => {
    const municipalities = Array.from({ length: 10 }, (_, i) => ({
      name: `Kunta ${i + 1}`,
      labourForce: 1,
      population: 1,
    }));
    const draft = { ...minimal(), municipalities, staffing: { rows: [{ title: "A", htv: { Muu: 1 } }] } };
    expect(lines(draft)).toEqual([
      "staffing.rows[0].htv.Muu: ”Muu” ei ole alueen kunta; kunnat ovat ”Kunta 1”, ”Kunta 2”, ”Kunta 3”, ”Kunta 4”, " +
        "”Kunta 5”, ”Kunta 6”, ”Kunta 7”, ”Kunta 8”, …",
    ]);
  });

  test("budget shares sum to 100 % and planning years ascend", () => {
    const draft = {
      ...minimal(),
      budget: {
        lines: [{ name: "Henkilöstö", share: 0.5 }, { name: "Muut" }],
        planningYears: [
          { year: 2026, total: 1 },
          { year: 2025, total: 1 },
        ],
      },
    };
    expect(lines(draft)).toEqual([
      "budget.planningYears[1].year: vuosi 2025 ei ole edellistä vuotta 2026 myöhäisempi; suunnitteluvuosien on oltava nousevassa järjestyksessä",
      "budget.lines: rivien osuudet ovat yhteensä 50 %, odotettiin 100 %",
    ]);
  });

  test("an editor's $schema reference is allowed", () => {
    expect(parseAreaInput({ ...minimal(), $schema: "./area-input.schema.json" }).ok).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The published JSON Schema

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, unknown>;

/** Keywords this checker understands; anything else fails loudly instead of passing silently. */
const KEYWORDS = new Set([
  "$schema",
  "title",
  "description",
  "default",
  "type",
  "enum",
  "properties",
  "required",
  "additionalProperties",
  "propertyNames",
  "items",
  "minItems",
  "maxItems",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "pattern",
]);

/** A small JSON Schema (2020-12) checker for the keywords zod emits; returns the violations. */
function violations(schema: Schema, value: Json, at = "$"): string[] {
  for (const key of Object.keys(schema))
    if (!KEYWORDS.has(key)) throw new Error(`unsupported keyword ${key} at ${at}`);
  const out: string[] = [];
  const type = schema.type as string | undefined;
  const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
  const typeOk =
    type === undefined ||
    (type === "integer" && Number.isInteger(value)) ||
    (type === "number" && typeof value === "number") ||
    (type === "string" && typeof value === "string") ||
    (type === "boolean" && typeof value === "boolean") ||
    (type === "array" && Array.isArray(value)) ||
    (type === "object" && isObject);
  if (!typeOk) return [`${at}: not ${type}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) out.push(`${at}: not in enum`);
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) out.push(`${at}: < minimum`);
    if (typeof schema.maximum === "number" && value > schema.maximum) out.push(`${at}: > maximum`);
    if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum)
      out.push(`${at}: ≤ excl. min`);
    if (typeof schema.exclusiveMaximum === "number" && value >= schema.exclusiveMaximum)
      out.push(`${at}: ≥ excl. max`);
  }
  if (typeof value === "string") {
    const length = [...value].length;
    if (typeof schema.minLength === "number" && length < schema.minLength) out.push(`${at}: too short`);
    if (typeof schema.maxLength === "number" && length > schema.maxLength) out.push(`${at}: too long`);
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value))
      out.push(`${at}: not ${schema.pattern}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems)
      out.push(`${at}: too few items`);
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems)
      out.push(`${at}: too many items`);
    if (schema.items)
      value.forEach((item, i) => out.push(...violations(schema.items as Schema, item, `${at}[${i}]`)));
  }
  if (isObject) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in value)) out.push(`${at}: ${key} required`);
    for (const [key, item] of Object.entries(value)) {
      if (schema.propertyNames) out.push(...violations(schema.propertyNames as Schema, key, `${at}{${key}}`));
      if (key in properties) out.push(...violations(properties[key] as Schema, item, `${at}.${key}`));
      else if (schema.additionalProperties === false) out.push(`${at}: ${key} not allowed`);
      else if (typeof schema.additionalProperties === "object") {
        out.push(...violations(schema.additionalProperties as Schema, item, `${at}.${key}`));
      }
    }
  }
  return out;
}

/** Every object schema in the tree, with where it is. */
function objectSchemas(schema: Schema, at = "$"): { at: string; schema: Schema }[] {
  const found = schema.type === "object" ? [{ at, schema }] : [];
  for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    found.push(...objectSchemas(child, `${at}.${key}`));
  }
  if (schema.items) found.push(...objectSchemas(schema.items as Schema, `${at}[]`));
  if (typeof schema.additionalProperties === "object") {
    found.push(...objectSchemas(schema.additionalProperties as Schema, `${at}.*`));
  }
  return found;
}

describe("JSON Schema", () => {
  const schema = areaInputJsonSchema();

  test("is draft 2020-12 with a title and a description", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.title).toMatch(/Työllisyysalue/);
    expect(schema.description).toMatch(/Unknown fields are errors/);
  });

  test("lists the required fields of docs/input.md", () => {
    expect(schema.required).toEqual(["area", "year", "municipalities", "costSplit"]);
    const municipality = ((schema.properties as Record<string, Schema>).municipalities as Schema)
      .items as Schema;
    expect(municipality.required).toEqual(["name", "labourForce"]);
    const costSplit = (schema.properties as Record<string, Schema>).costSplit as Schema;
    expect(costSplit.required).toEqual(["total", "weights"]);
  });

  test("every object refuses unknown fields: additionalProperties false, or a typed record", () => {
    const objects = objectSchemas(schema);
    expect(objects.length).toBeGreaterThan(10);
    for (const { at, schema: object } of objects) {
      if (object.properties) expect([at, object.additionalProperties]).toEqual([at, false]);
      else {
        // Records (htv by municipality, weights and modes by enum key) type their values and keys.
        expect([at, typeof object.additionalProperties]).toEqual([at, "object"]);
        expect([at, typeof object.propertyNames]).toEqual([at, "object"]);
      }
    }
  });

  test.each(SAMPLE_IDS)("sample %s validates against the schema", (id) => {
    expect(violations(schema, sampleDraft(id) as unknown as Json)).toEqual([]);
  });

  test("docs/input.md's example validates; typos and text numbers do not", () => {
    expect(violations(schema, INPUT_DOC_EXAMPLE as unknown as Json)).toEqual([]);
    const typo = { ...INPUT_DOC_EXAMPLE, municipalities: [{ name: "Kerava", labourforce: 18875 }] };
    expect(violations(schema, typo as unknown as Json)).toEqual([
      "$.municipalities[0]: labourForce required",
      "$.municipalities[0]: labourforce not allowed",
    ]);
    const text = { ...INPUT_DOC_EXAMPLE, municipalities: [{ name: "Kerava", labourForce: "18 875" }] };
    expect(violations(schema, text as unknown as Json)).toEqual([
      "$.municipalities[0].labourForce: not integer",
    ]);
  });

  test("a municipality code is 3 digits as text, for the schema and the model alike", () => {
    const withCode = (code: unknown) => ({
      ...INPUT_DOC_EXAMPLE,
      municipalities: [{ ...INPUT_DOC_EXAMPLE.municipalities[0], code }],
    });
    expect(violations(schema, withCode("049") as unknown as Json)).toEqual([]);
    expect(areaInputSchema.safeParse(withCode("049")).success).toBe(true);
    for (const code of ["49", "0490", "KU049", "04a"]) {
      expect(violations(schema, withCode(code) as unknown as Json)).toEqual([
        "$.municipalities[0].code: not ^\\d{3}$",
      ]);
      expect(areaInputSchema.safeParse(withCode(code)).success).toBe(false);
    }
    expect(violations(schema, withCode(49) as unknown as Json)).toEqual([
      "$.municipalities[0].code: not string",
    ]);
  });

  test("whatever the model accepts, the schema accepts (random valid inputs)", () => {
    fc.assert(
      fc.property(areaInputDraftArb(), (draft) => {
        expect(violations(schema, JSON.parse(JSON.stringify(draft)) as Json)).toEqual([]);
      }),
      { seed: 42, numRuns: 150 },
    );
  });
});
