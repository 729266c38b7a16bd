import { readFileSync } from "fs";
import {
  CSV_PATH,
  generateAreasModule,
  generateRegionsModule,
  MODULE_PATH,
  readClassification,
  readRegions,
  REGIONS_MODULE_PATH,
} from "../../scripts/gen-areas";

describe("scripts/gen-areas.ts", () => {
  test("the committed src/domain/areas.data.ts is what the script generates from the CSV (run `npm run gen:areas`)", () => {
    expect(readFileSync(MODULE_PATH, "utf8")).toBe(generateAreasModule(readFileSync(CSV_PATH, "utf8")));
  });

  test("the committed src/domain/regions.data.ts is what the script generates from the CSV", () => {
    expect(readFileSync(REGIONS_MODULE_PATH, "utf8")).toBe(
      generateRegionsModule(readFileSync(CSV_PATH, "utf8")),
    );
  });

  test("the classification has 19 regions, each with one Swedish name", () => {
    const regions = readRegions(readFileSync(CSV_PATH, "utf8"));
    expect(regions).toHaveLength(19);
    expect(regions).toContainEqual({ fi: "Uusimaa", sv: "Nyland" });
    expect(regions).toContainEqual({ fi: "Ahvenanmaa", sv: "Åland" });
  });

  const header =
    "kunta_koodi,kunta_fi,kunta_sv,kielet,maakunta_fi,maakunta_sv,tyollisyysalue_koodi,tyollisyysalue_fi,tyollisyysalue_sv,tyollisyysalue_en";
  const line = (code: string, area = "1,A,B,C") => `${code},Kunta${code},Kommun${code},fi,M,M,${area}`;

  test("groups municipalities by area, areas in code order, members in file order, CRLF and BOM read", () => {
    const csv = `\uFEFF${[header, line("200", "2,X,Y,Z"), line("049"), line("100")].join("\r\n")}\r\n`;
    expect(readClassification(csv)).toEqual([
      {
        code: 1,
        fi: "A",
        sv: "B",
        en: "C",
        members: [
          { code: "049", fi: "Kunta049", sv: "Kommun049" },
          { code: "100", fi: "Kunta100", sv: "Kommun100" },
        ],
      },
      { code: 2, fi: "X", sv: "Y", en: "Z", members: [{ code: "200", fi: "Kunta200", sv: "Kommun200" }] },
    ]);
  });

  test.each([
    ["another header", ["kunta,nimi", line("049")], /header/],
    ["a code without its leading zero", [header, line("49")], /line 2.*3 digits/],
    ["a repeated code", [header, line("049"), line("049")], /line 3.*repeated/],
    ["a quoted field", [header, `${line("049")},"x"`], /line 2/],
    ["an area named two ways", [header, line("049"), line("050", "1,A,B,D")], /line 3.*named differently/],
    ["a blank name", [header, "049,,Esbo,fi,M,M,1,A,B,C"], /line 2.*blank/],
  ])("refuses a file with %s", (_what, lines, message) => {
    expect(() => readClassification(lines.join("\n"))).toThrow(message);
  });
});
