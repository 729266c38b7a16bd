import { readFileSync } from "fs";
import { join } from "path";
import { sampleTextsTable } from "./sampleTextsTable";

/*
 * docs/sources.md#sample-texts lists every sample text in the plans' Finnish with its Swedish and
 * English, straight from the catalogues: a changed word without a changed table fails here.
 */
test("docs/sources.md lists every sample text with its Swedish and English", () => {
  const sources = readFileSync(join(__dirname, "../../docs/sources.md"), "utf8");
  const section = sources.slice(sources.indexOf('<a id="sample-texts"></a>'));
  expect(section.startsWith('<a id="sample-texts"></a>')).toBe(true);
  const table = sampleTextsTable();
  expect(table.split("\n").length).toBeGreaterThan(80);
  expect(section).toContain(`\n\n${table}\n\n`);
});
