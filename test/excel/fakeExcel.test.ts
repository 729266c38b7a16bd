/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read,
   office-addins/call-sync-after-load, office-addins/no-context-sync-in-loop
   -- these tests make exactly those mistakes on purpose, to see the fake react as Excel does. */
import fc from "fast-check";
import { FAKE_MEMBERS, FakeExcel, FakeExcelError, type FakeClassName } from "../support/fakeExcel";

/** Runs one batch on the fake and returns what it resolved to, or the error it threw. */
const attempt = <T>(
  fake: FakeExcel,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<{ value?: T; error?: FakeExcelError }> =>
  fake.run(batch).then(
    (value) => ({ value }),
    (error: unknown) => ({ error: error as FakeExcelError }),
  );

/** One object of each chart class, queued on `sheet` (never synced, so never run). */
function chartObjects(sheet: Excel.Worksheet, range: Excel.Range) {
  const chart = sheet.charts.add("Line", range, "Columns");
  return {
    ChartCollection: sheet.charts,
    Chart: chart,
    ChartTitle: chart.title,
    ChartLegend: chart.legend,
    ChartSeriesCollection: chart.series,
    ChartSeries: chart.series.getItemAt(0),
    ChartAxes: chart.axes,
    ChartAxis: chart.axes.valueAxis,
  };
}

describe("the fake Excel refuses what the real API lacks", () => {
  it("throws on a member Excel.Range does not have, read or written", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1") as unknown as Record<
        string,
        unknown
      >;
      // Microsoft's own template once called a method its mock spelt differently; here that throws.
      expect(() => range.setValues).toThrow("Excel.Range has no member 'setValues'");
      expect(() => (range.valuesAsText = [["x"]])).toThrow("Excel.Range has no member 'valuesAsText'");
      expect(() => (context as unknown as Record<string, unknown>).workbooks).toThrow(
        "Excel.RequestContext has no member 'workbooks'",
      );
      await context.sync();
    });
  });

  it("offers exactly the members it implements, each one a member of the real class", () => {
    // `satisfies (keyof Excel.X)[]` in the fake makes tsc prove the second half; this proves the first.
    const fake = new FakeExcel();
    return fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getRange("A1");
      const conditional = range.conditionalFormats.add("Custom");
      const layout = sheet.pageLayout;
      const objects: Record<FakeClassName, object> = {
        RequestContext: context,
        Application: context.application,
        Workbook: context.workbook,
        WorksheetCollection: context.workbook.worksheets,
        Worksheet: sheet,
        WorksheetFreezePanes: sheet.freezePanes,
        Range: range,
        RangeFormat: range.format,
        RangeFont: range.format.font,
        RangeFill: range.format.fill,
        RangeBorderCollection: range.format.borders,
        RangeBorder: range.format.borders.getItem("EdgeTop"),
        DataValidation: range.dataValidation,
        TableCollection: sheet.tables,
        Table: sheet.tables.getItem("x"),
        NamedItemCollection: context.workbook.names,
        NamedItem: context.workbook.names.getItem("x"),
        ConditionalFormatCollection: range.conditionalFormats,
        ConditionalFormat: conditional,
        CustomConditionalFormat: conditional.custom,
        ConditionalFormatRule: conditional.custom.rule,
        ConditionalRangeFormat: conditional.custom.format,
        ConditionalRangeFont: conditional.custom.format.font,
        ConditionalRangeFill: conditional.custom.format.fill,
        PageLayout: layout,
        HeaderFooterGroup: layout.headersFooters,
        HeaderFooter: layout.headersFooters.defaultForAllPages,
        ...chartObjects(sheet, range),
      };
      for (const [cls, object] of Object.entries(objects) as [FakeClassName, object][]) {
        const own = Object.getPrototypeOf(object) as object;
        const inherited = new Set<string>();
        for (let proto = own; proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object) {
          for (const name of Object.getOwnPropertyNames(proto))
            if (name !== "constructor") inherited.add(name);
        }
        const offered = new Set(FAKE_MEMBERS[cls]);
        const ownMembers = Object.getOwnPropertyNames(own).filter((name) => name !== "constructor");
        expect({ cls, offeredButMissing: [...offered].filter((m) => !inherited.has(m)) }).toEqual({
          cls,
          offeredButMissing: [],
        });
        expect({ cls, implementedButHidden: ownMembers.filter((m) => !offered.has(m)) }).toEqual({
          cls,
          implementedButHidden: [],
        });
      }
    });
  });

  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      range.load("address");
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.address).toBe("Sheet1!B2");
      expect(() => range.values).toThrow(
        "The property 'values' is not available. Before reading the property's value, call the load method",
      );
      // A property set on the object reads back without a load, as office.js keeps it on the proxy.
      range.values = [[5]];
      expect(range.values).toEqual([[5]]);
    });
  });

  it("reads isNullObject only after a sync", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Ei ole");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
    });
  });
});

