import { SAMPLE_IDS, withTexts } from "../../src/domain/samples";
import type { Lang } from "../../src/i18n/lang";
import { sampleDraft } from "../sheets/fixtures";

/**
 * The table of docs/sources.md#sample-texts: every text of every sample in the source plan's
 * Finnish, with its Swedish and English, in input order, each row once. Print it with
 * `npx tsx test/docs/sampleTextsTable.ts` after changing a sample's words.
 */
export function sampleTextsTable(): string {
  const textsIn = (id: (typeof SAMPLE_IDS)[number], lang: Lang): string[] => {
    const texts: string[] = [];
    withTexts(sampleDraft(id, lang), (text) => {
      texts.push(text);
      return text;
    });
    return texts;
  };
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  const seen = new Set<string>();
  const rows = SAMPLE_IDS.flatMap((id) => {
    const [fi, sv, en] = (["fi", "sv", "en"] as const).map((lang) => textsIn(id, lang)) as [
      string[],
      string[],
      string[],
    ];
    return fi.flatMap((original, i) => {
      const row = `| \`${id}\` | ${[original, sv[i] ?? "", en[i] ?? ""].map(cell).join(" | ")} |`;
      const key = row.slice(row.indexOf("` |") + 3);
      if (seen.has(key)) return [];
      seen.add(key);
      return [row];
    });
  });
  return ["| Sample | Suomi (the plan's words) | Svenska | English |", "|---|---|---|---|", ...rows].join(
    "\n",
  );
}

if (require.main === module) process.stdout.write(`${sampleTextsTable()}\n`);
