import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { FIXTURE_AREAS, FIXTURE_DIR } from "../../scripts/gen-statfin-fixtures";
import { EXIT, main, renderWorkbook, type CliIo } from "../../src/cli/run";
import {
  formulaErrors,
  namedValues,
  readWorkbook,
  recalculate,
  sofficeAvailable,
  type XlsxFile,
} from "../support/libreoffice";

/**
 * The LibreOffice oracle (docs/oracle.md) for Statistics Finland's files: each area's fixture, long
 * and wide, Finnish and Swedish, goes through the command line (`generate --area … --csv …`), and
 * the workbook LibreOffice recalculates must hold in Tyovoima_Yhteensa the sum of the members'
 * labour force as the generator wrote it into the file. SKIP_ORACLE=1 skips it (see oracle.test.ts).
 */
const skip = process.env.SKIP_ORACLE === "1";
const describeOracle = skip ? describe.skip : describe;

const cases = FIXTURE_AREAS.flatMap((area) =>
  ["long.fi", "long.sv", "wide.fi", "wide.sv"].map((variant) => ({
    area,
    fixture: `${area.id}.${variant}.csv`,
    lang: variant.endsWith("sv") ? ("sv" as const) : ("fi" as const),
  })),
);

let recalculated: Map<string, ExcelJS.Workbook>;

describeOracle(skip ? "StatFin oracle: SKIPPED (SKIP_ORACLE=1)" : "StatFin oracle", () => {
  beforeAll(async () => {
    if (!sofficeAvailable()) throw new Error("LibreOffice (soffice) is needed, or SKIP_ORACLE=1");
    const dir = mkdtempSync(join(tmpdir(), "tyollisyysalue-statfin-oracle-"));
    try {
      const files: XlsxFile[] = [];
      for (const { area, fixture, lang } of cases) {
        copyFileSync(join(FIXTURE_DIR, fixture), join(dir, fixture));
        let err = "";
        const io: CliIo = {
          stdout: () => undefined,
          stderr: (text) => {
            err += text;
          },
          readStdin: async () => new Uint8Array(0),
          cwd: dir,
          render: renderWorkbook,
        };
        const out = `${fixture}.xlsx`;
        const code = await main(
          ["generate", "--area", String(area.area.code), "--csv", fixture, "-o", out, "--lang", lang],
          io,
        );
        if (code !== EXIT.ok) throw new Error(`${fixture}: exit ${code}\n${err}`);
        files.push({ name: out, bytes: new Uint8Array(readFileSync(join(dir, out))) });
      }
      recalculated = new Map();
      for (const [name, bytes] of await recalculate(files)) recalculated.set(name, await readWorkbook(bytes));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  test.each(cases.map((c) => [c.fixture, c] as const))(
    "%s: Tyovoima_Yhteensa is the sum of the members' labour force in the file",
    (_, { area, fixture }) => {
      const workbook = recalculated.get(`${fixture}.xlsx`) as ExcelJS.Workbook;
      const sum = area.area.members.reduce(
        (total, m) => total + (area.figures.get(m.code)?.labourForce ?? NaN),
        0,
      );
      expect(Number.isFinite(sum)).toBe(true);
      expect(namedValues(workbook, "Tyovoima_Yhteensa")).toEqual([[sum]]);
      expect(formulaErrors(workbook)).toEqual([]);
    },
  );
});