describe("the fake Excel runs queued operations at sync, in order, not transactionally", () => {
  it("applies the operations before a failing one and none after it", async () => {
    const fake = new FakeExcel();
    const outcome = await attempt(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      sheet.getRange("A2").values = [[2, 3]]; // wrong shape: InvalidArgument
      sheet.getRange("A3").values = [[4]];
      expect(fake.contents("Sheet1", "A1:A3")).toEqual([[null], [null], [null]]);
      await context.sync();
    });
    expect(outcome).toEqual({ error: expect.objectContaining({ code: "InvalidArgument" }) });
    expect(outcome.error?.debugInfo.errorLocation).toBe("Range.values");
    expect(fake.contents("Sheet1", "A1:A3")).toEqual([[1], [null], [null]]);
  });

  it("fails the operation chosen with failAt, at any index", async () => {
    for (let k = 1; k <= 3; k++) {
      const fake = new FakeExcel();
      fake.failAt(k);
      const outcome = await attempt(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        ["A1", "A2", "A3"].forEach((address, i) => (sheet.getRange(address).values = [[i + 1]]));
        await context.sync();
      });
      expect(outcome.error?.code).toBe("GeneralException");
      expect(fake.contents("Sheet1", "A1:A3").flat()).toEqual([1, 2, 3].map((n) => (n < k ? n : null)));
    }
  });

  it("counts syncs and round trips; Excel.run sends what is left, an empty queue costs nothing", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      return "left for Excel.run";
    });
    expect(fake.stats).toMatchObject({ syncCalls: 1, roundTrips: 1, operations: 1 });
    expect(fake.contents("Sheet1", "A1")).toEqual([[1]]);
  });
});

describe("the fake Excel keeps names unique without regard to case", () => {
  it.each([
    ["a sheet", (c: Excel.RequestContext) => c.workbook.worksheets.add("SHEET1")],
    [
      "a name like a table",
      (c: Excel.RequestContext) =>
        c.workbook.names.add("kunnat", c.workbook.worksheets.getItem("Sheet1").getRange("A1")),
    ],
    [
      "a table like a name",
      (c: Excel.RequestContext) => {
        const table = c.workbook.worksheets.getItem("Sheet1").tables.add("D1:E2", true);
        table.name = "TYOVOIMA_YHTEENSA";
      },
    ],
  ])("refuses %s that exists", async (_, add) => {
    const fake = new FakeExcel()
      .setCells("Sheet1", "A1:B2", [
        ["Kunta", "Työvoima"],
        ["Kerava", 1],
      ])
      .addTable("Sheet1", "A1:B2", "Kunnat")
      .addName("Tyovoima_Yhteensa", "Sheet1", "B2");
    const outcome = await attempt(fake, async (context) => {
      add(context);
      await context.sync();
    });
    expect(outcome.error?.code).toBe("ItemAlreadyExists");
  });

  it("refuses sheet and defined names Excel does not allow", async () => {
    for (const add of [
      (c: Excel.RequestContext) => c.workbook.worksheets.add("a/b"),
      (c: Excel.RequestContext) => c.workbook.worksheets.add("x".repeat(32)),
      (c: Excel.RequestContext) => c.workbook.names.add("A1", "=1"),
      (c: Excel.RequestContext) => c.workbook.names.add("with space", "=1"),
    ]) {
      const outcome = await attempt(new FakeExcel(), async (context) => {
        add(context);
        await context.sync();
      });
      expect(outcome.error?.code).toBe("InvalidArgument");
    }
  });
});

