import { ExcelTarget } from "../../src/excel";
import { ExcelTargetError } from "../../src/excel/errors";
import { LANGS, type Lang } from "../../src/i18n/lang";
import { SAMPLE_IDS } from "../../src/domain/samples";
import type { ExistingNames } from "../../src/sheets/naming";
import type { WorkbookPlan } from "../../src/sheets/plan";
import { a1, rangeA1 } from "../../src/sheets/refs";
import fc from "fast-check";
import { areaInputArb, TRICKY_TEXTS } from "../support/arbitraries";
import { handmadePlan } from "../sheets/handmadePlan";
import { FakeExcel } from "../support/fakeExcel";
import { areaWithMembers, builder, sampleInput } from "./fixtures";
import { planDifferences } from "./planMatch";

/** The target as the pane makes it, on a host that supports what the fake models (`apiVersion`). */
const targetOn = (fake: FakeExcel, lang: Lang = "fi") =>
  new ExcelTarget({ lang, run: fake.run, requirements: FakeExcel.requirements(fake.apiVersion) });

/** Generates into `fake` and returns the plan that was written. */
async function generate(
  fake: FakeExcel,
  build: (existing: ExistingNames) => WorkbookPlan,
  lang: Lang = "fi",
) {
  let plan: WorkbookPlan | undefined;
  const result = await targetOn(fake, lang).generate((existing) => (plan = build(existing)));
  return { plan: plan!, result };
}

