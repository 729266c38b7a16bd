import fc from "fast-check";
import { areaInputSchema } from "../../src/domain/model";
import { areaInputArb, areaInputDraftArb, TRICKY_TEXTS } from "./arbitraries";

describe("arbitraries", () => {
  test("every draft is a valid input", () => {
    fc.assert(
      fc.property(areaInputDraftArb(), (draft) => {
        const parsed = areaInputSchema.safeParse(draft);
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
      }),
      { seed: 2025, numRuns: 300 },
    );
  });

  test("samples reach the tricky names, the optional sections and the size bounds", () => {
    const inputs = fc.sample(areaInputArb(), { seed: 7, numRuns: 300 });
    const names = new Set(inputs.flatMap((input) => input.municipalities.map((m) => m.name)));
    expect(TRICKY_TEXTS.filter((text) => names.has(text))).toEqual([...TRICKY_TEXTS]);
    for (const section of ["budget", "staffing", "caseload", "services"] as const) {
      expect(inputs.some((input) => input[section] === undefined)).toBe(true);
      expect(inputs.some((input) => input[section] !== undefined)).toBe(true);
    }
    const [large] = fc.sample(areaInputArb({ minMunicipalities: 308, maxMunicipalities: 308 }), {
      seed: 1,
      numRuns: 1,
    });
    expect(large?.municipalities).toHaveLength(308);
  });
});