describe("the fake Excel treats written text as Excel does", () => {
  const write = async (entries: unknown[][], numberFormat?: string) => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Sheet1")
        .getRangeByIndexes(0, 0, entries.length, entries[0]!.length);
      if (numberFormat) range.numberFormat = entries.map((row) => row.map(() => numberFormat));
      range.values = entries;
      await context.sync();
    });
    return fake;
  };

  it("parses unquoted text as typed: formulas, numbers, booleans", async () => {
    const fake = await write([
      ['=HYPERLINK("x")', "+1", "@SUM(A1)", "-5", "TRUE", "18875", "18 875", "#N/A", "-A1"],
    ]);
    expect(fake.contents("Sheet1", "A1:I1")).toEqual([
      ['=HYPERLINK("x")', 1, "=SUM(A1)", -5, true, 18875, "18 875", "#N/A", "=-A1"],
    ]);
    expect(fake.cell("Sheet1", "A1").formula).toBe('=HYPERLINK("x")');
    expect(fake.cell("Sheet1", "H1").state.error).toBe(true);
  });

  it("keeps text after the quote prefix as text, without the apostrophe", async () => {
    const fake = await write([['\'=HYPERLINK("x")', "'+1", "'@SUM(A1)", "''quoted"]]);
    expect(fake.contents("Sheet1", "A1:D1")).toEqual([['=HYPERLINK("x")', "+1", "@SUM(A1)", "'quoted"]]);
    expect(fake.cell("Sheet1", "A1")).toMatchObject({ formula: null, quotePrefix: true });
  });

  it("keeps text in cells formatted as Text", async () => {
    const fake = await write([["=1+1", "42"]], "@");
    expect(fake.contents("Sheet1", "A1:B1")).toEqual([["=1+1", "42"]]);
  });

  it("types setup cells as a user would, or stores them verbatim", () => {
    const fake = new FakeExcel()
      .typeCells("Sheet1", "A1:C1", [['\'=HYPERLINK("x")', "=1+1", "42"]])
      .setCells("Sheet1", "A2:C2", [['\'=HYPERLINK("x")', "=1+1", "42"]]);
    expect(fake.contents("Sheet1", "A1:C2")).toEqual([
      ['=HYPERLINK("x")', "=1+1", 42],
      ['\'=HYPERLINK("x")', "=1+1", "42"],
    ]);
    expect(fake.cell("Sheet1", "B1").formula).toBe("=1+1");
    expect(fake.cell("Sheet1", "B2").formula).toBeNull();
  });

  it("leaves the cell under a null entry as it was", async () => {
    const fake = new FakeExcel().setCells("Sheet1", "A1:B1", [["pidä", "vaihda"]]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, "uusi"]];
      await context.sync();
    });
    expect(fake.contents("Sheet1", "A1:B1")).toEqual([["pidä", "uusi"]]);
  });

  it("refuses a formula whose structured reference names no table or column, or whose sheet is missing", async () => {
    for (const formula of ["=SUM(Kunnat[Työvoima])", "=SUM(T[Puuttuu])", "='Ei ole'!A1", "=SUM(("]) {
      const fake = new FakeExcel()
        .setCells("Sheet1", "A1:A2", [["Työvoima"], [1]])
        .addTable("Sheet1", "A1:A2", "T");
      const outcome = await attempt(fake, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("C1").formulas = [[formula]];
        await context.sync();
      });
      expect({ formula, code: outcome.error?.code }).toEqual({ formula, code: "InvalidArgument" });
    }
    const fake = new FakeExcel()
      .setCells("Sheet1", "A1:A2", [["Työvoima"], [1]])
      .addTable("Sheet1", "A1:A2", "T");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C1:C2").formulas = [
        ["=SUM(t[työvoima])"],
        ["=T[[#This Row],[Työvoima]]*2"],
      ];
      await context.sync();
    });
    expect(fake.contents("Sheet1", "C1:C2")).toEqual([
      ["=SUM(t[työvoima])"],
      ["=T[[#This Row],[Työvoima]]*2"],
    ]);
  });

  it("property: any text written with the quote prefix reads back unchanged and is never a formula", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "grapheme", maxLength: 40 }).filter((s) => s !== ""),
        async (text) => {
          const fake = await write([[`'${text}`]]);
          const cell = fake.cell("Sheet1", "A1");
          expect({ value: cell.value, formula: cell.formula }).toEqual({ value: text, formula: null });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("the fake Excel's tables, names and deletion", () => {
  it("makes a table from its header row and deletes it with its sheet", async () => {
    const fake = new FakeExcel(["Sheet1", "Data"]).setCells("Data", "B2:C3", [
      ["Kunta", 7],
      ["Kerava", 1],
    ]);
    await fake.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Data").tables.add("B2:C3", true);
      table.name = "Kunnat";
      context.workbook.names.add("Eka", context.workbook.worksheets.getItem("Data").getRange("C3"), "selite");
      await context.sync();
    });
    // A header that is not text becomes text, as Excel does.
    expect(fake.tables()).toEqual([
      {
        name: "Kunnat",
        sheet: "Data",
        address: "B2:C3",
        style: "TableStyleMedium2",
        columns: ["Kunta", "7"],
      },
    ]);
    expect(fake.names()).toEqual([{ name: "Eka", formula: "=Data!$C$3", comment: "selite" }]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").delete();
      await context.sync();
    });
    expect(fake.tables()).toEqual([]);
    expect(fake.names()).toEqual([{ name: "Eka", formula: "=#REF!$C$3", comment: "selite" }]);
  });

  it("refuses to delete the last visible sheet", async () => {
    const outcome = await attempt(new FakeExcel(), async (context) => {
      context.workbook.worksheets.getItem("Sheet1").delete();
      await context.sync();
    });
    expect(outcome.error?.code).toBe("InvalidOperation");
  });

  it("loads collection items with the requested properties", async () => {
    const fake = new FakeExcel(["A", "B"]).addName("N", "A", "A1");
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const names = context.workbook.names.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A", "B"]);
      expect(names.items.map((n) => n.name)).toEqual(["N"]);
      expect(() => names.items[0]!.formula).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });
});