describe("ExcelTarget.generate writes the plan", () => {
  it.each([
    ["kerava-sipoo", "fi"],
    ["kerava-sipoo", "sv"],
    ["kerava-sipoo", "en"],
    ["pohjoinen-keski-suomi", "fi"],
    ["kympin", "fi"],
  ] as const)("%s (%s): every cell, table, name, format, width, pane and dropdown", async (sample, lang) => {
    const fake = new FakeExcel(["Taul1"]);
    const { plan, result } = await generate(fake, builder(sampleInput(sample, lang), lang), lang);

    expect(planDifferences(fake, plan)).toEqual([]);
    expect(fake.sheetNames()).toEqual(["Taul1", ...plan.sheets.map((s) => s.name)]);
    expect(result.sheets).toEqual(plan.sheets.map(({ key, name }) => ({ key, name })));
    expect(result.names).toEqual(plan.sheets.flatMap((s) => s.names.map((n) => n.name)));
    expect(result.tables).toEqual(plan.sheets.flatMap((s) => s.tables.map((t) => t.name)));
    // Generation does not take the user away from the sheet they were on.
    expect(fake.activeSheet()).toBe("Taul1");
  });

  it("colours the checks by value and sets A4 one page wide, header and footer, in the same two round trips", async () => {
    const fake = new FakeExcel(["Taul1"]);
    const { plan } = await generate(fake, builder(sampleInput("kerava-sipoo"), "sv"), "sv");
    expect(planDifferences(fake, plan)).toEqual([]);
    const kunnat = plan.sheets[0]!;
    // The sufficiency cell: green when TRUE, red when FALSE, by formula on the cell itself.
    const sufficient = fake
      .conditionalFormats(kunnat.name)
      .filter((f) => f.address === rangeA1(kunnat.checks![0]!.range));
    expect(sufficient.map((f) => [f.formula, f.fill]).sort()).toEqual(
      [
        [
          `=IF(ISERROR(${rangeA1(kunnat.checks![0]!.range)}),FALSE,${rangeA1(kunnat.checks![0]!.range)}=TRUE)`,
          "#C6EFCE",
        ],
        [
          `=IF(ISERROR(${rangeA1(kunnat.checks![0]!.range)}),TRUE,${rangeA1(kunnat.checks![0]!.range)}=FALSE)`,
          "#FFC7CE",
        ],
      ].sort(),
    );
    expect(fake.pageLayout(kunnat.name).headersFooters.rightFooter).toBe("Sida &P / &N");
    expect(fake.stats.syncCalls).toBeLessThanOrEqual(3);
    expect(fake.stats.roundTrips).toBe(2);
  });

  it("on an Excel without ExcelApi 1.9 writes everything but the print settings, which it leaves alone", async () => {
    const fake = new FakeExcel(["Taul1"], { apiVersion: "1.8" });
    const { plan } = await generate(fake, builder(sampleInput("kympin")));
    expect(planDifferences(fake, plan, { pageLayout: false })).toEqual([]);
    expect(
      fake.stats.log.some((op) => op.kind.startsWith("PageLayout") || op.kind.startsWith("HeaderFooter")),
    ).toBe(false);
    expect(fake.stats.roundTrips).toBe(2);
  });

  it.each(SAMPLE_IDS.flatMap((sample) => LANGS.map((lang) => [sample, lang] as const)))(
    "%s (%s) with AutoCorrect growing tables: every table stays where the plan puts it",
    async (sample, lang) => {
      const fake = new FakeExcel(["Taul1"]);
      fake.autoExpandTables = true;
      const { plan } = await generate(fake, builder(sampleInput(sample, lang), lang), lang);
      expect(planDifferences(fake, plan)).toEqual([]);
    },
  );

  it("property: with AutoCorrect growing tables, any valid input generates exactly the plan", async () => {
    await fc.assert(
      fc.asyncProperty(
        areaInputArb({ maxMunicipalities: 8 }),
        fc.constantFrom(...LANGS),
        async (input, lang) => {
          const fake = new FakeExcel();
          fake.autoExpandTables = true;
          const { plan } = await generate(fake, builder(input, lang), lang);
          expect(planDifferences(fake, plan)).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("the .xlsx adapter's hand-made plan: every plan feature, long and comma lists in a hidden column", async () => {
    const fake = new FakeExcel();
    await targetOn(fake).generate(() => handmadePlan);
    expect(planDifferences(fake, handmadePlan)).toEqual([]);
    expect(fake.hiddenColumns(handmadePlan.sheets[0]!.name).length).toBe(2);
  });

  it("property: for any valid input the workbook holds exactly the plan, in at most 3 syncs", async () => {
    await fc.assert(
      fc.asyncProperty(
        areaInputArb({ maxMunicipalities: 8 }),
        fc.constantFrom<Lang>("fi", "sv", "en"),
        async (input, lang) => {
          const fake = new FakeExcel();
          const { plan } = await generate(fake, builder(input, lang), lang);
          expect(planDifferences(fake, plan)).toEqual([]);
          expect(fake.stats.syncCalls).toBeLessThanOrEqual(3);
        },
      ),
      { numRuns: 12 },
    );
  });

  it("writes user text that looks like a formula, a number or a boolean as text", async () => {
    const fake = new FakeExcel();
    const { plan } = await generate(fake, builder(areaWithMembers(2 + TRICKY_TEXTS.length)));
    const sheet = plan.sheets[0]!;
    const found = new Map<string, ReturnType<FakeExcel["cell"]>>();
    for (const block of sheet.blocks) {
      block.cells.forEach((line, i) =>
        line.forEach((cell, j) => {
          if (typeof cell === "string" && (TRICKY_TEXTS as readonly string[]).includes(cell)) {
            found.set(cell, fake.cell(sheet.name, a1(block.row + i, block.col + j)));
          }
        }),
      );
    }
    expect([...found.keys()].sort()).toEqual([...TRICKY_TEXTS].sort());
    for (const [text, cell] of found) {
      expect({ text, value: cell.value, formula: cell.formula }).toEqual({
        text,
        value: text,
        formula: null,
      });
    }
  });

  it("municipality codes land as 3-digit text formatted '@': '005' and '010' keep their zeros", async () => {
    const fake = new FakeExcel();
    const input = sampleInput("kympin");
    const { plan } = await generate(fake, builder(input));
    const kunnat = plan.sheets[0]!.name;
    const codes = input.municipalities.map((m, i) => {
      const cell = fake.cell(kunnat, `B${6 + i}`);
      return { code: m.code, value: cell.value, numberFormat: cell.numberFormat };
    });
    expect(codes.slice(0, 2)).toEqual([
      { code: "005", value: "005", numberFormat: "@" },
      { code: "010", value: "010", numberFormat: "@" },
    ]);
    for (const { code, value, numberFormat } of codes)
      expect({ value, numberFormat }).toEqual({ value: code, numberFormat: "@" });
  });

  it.each([2, 308])(
    "takes at most 3 syncs for %i municipalities, the same batch for any count",
    async (count) => {
      const fake = new FakeExcel();
      await generate(fake, builder(areaWithMembers(count)));
      expect(fake.stats.syncCalls).toBeLessThanOrEqual(3);
      expect(fake.stats.roundTrips).toBe(2);
      // The write batch's formulas show their results when it ends.
      expect(fake.stats.rounds.map((r) => r.formulasCalculated)).toEqual([true, true]);
      expect(fake.staleCells()).toEqual([]);

      const small = new FakeExcel();
      await generate(small, builder(areaWithMembers(3)));
      expect(fake.stats.operations).toBe(small.stats.operations);
    },
  );

  it.each(["Automatic", "AutomaticExceptTables", "Manual"] as const)(
    "shows computed figures at once in %s calculation mode, and leaves the mode as it was",
    async (calculationMode) => {
      const fake = new FakeExcel(["Taul1"], { calculationMode }).setCells("Taul1", "A1:A2", [
        [1],
        [{ formula: "=A1*2", value: 2 }],
      ]);
      const { plan } = await generate(fake, builder(sampleInput("kerava-sipoo")));
      const write = fake.stats.rounds[1]!;
      expect(write.formulasWritten).toBeGreaterThan(0);
      expect(write.formulasCalculated).toBe(true);
      expect(fake.staleCells()).toEqual([]);
      expect(fake.calculationMode).toBe(calculationMode);
      expect(fake.stats.roundTrips).toBe(2);
      // Only the new sheets are calculated, each once: the user's own sheets are left to their mode.
      const calculated = fake.stats.log.filter((op) => op.kind.endsWith(".calculate")).map((op) => op.kind);
      expect(calculated).toEqual(
        calculationMode === "Manual" ? plan.sheets.map(() => "Worksheet.calculate") : [],
      );
    },
  );

  it("steps around the user's sheet, table and name called like ours and leaves them untouched", async () => {
    const fake = new FakeExcel(["Kunnat"])
      .setCells("Kunnat", "A1:C2", [
        ["Oma", "taulukko", 1],
        [{ formula: "=C1*2" }, "=ei kaava", 3],
      ])
      .addSheet("Muistiinpanot")
      .setCells("Muistiinpanot", "A1:B3", [
        ["Kunta", "Arvo"],
        ["Kerava", 5],
        ["Sipoo", 6],
      ])
      .addTable("Muistiinpanot", "A1:B3", "Kunnat")
      .addName("Tyovoima_Yhteensa", "Kunnat", "C1", "käyttäjän oma");
    const before = fake.snapshot() as { sheets: unknown[]; tables: unknown[]; names: unknown[] };

    const { plan } = await generate(fake, builder(sampleInput("kerava-sipoo")));

    const after = fake.snapshot() as typeof before;
    expect(after.sheets.slice(0, 2)).toEqual(before.sheets);
    expect(after.tables.slice(0, 1)).toEqual(before.tables);
    expect(after.names.slice(0, 1)).toEqual(before.names);
    expect(plan.sheets[0]!.name).toBe("Kunnat (2)");
    expect(fake.tables().map((t) => t.name)).toContain("Kunnat_2");
    expect(fake.names().map((n) => n.name)).toContain("Tyovoima_Yhteensa_2");
    expect(planDifferences(fake, plan)).toEqual([]);
  });

  it("generates a second and a third time beside the first: (2)/(3) and _2/_3", async () => {
    const fake = new FakeExcel();
    const build = builder(sampleInput("kerava-sipoo"));
    const first = await generate(fake, build);
    const second = await generate(fake, build);
    const third = await generate(fake, build);
    expect(second.plan.sheets[0]!.name).toBe(`${first.plan.sheets[0]!.name} (2)`);
    expect(third.plan.sheets[0]!.name).toBe(`${first.plan.sheets[0]!.name} (3)`);
    expect(second.result.names.every((n) => n.endsWith("_2"))).toBe(true);
    expect(third.result.names.every((n) => n.endsWith("_3"))).toBe(true);
    for (const { plan } of [first, second, third]) expect(planDifferences(fake, plan)).toEqual([]);
  });

  it("reports progress from read to done", async () => {
    const steps: string[] = [];
    const fake = new FakeExcel();
    await targetOn(fake).generate(builder(sampleInput("kerava-sipoo")), (fraction, step) =>
      steps.push(`${fraction}:${step}`),
    );
    expect(steps).toEqual(["0:read", "0.25:write", "0.6:format", "1:done"]);
  });
});

describe("ExcelTarget.generate refuses a plan that would overwrite or that Excel cannot hold", () => {
  it("a builder that ignores what exists: nothing written, the message names the sheet", async () => {
    const fake = new FakeExcel(["Kunnat"]);
    const before = fake.snapshot();
    const stale = builder(sampleInput("kerava-sipoo"));
    const error = await targetOn(fake)
      .generate(() => stale({ sheets: [], tables: [], names: [] }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelTargetError);
    expect((error as ExcelTargetError).step).toBe("plan");
    expect((error as Error).message).toBe(
      "Laskentataulukoita ei luotu: laskentataulukko ”Kunnat” on jo työkirjassa. Työkirjaan ei kirjoitettu mitään.",
    );
    expect(fake.snapshot()).toEqual(before);
    expect(fake.stats.roundTrips).toBe(1);
  });

  it("a name already in use, in Swedish", async () => {
    const fake = new FakeExcel(["Blad1"]).addName("Htv_Tarve", "Blad1", "A1");
    const stale = builder(sampleInput("kerava-sipoo"), "sv");
    const error = await targetOn(fake, "sv")
      .generate(() => stale({ sheets: [], tables: [], names: [] }))
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      "Kalkylbladen skapades inte: namnet ”Htv_Tarve” används redan i arbetsboken. Ingenting skrevs i arbetsboken.",
    );
  });

  it("a malformed plan: nothing written, the developers' detail is kept", async () => {
    const fake = new FakeExcel();
    const before = fake.snapshot();
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "municipalities",
          name: "Kunnat",
          blocks: [{ row: 0, col: 0, cells: [["a", "b"], ["c"]] }],
          formats: [],
          columnWidths: [],
          tables: [],
          names: [],
          validations: [],
        },
      ],
    };
    const error = await targetOn(fake, "en")
      .generate(() => plan)
      .catch((e: unknown) => e);
    expect((error as ExcelTargetError).step).toBe("plan");
    expect((error as Error).message).toMatch(
      /^The worksheets were not created because the add-in's plan has an error/,
    );
    expect((error as Error).message).toContain("block 0 row 1 has 1 cells, not 2");
    expect(fake.snapshot()).toEqual(before);
  });
});

describe("ExcelTarget.generate rolls back when a batch fails midway", () => {
  /** A workbook with the user's own things that a generation must not disturb. */
  const userWorkbook = () =>
    new FakeExcel(["Kunnat", "Talous"])
      .setCells("Kunnat", "A1:B2", [
        ["Kunta", "Työvoima"],
        ["Kerava", 18875],
      ])
      .addTable("Kunnat", "A1:B2", "Kunnat")
      .addName("Tyovoima_Yhteensa", "Kunnat", "B2")
      .select("Talous", "C3");

  it("for a failure injected at every operation, the workbook afterwards equals the workbook before", async () => {
    // Every run starts from the same workbook, so the plan is the same; build it once.
    const plans = new Map<string, WorkbookPlan>();
    const fresh = builder(sampleInput("kerava-sipoo"));
    const build = (existing: ExistingNames) => {
      const key = JSON.stringify(existing);
      if (!plans.has(key)) plans.set(key, fresh(existing));
      return plans.get(key)!;
    };
    const before = userWorkbook().snapshot();
    const probe = userWorkbook();
    await targetOn(probe).generate(build);
    const operations = probe.stats.operations;
    expect(operations).toBeGreaterThan(100);

    const steps = new Set<string>();
    for (let k = 1; k <= operations; k++) {
      const fake = userWorkbook();
      fake.failAt(k);
      const error = await targetOn(fake)
        .generate(build)
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect({ k, kind: probe.stats.log[k - 1]!.kind, rejected: error instanceof ExcelTargetError }).toEqual({
        k,
        kind: probe.stats.log[k - 1]!.kind,
        rejected: true,
      });
      expect({ k, workbook: fake.snapshot() }).toEqual({ k, workbook: before });
      const { step, leftBehind, message } = error as ExcelTargetError;
      expect(leftBehind).toEqual({ sheets: [], names: [] });
      expect(message).toMatch(/^Laskentataulukoiden luonti epäonnistui vaiheessa ”[^”]+”: .+\. \S/);
      expect(message).toMatch(
        step === "read" ? /Työkirjaan ei kirjoitettu mitään\.$/ : /Työkirja on palautettu ennalleen\.$/,
      );
      steps.add(step);
    }
    // Every step of the batch was hit by some injected failure, and named as such.
    expect([...steps].sort()).toEqual(
      [
        "read",
        "write",
        "sheets",
        "values",
        "tables",
        "names",
        "formulas",
        "formats",
        "validation",
        "charts",
      ].sort(),
    );
    expect(plans.size).toBe(1);
  });

  it("property: any input, a failure at any operation: the workbook is as it was", async () => {
    await fc.assert(
      fc.asyncProperty(
        areaInputArb({ maxMunicipalities: 6 }),
        fc.integer({ min: 1, max: 2000 }),
        async (input, n) => {
          const probe = userWorkbook();
          const build = builder(input);
          await targetOn(probe).generate(build);
          const k = 1 + (n % probe.stats.operations);
          const fake = userWorkbook();
          const before = fake.snapshot();
          fake.failAt(k);
          await expect(targetOn(fake).generate(build)).rejects.toBeInstanceOf(ExcelTargetError);
          expect(fake.snapshot()).toEqual(before);
        },
      ),
      { numRuns: 15 },
    );
  });

  it("still notices a table Excel grew (a plan SheetDraft would refuse), and rolls back", async () => {
    const fake = userWorkbook();
    fake.autoExpandTables = true;
    const before = fake.snapshot();
    const base = builder(sampleInput("kerava-sipoo"), "en");
    let plan: WorkbookPlan | undefined;
    // A hand-altered plan: a formula (written after the tables) right below the Kunnat table.
    const build = (existing: ExistingNames): WorkbookPlan => {
      const built = base(existing);
      const [first, ...rest] = built.sheets;
      const table = first!.tables[0]!;
      const below = { row: table.range.row + table.range.rows, col: 0, cells: [[{ formula: "=1+1" }]] };
      plan = { sheets: [{ ...first!, blocks: [...first!.blocks, below] }, ...rest] };
      return plan;
    };
    const error = (await targetOn(fake, "en")
      .generate(build)
      .catch((e: unknown) => e)) as ExcelTargetError;
    const table = plan!.sheets[0]!.tables[0]!;
    const grown = rangeA1({ ...table.range, rows: table.range.rows + 1 });
    expect(error.step).toBe("tables");
    expect(error.message).toBe(
      `Creating the worksheets failed at step 'creating the tables': Excel extended the table '${table.name}' to ${grown} ` +
        "(Excel's AutoCorrect extends a table over a row written below it). The workbook has been restored as it was.",
    );
    expect(fake.snapshot()).toEqual(before);
  });

  it("names what it could not remove when the rollback fails too", async () => {
    const fake = userWorkbook();
    fake.failWhen = (op) => op.kind === "Range.formulas" || op.kind === "Worksheet.delete";
    const error = (await targetOn(fake)
      .generate(builder(sampleInput("kerava-sipoo")))
      .catch((e: unknown) => e)) as ExcelTargetError;
    expect(error.step).toBe("formulas");
    expect(error.leftBehind.sheets).toEqual([
      "Kunnat (2)",
      "Kustannusjako",
      "Budjettikehys",
      "Henkilöstötaulukko",
      "Palvelutuotantomatriisi",
    ]);
    // The names went (they are deleted before the sheets); the sheets stayed.
    expect(error.leftBehind.names).toEqual([]);
    expect(error.message).toContain(
      "Työkirjaa ei saatu kokonaan palautettua; poista käsin laskentataulukot ”Kunnat (2)”",
    );
  });

  it("when the workbook cannot even be read after the failed rollback, says what may be left, not what is", async () => {
    const fake = userWorkbook();
    fake.failWhen = (op) =>
      op.kind === "Range.formulas" || op.kind === "WorksheetCollection.getItemOrNullObject";
    let plan: WorkbookPlan | undefined;
    const build = builder(sampleInput("kerava-sipoo"));
    const error = (await targetOn(fake)
      .generate((existing) => (plan = build(existing)))
      .catch((e: unknown) => e)) as ExcelTargetError;
    expect(error.leftBehind).toEqual({
      sheets: plan!.sheets.map((s) => s.name),
      names: plan!.sheets.flatMap((s) => s.names.map((n) => n.name)),
      unverified: true,
    });
    expect(error.message).toContain(
      "Työkirjaa ei saatu palautettua eikä sen tilaa voitu tarkistaa; poista käsin ne näistä, jotka ovat työkirjassa: laskentataulukot ”Kunnat (2)”",
    );
    expect(error.message).not.toContain("palautettu ennalleen");
  });

  it.each([
    [
      "sv",
      /^Det gick inte att skapa kalkylbladen i steget ”skapande av tabeller”: .+\. Arbetsboken har återställts som den var\.$/,
    ],
    [
      "en",
      /^Creating the worksheets failed at step 'creating the tables': .+\. The workbook has been restored as it was\.$/,
    ],
  ] as const)("explains the failure in %s", async (lang, message) => {
    const fake = userWorkbook();
    fake.failWhen = (op) => op.kind === "TableCollection.add";
    const error = await targetOn(fake, lang)
      .generate(builder(sampleInput("kerava-sipoo"), lang))
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(message);
  });
});

describe("ExcelTarget.readSelection", () => {
  const workbook = () =>
    new FakeExcel(["Taul1", "Tiedot"]).setCells("Tiedot", "B2:D5", [
      ["Kunta", "Työvoima", "Huom"],
      ["Kerava", 18875, "18 875"],
      ["Sipoo", { error: "#N/A" }, true],
      ['=HYPERLINK("x")', null, null],
    ]);

  it("reads the selected cells that hold data, with their position and error cells, in one sync", async () => {
    const fake = workbook().select("Tiedot", "A1:F30");
    const selection = await targetOn(fake).readSelection();
    expect(selection).toEqual({
      address: "Tiedot!B2:D5",
      sheetName: "Tiedot",
      row: 1,
      col: 1,
      values: [
        ["Kunta", "Työvoima", "Huom"],
        ["Kerava", 18875, "18 875"],
        ["Sipoo", "#N/A", true],
        ['=HYPERLINK("x")', "", ""],
      ],
      errors: [
        [false, false, false],
        [false, false, false],
        [false, true, false],
        [false, false, false],
      ],
    });
    expect(fake.stats.roundTrips).toBe(1);
  });

  it("reads the user's formulas and links to other workbooks as the values Excel shows", async () => {
    const fake = new FakeExcel(["Taul1"])
      .setCells("Taul1", "A1:B3", [
        ["Kunta", "Työvoima"],
        [
          { formula: "='[Kunnat 2024.xlsx]Taul1'!A2", value: "Kerava" },
          { formula: "=18000+875", value: 18875 },
        ],
        ["Sipoo", { formula: "=SUM(C1:C2)", value: 11691 }],
      ])
      .select("Taul1", "A1:B3");
    const selection = await targetOn(fake).readSelection();
    expect(selection.values).toEqual([
      ["Kunta", "Työvoima"],
      ["Kerava", 18875],
      ["Sipoo", 11691],
    ]);
  });

  it("gives no values for an empty selection", async () => {
    const fake = workbook().select("Taul1", "C3:D4");
    expect(await targetOn(fake).readSelection()).toEqual({
      address: "Taul1!C3:D4",
      sheetName: "Taul1",
      row: 2,
      col: 2,
      values: [],
    });
  });

  it("turns a failure into a localized error", async () => {
    const fake = workbook();
    fake.failWhen = () => true;
    const error = await targetOn(fake, "sv")
      .readSelection()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelTargetError);
    expect((error as Error).message).toMatch(/^Det markerade området kunde inte läsas: .+\.$/);
  });
});

describe("ExcelTarget.activateSheet", () => {
  it("brings the sheet to the front", async () => {
    const fake = new FakeExcel(["Taul1", "Kunnat"]);
    await targetOn(fake).activateSheet("kunnat");
    expect(fake.activeSheet()).toBe("Kunnat");
  });

  it.each([
    ["fi", "Laskentataulukkoa ”Kunnat (2)” ei löydy työkirjasta."],
    ["sv", "Kalkylbladet ”Kunnat (2)” finns inte i arbetsboken."],
    ["en", "The worksheet 'Kunnat (2)' is not in the workbook."],
  ] as const)("says plainly when the sheet is gone (%s)", async (lang, message) => {
    const error = await targetOn(new FakeExcel(), lang)
      .activateSheet("Kunnat (2)")
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe(message);
  });
});
