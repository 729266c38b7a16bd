import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { areaFigures } from "../../src/domain/figures";
import { SAMPLE_IDS } from "../../src/domain/samples";
import { LANGS } from "../../src/i18n/lang";
import { buildWorkbookPlan } from "../../src/sheets";
import { sampleInput } from "./fixtures";
import { goldenOf, readableJson } from "./planTools";

/**
 * Golden files (STYLE §3): each sample's plan per language as reviewed JSON, so that a changed
 * formula, header or layout shows up as a readable diff. After reviewing a deliberate change,
 * regenerate with `UPDATE_GOLDEN=1 npx jest test/sheets/golden.test.ts`.
 */
const DIR = join(__dirname, "__golden__");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

const cases = SAMPLE_IDS.flatMap((sample) => LANGS.map((lang) => ({ sample, lang })));

describe.each(cases)("golden plan $sample.$lang", ({ sample, lang }) => {
  it("matches the reviewed snapshot", () => {
    const input = sampleInput(sample, lang);
    const plan = buildWorkbookPlan(input, { lang });
    const text = `${readableJson({ figures: areaFigures(input), sheets: goldenOf(plan.sheets) })}\n`;
    const file = join(DIR, `${sample}.${lang}.json`);
    if (UPDATE) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(file, text);
    }
    if (!existsSync(file))
      throw new Error(`${file} is missing: review the plan, then run with UPDATE_GOLDEN=1`);
    expect(text).toBe(readFileSync(file, "utf8"));
  });
});