describe("the fake Excel behaves as Excel does by default", () => {
  const withTable = (options?: ConstructorParameters<typeof FakeExcel>[1]) =>
    new FakeExcel(["Sheet1"], options)
      .setCells("Sheet1", "A1:B2", [
        ["Kunta", "Työvoima"],
        ["Kerava", 18875],
      ])
      .addTable("Sheet1", "A1:B2", "T");
  const writeAt = (
    fake: FakeExcel,
    address: string,
    rows: unknown[][],
    as: "values" | "formulas" = "values",
  ) =>
    fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(address)[as] = rows;
      await context.sync();
    });

  it("grows a table over a value or formula written directly below it (AutoCorrect, on by default)", async () => {
    const below = withTable();
    await writeAt(below, "A3:B3", [["Sipoo", 11691]]);
    expect(below.tables()[0]!.address).toBe("A1:B3");
    const formula = withTable();
    await writeAt(formula, "B3", [["=SUM(T[Työvoima])"]], "formulas");
    expect(formula.tables()[0]!.address).toBe("A1:B3");
  });

  it("grows a table over a column written directly right of it, naming the new column", async () => {
    const fake = withTable();
    await writeAt(fake, "C1:C2", [["Huom"], ["x"]]);
    expect(fake.tables()[0]).toMatchObject({ address: "A1:C2", columns: ["Kunta", "Työvoima", "Huom"] });
  });

  it("leaves the table alone for empty entries, a blank row or column between, or AutoCorrect off", async () => {
    const empty = withTable();
    await writeAt(empty, "A3:C3", [["", null, "x"]]);
    const apart = withTable();
    await writeAt(apart, "A4:D4", [["Yhteensä", 1, 2, 3]]);
    await writeAt(apart, "D1", [["Sivu"]]);
    // This case needs AutoCorrect off: it is the option a user can untick.
    const off = withTable({ autoExpandTables: false });
    await writeAt(off, "A3:C3", [["Sipoo", 11691, "x"]]);
    expect([empty, apart, off].map((fake) => fake.tables()[0]!.address)).toEqual(["A1:B2", "A1:B2", "A1:B2"]);
  });

  it("shows formulas written in automatic mode calculated, and reports the mode", async () => {
    const fake = new FakeExcel();
    const mode = await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").formulas = [["=1+1"], ["=A1*2"]];
      context.application.load("calculationMode");
      await context.sync();
      return context.application.calculationMode;
    });
    expect(mode).toBe("Automatic");
    expect(fake.staleCells()).toEqual([]);
    expect(fake.stats.rounds).toMatchObject([{ formulasWritten: 2, formulasCalculated: true }]);
  });

  it("leaves formulas stale while API calculation is suspended, until a recalculation is requested", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").formulas = [["=1+1"], ["=A1*2"]];
      await context.sync();
    });
    expect(fake.staleCells()).toEqual(["Sheet1!A1", "Sheet1!A2"]);
    expect(fake.stats.rounds).toMatchObject([{ calculationSuspended: true, formulasCalculated: false }]);
    // A later batch in automatic mode does not calculate them: that is the add-in's responsibility.
    await writeAt(fake, "C1", [["x"]]);
    expect(fake.staleCells()).toEqual(["Sheet1!A1", "Sheet1!A2"]);
    await fake.run(async (context) => {
      context.application.calculate("Recalculate");
      await context.sync();
    });
    expect(fake.staleCells()).toEqual([]);
  });

  it("leaves formulas stale in manual mode until calculate, which does not change the mode", async () => {
    const fake = new FakeExcel(["Sheet1"], { calculationMode: "Manual" });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=1+1"]];
      await context.sync();
      context.application.calculate("Recalculate");
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").formulas = [["=A1+1"]];
      context.application.calculate("Recalculate");
      await context.sync();
    });
    expect(fake.stats.rounds.map((r) => r.formulasCalculated)).toEqual([false, true]);
    expect(fake.staleCells()).toEqual([]);
    expect(fake.calculationMode).toBe("Manual");
  });

  it("reads a user's formula cells back as their values, and their formulas apart", async () => {
    const fake = new FakeExcel().setCells("Sheet1", "A1:B1", [
      [
        { formula: "=SUM(C1:C2)", value: 30566 },
        { formula: "='[Talous.xlsx]Kunnat'!B2", value: "Kerava" },
      ],
    ]);
    const read = await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.load("values, formulas, valueTypes");
      await context.sync();
      return { values: range.values, formulas: range.formulas, types: range.valueTypes };
    });
    expect(read).toEqual({
      values: [[30566, "Kerava"]],
      formulas: [["=SUM(C1:C2)", "='[Talous.xlsx]Kunnat'!B2"]],
      types: [["Double", "String"]],
    });
  });

  it.each([
    [
      "fi-FI",
      ["0,5", "18 875", "18\u00a0875", "-1,25", "12 %", "0.5", "1,2,3"],
      [0.5, 18875, 18875, -1.25, 0.12, "0.5", "1,2,3"],
    ],
    ["sv-SE", ["0,5", "18 875"], [0.5, 18875]],
    ["en-US", ["0,5", "18,875", "0.5"], ["0,5", 18875, 0.5]],
  ] as const)("reads typed numbers in the workbook's locale (%s)", async (locale, typed, stored) => {
    const fake = new FakeExcel(["Sheet1"], { locale });
    const address = `A1:A${typed.length}`;
    await writeAt(
      fake,
      address,
      typed.map((text) => [text]),
    );
    expect(fake.contents("Sheet1", address).flat()).toEqual(stored);
  });

  it("refuses a date typed in a Finnish workbook rather than guess it (not modelled)", async () => {
    const outcome = await attempt(new FakeExcel(["Sheet1"], { locale: "fi-FI" }), async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["1.5"]];
      await context.sync();
    });
    expect(outcome.error?.message).toMatch(/does not model the date/);
  });

  it("adds a defined name from a reference text or from a Range, as Excel does", async () => {
    const fake = new FakeExcel(["Sheet1", "Kunnat (2)"]);
    await fake.run(async (context) => {
      context.workbook.names.add("Yksi", "=Sheet1!$A$1");
      context.workbook.names.add("Kaksi", "='Kunnat (2)'!$B$2:$B$4", "kommentti");
      context.workbook.names.add("Kolme", context.workbook.worksheets.getItem("Sheet1").getRange("C3"));
      await context.sync();
    });
    expect(fake.names()).toEqual([
      { name: "Yksi", formula: "=Sheet1!$A$1", comment: "" },
      { name: "Kaksi", formula: "='Kunnat (2)'!$B$2:$B$4", comment: "kommentti" },
      { name: "Kolme", formula: "=Sheet1!$C$3", comment: "" },
    ]);
    const outcome = await attempt(fake, async (context) => {
      context.workbook.names.add("Nelja", "='Ei ole'!$A$1");
      await context.sync();
    });
    expect(outcome.error?.code).toBe("InvalidArgument");
  });
});

