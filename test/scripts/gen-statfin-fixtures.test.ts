import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { FIXTURE_DIR, statfinFixtures } from "../../scripts/gen-statfin-fixtures";

describe("scripts/gen-statfin-fixtures.ts", () => {
  const generated = statfinFixtures();

  test("test/fixtures/statfin/ holds exactly what the script writes (run `npm run gen:statfin-fixtures`)", () => {
    expect(readdirSync(FIXTURE_DIR).sort()).toEqual(Object.keys(generated).sort());
    for (const [name, bytes] of Object.entries(generated)) {
      expect([name, Buffer.from(readFileSync(join(FIXTURE_DIR, name))).equals(Buffer.from(bytes))]).toEqual([
        name,
        true,
      ]);
    }
  });

  test("PxWeb's own layout: a quoted title, a blank line, a quoted header, CRLF, Windows-1252 without a mark", () => {
    const bytes = generated["kerava-sipoo.long.fi.csv"] as Uint8Array;
    const text = Buffer.from(bytes).toString("latin1");
    expect(text).toMatch(/^"[^"\r\n]+"\r\n\r\n"Alue","Tiedot","2022","2023","2024"\r\n/);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    // "ä" of "Väkiluku" is the single byte 0xE4.
    expect([...bytes].slice(0, 3)).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(0xe4)).toBe(true);
    expect(text).toContain('"KU245 Kerava","Väkiluku",');
  });

  test("re-saved variants: UTF-8 with a mark and semicolons, UTF-16 LE with tabs", () => {
    const utf8 = generated["kerava-sipoo.wide.fi.csv"] as Uint8Array;
    expect([...utf8.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(utf8).toString("utf8")).toContain("Kerava;38\u00a0000;18\u00a0875");
    const utf16 = generated["kerava-sipoo.wide.sv.csv"] as Uint8Array;
    expect([...utf16.slice(0, 2)]).toEqual([0xff, 0xfe]);
    expect(Buffer.from(utf16.slice(2)).toString("utf16le")).toContain("Kervo\t38000\t18875");
  });
});