describe("the fake Excel models conditional formats and page layout strictly", () => {
  it("adds custom formats on top, checks their formula and colours, and does not model other kinds", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:B3");
      const first = range.conditionalFormats.add("Custom").custom;
      first.rule.formula = '=B2="OK"';
      first.format.font.color = "#006100";
      first.format.fill.color = "#C6EFCE";
      range.conditionalFormats.add("Custom").custom.rule.formula = "=B2=FALSE";
      await context.sync();
    });
    expect(fake.conditionalFormats("Sheet1")).toEqual([
      { type: "Custom", formula: "=B2=FALSE", fontColor: null, fill: null, address: "B2:B3" },
      { type: "Custom", formula: '=B2="OK"', fontColor: "#006100", fill: "#C6EFCE", address: "B2:B3" },
    ]);
    const refused = async (write: (range: Excel.Range) => void) =>
      (
        await attempt(fake, async (context) => {
          write(context.workbook.worksheets.getItem("Sheet1").getRange("C1"));
          await context.sync();
        })
      ).error?.code;
    expect(await refused((r) => r.conditionalFormats.add("DataBar"))).toBe("NotModelled");
    expect(await refused((r) => r.conditionalFormats.add("Nope" as "Custom"))).toBe("InvalidArgument");
    expect(await refused((r) => (r.conditionalFormats.add("Custom").custom.rule.formula = "C1=1"))).toBe(
      "InvalidArgument",
    );
    expect(
      await refused((r) => (r.conditionalFormats.add("Custom").custom.rule.formula = "=Puuttuu[X]=1")),
    ).toBe("InvalidArgument");
    expect(
      await refused((r) => (r.conditionalFormats.add("Custom").custom.format.fill.color = "green")),
    ).toBe("InvalidArgument");
  });

  it("refuses page layout on a host without ExcelApi 1.9, as an older Excel does", async () => {
    const fake = new FakeExcel(["Sheet1"], { apiVersion: "1.8" });
    const { error } = await attempt(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Landscape";
      await context.sync();
    });
    expect(error).toMatchObject({ code: "ApiNotFound" });
    expect(fake.pageLayout("Sheet1").orientation).toBe("Portrait");
  });

  it("sets paper, orientation, fit to pages, print area, title rows and header, and refuses what Excel would", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const layout = sheet.pageLayout;
      layout.paperSize = "A4";
      layout.orientation = "Landscape";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintArea(sheet.getRange("A1:H14"));
      layout.setPrintTitleRows("$5:$5");
      layout.headersFooters.defaultForAllPages.leftHeader = "A && B";
      layout.headersFooters.defaultForAllPages.rightFooter = "Sivu &P / &N";
      await context.sync();
    });
    expect(fake.pageLayout("Sheet1")).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: "A1:H14",
      printTitleRows: "5:5",
      headersFooters: { leftHeader: "A && B", rightFooter: "Sivu &P / &N" },
    });
    const refused = async (write: (layout: Excel.PageLayout) => void) =>
      (
        await attempt(fake, async (context) => {
          write(context.workbook.worksheets.getItem("Sheet1").pageLayout);
          await context.sync();
        })
      ).error?.code;
    expect(await refused((l) => (l.orientation = "Sideways" as "Portrait"))).toBe("InvalidArgument");
    expect(await refused((l) => (l.zoom = { scale: 5 }))).toBe("InvalidArgument");
    expect(await refused((l) => (l.zoom = { scale: 90, horizontalFitToPages: 1 }))).toBe("NotModelled");
    expect(await refused((l) => (l.headersFooters.defaultForAllPages.centerHeader = "x".repeat(250)))).toBe(
      "InvalidArgument",
    );
    expect(await refused((l) => (l.headersFooters.defaultForAllPages.leftHeader = "Etelä & Itä &"))).toBe(
      "InvalidArgument",
    );
    expect(await refused((l) => l.setPrintArea("Muu!A1:B2"))).toBe("InvalidArgument");
  });
});

describe("the fake Excel's charts", () => {
  const withData = () =>
    new FakeExcel(["Kunnat", "Muu"]).setCells("Kunnat", "A1:B3", [
      ["x", 1],
      ["y", 2],
      ["z", 3],
    ]);

  it("draws a chart from one column, then takes series, categories, title, legend, axis format and position", async () => {
    const fake = withData();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Kunnat");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("B1:B3"), "Columns");
      chart.series.getItemAt(0).setXAxisValues(sheet.getRange("A1:A3"));
      chart.series.add("Toinen").setValues(sheet.getRange("B1:B3"));
      chart.title.text = "Otsikko";
      chart.legend.position = "Bottom";
      chart.axes.valueAxis.numberFormat = "#,##0";
      chart.setPosition("A5", "D12");
      await context.sync();
    });
    expect(fake.charts("Kunnat")).toEqual([
      {
        sheet: "Kunnat",
        name: "Chart 1",
        type: "BarClustered",
        title: "Otsikko",
        legend: "Bottom",
        series: [
          { name: "Series1", values: "Kunnat!B1:B3", xValues: "Kunnat!A1:A3" },
          { name: "Toinen", values: "Kunnat!B1:B3", xValues: null },
        ],
        valueAxisFormat: "#,##0",
        position: "A5:D12",
      },
    ]);
    expect(fake.charts("Muu")).toEqual([]);
  });

  it("refuses what Excel refuses or the fake cannot tell, and a sheet's deletion takes its charts", async () => {
    const fake = withData();
    const refused = (batch: (sheet: Excel.Worksheet) => void) =>
      attempt(fake, async (context) => {
        batch(context.workbook.worksheets.getItem("Kunnat"));
        await context.sync();
      }).then(({ error }) => error && `${error.code} ${error.debugInfo.errorLocation}`);
    expect(await refused((s) => s.charts.add("Line", s.getRange("A1:B3"), "Columns"))).toBe(
      "NotModelled ChartCollection.add",
    );
    expect(
      await refused((s) =>
        s.charts.add("Line", s.getRange("B1:B3")).series.getItemAt(0).setValues(s.getRange("A1:B2")),
      ),
    ).toBe("InvalidArgument ChartSeries.setValues");
    expect(
      await refused((s) => (s.charts.add("Line", s.getRange("B1:B3")).series.getItemAt(3).name = "x")),
    ).toBe("ItemNotFound ChartSeriesCollection.getItemAt");
    expect(await refused((s) => s.charts.add("Line", s.getRange("B1:B3")).setPosition("D12", "A5"))).toBe(
      "InvalidArgument Chart.setPosition",
    );
    expect(
      await refused((s) => (s.charts.add("Line", s.getRange("B1:B3")).legend.position = "Middle" as "Top")),
    ).toBe("InvalidArgument ChartLegend.position");
    expect(fake.charts().length).toBeGreaterThan(0);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Kunnat").delete();
      await context.sync();
    });
    expect(fake.charts()).toEqual([]);
  });
});
