import fc from "fast-check";
import { recogniseColumns, recogniseHeader, type ColumnField } from "../../src/domain/members";
import { locateInCsv, parseCsvNumber, parseMunicipalitiesCsv, splitCsv } from "../../src/domain/csv";
import { MAX_MUNICIPALITIES } from "../../src/domain/bounds";
import { parseAreaInput, type InputIssue } from "../../src/domain/parse";
import { issueLine } from "../../src/i18n/input";
import type { Lang } from "../../src/i18n/lang";

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, " ");

function errorsOf(text: string, lang: Lang = "fi"): string[] {
  const result = parseMunicipalitiesCsv(text);
  if (result.ok) throw new Error("expected the CSV to be refused");
  return result.error.map((issue) => plain(issueLine(lang, issue)));
}

function imported(text: string, lang: Lang = "fi") {
  const result = parseMunicipalitiesCsv(text);
  if (!result.ok) throw new Error(result.error.map((issue) => issueLine(lang, issue)).join("\n"));
  return result.value;
}

describe("header recognition (shared with the pane)", () => {
  test.each<[string, ColumnField | null]>([
    ["Kunta", "name"],
    ["Alue", "name"],
    ["Kommun", "name"],
    ["Municipality", "name"],
    ["Asukkaat", "population"],
    ["Asukkaita 31.12.2022", "population"],
    ["Väkiluku", "population"],
    ["VAKILUKU 2022", "population"],
    ["Invånare", "population"],
    ["Folkmängd", "population"],
    ["Population", "population"],
    ["Työikäiset (18–64)", "workingAge"],
    ["Tyoikaiset", "workingAge"],
    ["Personer i arbetsför ålder", "workingAge"],
    ["Working-age population", "workingAge"],
    ["Aged 18-64", "workingAge"],
    ["Työttömät", "unemployed"],
    ["Työttömät työnhakijat", "unemployed"],
    ["Arbetslösa", "unemployed"],
    ["Unemployed", "unemployed"],
    ["Laaja työttömyys", "broadUnemployed"],
    ["Bred arbetslöshet", "broadUnemployed"],
    ["Broad unemployment", "broadUnemployed"],
    ["Työvoima", "labourForce"],
    ["Työvoima 2021", "labourForce"],
    ["Työvoiman määrä", "labourForce"],
    ["Arbetskraft", "labourForce"],
    ["Labour force", "labourForce"],
    ["Labor force", "labourForce"],
    ["Vieraskieliset", "foreignLanguage"],
    ["Främmandespråkiga", "foreignLanguage"],
    ["Foreign-language speakers", "foreignLanguage"],
    ["Valtionosuus", "stateShare"],
    ["TE-valtionosuus (€)", "stateShare"],
    ["Statsandel", "stateShare"],
    ["State share", "stateShare"],
    ["Kuntanumero", "code"],
    ["Kuntakoodi", "code"],
    ["Kunnan numero", "code"],
    ["Kommunnummer", "code"],
    ["Kommunkod", "code"],
    ["Municipality code", "code"],
    ["Municipality number", "code"],
    // Rates, shares, changes and the people outside the labour force are not counts.
    ["Työttömyysaste, %", null],
    ["Työttömyysaste", null],
    ["Unemployment rate", null],
    ["Vieraskielisten osuus", null],
    ["Työvoiman muutos", null],
    ["Työvoiman ulkopuolella olevat", null],
    ["Arbetskraften utanför", null],
    ["Työlliset", null],
    ["Employed", null],
    ["Sysselsatta", null],
    ["", null],
  ])("%j → %s", (header, field) => {
    expect(recogniseHeader(header)).toBe(field);
  });

  test("a header row maps to fields, with unknown, repeated and missing columns reported", () => {
    const result = recogniseColumns(["Alue", "Työvoima 2021", "Työlliset", "Työvoima 2022", "", "Asukkaat"]);
    expect(result.fields).toEqual(["name", "labourForce", null, "labourForce", null, "population"]);
    expect(result.columnOf).toEqual({ name: 0, labourForce: 1, population: 5 });
    expect(result.unknown).toEqual([2]);
    expect(result.repeated).toEqual([{ index: 3, field: "labourForce", first: 1 }]);
    expect(result.missing).toEqual([]);
    expect(recogniseColumns(["Asukkaat"]).missing).toEqual(["name", "labourForce"]);
  });

  test("PxWeb leaves the area column's header blank: a blank first header is the name", () => {
    expect(recogniseColumns(["", "Työvoima"]).columnOf).toEqual({ name: 0, labourForce: 1 });
    expect(recogniseColumns(["Kunta", "", "Työvoima"]).unknown).toEqual([]);
  });
});

describe("numbers in CSV cells", () => {
  test.each([
    ["18875", 18875],
    ["18 875", 18875],
    ["18\u00a0875", 18875],
    ["18\u202f875", 18875],
    ["7 300 000", 7300000],
    ["7 300 000 €", 7300000],
    ["0,5", 0.5],
    ["-1,2", -1.2],
    ["\u22121,2", -1.2],
    [" 2 104,5 ", 2104.5],
  ])("%j reads as %d with a decimal comma", (cell, value) => {
    expect(parseCsvNumber(cell, ",")).toEqual({ kind: "number", value });
  });

  test("a comma-separated file has a decimal point", () => {
    expect(parseCsvNumber("0.5", ".")).toEqual({ kind: "number", value: 0.5 });
    expect(parseCsvNumber("18 875", ".")).toEqual({ kind: "number", value: 18875 });
  });

  test("empty, not available, nil and text are told apart", () => {
    expect(parseCsvNumber("  ", ",")).toEqual({ kind: "empty" });
    expect(parseCsvNumber("..", ",")).toEqual({ kind: "notAvailable", text: ".." });
    expect(parseCsvNumber("-", ",")).toEqual({ kind: "problem", problem: { kind: "csvDash" } });
    expect(parseCsvNumber("18 8x5", ",")).toEqual({
      kind: "problem",
      problem: { kind: "number", problem: { code: "notNumber", text: "18 8x5" } },
    });
    expect(parseCsvNumber("1.234", ",")).toEqual({
      kind: "problem",
      problem: { kind: "csvAmbiguousNumber", text: "1.234", decimal: "," },
    });
    expect(parseCsvNumber("18 87", ",").kind).toBe("problem"); // thousands come in threes
    expect(parseCsvNumber("12 %", ",").kind).toBe("problem");
  });

  test("deliberately unlike an Excel range: in JSON (and in a cell) the text '18 875' is an error", () => {
    expect(parseCsvNumber("18 875", ",")).toEqual({ kind: "number", value: 18875 });
    const json = parseAreaInput({
      area: "A",
      year: 2025,
      municipalities: [{ name: "Kerava", labourForce: "18 875" }],
      costSplit: { total: 1, weights: { labourForce: 1 } },
    });
    expect(json.ok).toBe(false);
  });
});

describe("splitting CSV", () => {
  test("quotes, doubled quotes, delimiters and line breaks inside quotes; the line each row starts on", () => {
    const text = 'Kunta;Huom\r\n"Pedersöre; ""x""";"kaksi\nriviä"\r\nSipoo;b\n';
    const table = splitCsv(text);
    expect(table).toEqual({
      ok: true,
      value: {
        rows: [
          ["Kunta", "Huom"],
          ['Pedersöre; "x"', "kaksi\nriviä"],
          ["Sipoo", "b"],
        ],
        lines: [1, 2, 4],
        delimiter: ";",
      },
    });
  });

  test("the delimiter is found, or set by Excel's sep= line", () => {
    expect(splitCsv("Kunta,Työvoima\nKerava,18875").ok && splitCsv("a,b").ok).toBe(true);
    const comma = splitCsv("Kunta,Työvoima\nKerava,18875");
    expect(comma.ok && comma.value.delimiter).toBe(",");
    const tab = splitCsv("Kunta\tTyövoima\nKerava\t18 875");
    expect(tab.ok && tab.value.delimiter).toBe("\t");
    const sep = splitCsv("sep=,\nKunta,Työvoima;x\nKerava,1");
    expect(sep.ok && [sep.value.delimiter, sep.value.lines]).toEqual([",", [2, 3]]);
  });

  test("an unclosed quote is an error at the line where it opens", () => {
    expect(splitCsv('Kunta;Työvoima\n"Kerava;18875\nSipoo;1')).toEqual({ ok: false, error: { line: 2 } });
  });

  /** The splitter as first written, a character at a time: the reference the sliced one must match. */
  function reference(
    body: string,
    delimiter: string,
  ): { rows: string[][]; lines: number[] } | { line: number } {
    const rows: string[][] = [];
    const lines: number[] = [];
    let row: string[] = [];
    let cell = "";
    let line = 1;
    let rowLine = 1;
    let quoted = false;
    let quoteLine = 0;
    for (let i = 0; i < body.length; i++) {
      const c = body[i] as string;
      if (quoted) {
        if (c === '"') {
          if (body[i + 1] === '"') {
            cell += '"';
            i++;
          } else quoted = false;
        } else {
          if (c === "\n") line++;
          cell += c;
        }
      } else if (c === '"') {
        quoted = true;
        quoteLine = line;
      } else if (c === delimiter) {
        row.push(cell);
        cell = "";
      } else if (c === "\n" || c === "\r") {
        if (c === "\r" && body[i + 1] === "\n") i++;
        row.push(cell);
        rows.push(row);
        lines.push(rowLine);
        row = [];
        cell = "";
        line++;
        rowLine = line;
      } else cell += c;
    }
    if (quoted) return { line: quoteLine };
    if (cell !== "" || row.length > 0) {
      row.push(cell);
      rows.push(row);
      lines.push(rowLine);
    }
    return { rows, lines };
  }

  test("any text splits exactly as a character-at-a-time reading would", () => {
    const text = fc.string({
      unit: fc.constantFrom("a", "ö", " ", ";", '"', "\n", "\r", "\r\n", '""'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(text, (body) => {
        const split = splitCsv(`sep=;\n${body}`);
        const expected = reference(body, ";");
        if ("line" in expected) expect(split).toEqual({ ok: false, error: { line: expected.line + 1 } });
        else
          expect(split).toEqual({
            ok: true,
            value: { rows: expected.rows, lines: expected.lines.map((l) => l + 1), delimiter: ";" },
          });
      }),
    );
  });

  test("the work is linear: doubling the text at most doubles the steps, and one huge cell is a few steps", () => {
    const steps = (text: string): number => {
      const counter = { steps: 0 };
      expect(splitCsv(text, counter).ok).toBe(true);
      return counter.steps;
    };
    const rows = (n: number): string =>
      "Kunta;Työvoima;Huom\n" + Array.from({ length: n }, (_, i) => `K${i};${i};"a ""b""\nc"`).join("\n");
    const small = steps(rows(1000));
    const doubled = steps(rows(2000));
    expect(doubled).toBeLessThanOrEqual(2 * small + 10);
    expect(doubled).toBeGreaterThan(small);
    // Per row: 3 cells, one quoted with a doubled quote — a bounded number of steps, not characters.
    expect(small).toBeLessThan(10 * 1000);
    expect(steps("Kunta;Työvoima\n" + "x".repeat(1_000_000))).toBeLessThan(10);
    expect(steps('Kunta;Työvoima\n"' + "x".repeat(1_000_000) + '"')).toBeLessThan(10);
  });
});

/** What a Statistics Finland (PxWeb) "semicolon-separated with heading" export looks like. */
const STATFIN = [
  '\uFEFF"Väestö ja työvoima alueittain"',
  "",
  '"Alue";"Väkiluku 31.12.2022";"Työikäiset (18–64)";"Työttömät";"Työvoima";"Työttömyysaste, %"',
  '"KU245 Kerava";"38\u00a0000";"23 000";"2 100";"18 875";"11,1"',
  '"KU753 Sipoo";"22 000";"12 500";"700";"11 691";"6,0"',
  '"Yhteensä";"60 000";"35 500";"2 800";"30 566";"9,2"',
  "",
  '"Lähde: Tilastokeskus"',
  "",
].join("\r\n");

describe("the row limit", () => {
  const csv = (n: number, extra = ""): string =>
    "Kunta;Työvoima\n" + Array.from({ length: n }, (_, i) => `Kunta ${i};${1000 + i}`).join("\n") + extra;

  test("a 100 000-row paste is refused with one problem at the first row past the limit, and the rest is not read", () => {
    // An unclosed quote at the very end: had the reader gone through the whole text, it would say so.
    const counter = { steps: 0 };
    const result = parseMunicipalitiesCsv(csv(100_000, '\n"never closed'), counter);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toHaveLength(1);
    expect(result.error[0]?.problem).toEqual({ kind: "csvTooManyRows", limit: MAX_MUNICIPALITIES });
    // Header on line 1, so municipality 401 is on line 402.
    expect(result.error[0]?.line).toBe(MAX_MUNICIPALITIES + 2);
    // Two cells a row: a few steps per row read, for about 400 rows, not 100 000.
    expect(counter.steps).toBeLessThan(5 * (MAX_MUNICIPALITIES + 2));
    expect(result.error.map((issue) => plain(issueLine("fi", issue)))).toEqual([
      "rivi 402: kuntarivejä on yli 400; työllisyysalueeseen kuuluu enintään 400 kuntaa, joten loppua ei lueta",
    ]);
    expect(plain(issueLine("en", result.error[0] as InputIssue))).toContain(
      "more than 400 municipality lines; an employment area has at most 400 municipalities",
    );
    expect(plain(issueLine("sv", result.error[0] as InputIssue))).toContain("fler än 400 kommunrader");
  });

  test("exactly the limit is read, and a total line beside it is not counted", () => {
    expect(imported(csv(MAX_MUNICIPALITIES)).municipalities).toHaveLength(MAX_MUNICIPALITIES);
    expect(imported(csv(MAX_MUNICIPALITIES, "\nYhteensä;1")).municipalities).toHaveLength(MAX_MUNICIPALITIES);
    expect(errorsOf(csv(MAX_MUNICIPALITIES + 1))).toHaveLength(1);
  });

  test("an unclosed quote within the limit is still reported", () => {
    expect(errorsOf(csv(10, '\n"Kerava;1'))).toEqual([expect.stringContaining("rivi 12")]);
  });
});

describe("municipalities from CSV", () => {
  test("a Statistics Finland export: BOM, title, quoted grouped numbers, codes, total and source lines", () => {
    const result = imported(STATFIN);
    expect(result.municipalities).toEqual([
      {
        name: "Kerava",
        code: "245",
        population: 38000,
        workingAge: 23000,
        unemployed: 2100,
        labourForce: 18875,
      },
      {
        name: "Sipoo",
        code: "753",
        population: 22000,
        workingAge: 12500,
        unemployed: 700,
        labourForce: 11691,
      },
    ]);
    expect(result.lines).toEqual([4, 5]);
    expect(result.headers).toEqual({
      name: "Alue",
      population: "Väkiluku 31.12.2022",
      workingAge: "Työikäiset (18–64)",
      unemployed: "Työttömät",
      labourForce: "Työvoima",
    });
    // Nothing skipped silently: the title, the rate column, the total and the source line.
    expect(result.warnings.map((issue) => issueLine("fi", issue))).toEqual([
      "rivi 1: huomautusrivi ohitettiin: ”Väestö ja työvoima alueittain”",
      "rivi 3, sarake Työttömyysaste, %: otsikkoa ei tunnistettu, sarake ohitettiin",
      "rivi 6: summarivi ”Yhteensä” ohitettiin",
      "rivi 8: huomautusrivi ohitettiin: ”Lähde: Tilastokeskus”",
    ]);
  });

  test("total rows in any language are skipped and said, never members (the labour force is not doubled)", () => {
    const text = [
      "Kommun;Arbetskraft",
      "Kerava;18875",
      "Sipoo;11691",
      "Sammanlagt;30566",
      "Sum;30566",
      "KOKO MAA;2700000",
      "MA1 MANNER-SUOMI;2680000",
      "Hela landet;2700000",
      "WHOLE COUNTRY;2700000",
    ].join("\n");
    const result = imported(text);
    expect(result.municipalities.map((m) => m.name)).toEqual(["Kerava", "Sipoo"]);
    expect(result.municipalities.reduce((sum, m) => sum + m.labourForce, 0)).toBe(30566);
    expect(result.warnings.map((issue) => issueLine("sv", issue))).toEqual([
      "rad 4: summaraden ”Sammanlagt” hoppades över",
      "rad 5: summaraden ”Sum” hoppades över",
      "rad 6: summaraden ”KOKO MAA” hoppades över",
      "rad 7: summaraden ”MA1 MANNER-SUOMI” hoppades över",
      "rad 8: summaraden ”Hela landet” hoppades över",
      "rad 9: summaraden ”WHOLE COUNTRY” hoppades över",
    ]);
  });

  test("CSV text over 10 MB is refused before it is split", () => {
    expect(errorsOf(`Kunta;Työvoima\n${"Kerava;1\n".repeat(1_200_000)}`, "en")).toEqual([
      "the input is over 10 MB; input this large is not read",
    ]);
  });

  test("issues name the line and the column", () => {
    const text = "Kunta;Työvoima;Työikäiset\nKerava;18 875;23000\nSipoo;11 691;12500\nTuusula;18 8x5;-\n";
    expect(errorsOf(text)).toEqual([
      "rivi 4, sarake Työvoima: teksti ”18 8x5”, odotettiin lukua",
      "rivi 4, sarake Työikäiset: ”-” ei ole luku; kirjoita 0, jos tarkoitus on nolla, tai jätä solu tyhjäksi",
    ]);
    expect(errorsOf(text, "sv")[0]).toBe("rad 4, kolumn Työvoima: texten ”18 8x5”, ett tal förväntades");
    expect(errorsOf(text, "en")[0]).toBe("line 4, column Työvoima: text '18 8x5', expected a number");
  });

  test("Swedish and English headers", () => {
    const sv = imported(
      "Kommun;Invånare;Arbetskraft\nPedersöre;11 100;5 300\nJakobstad;19 000;8 900\n",
      "sv",
    );
    expect(sv.municipalities[0]).toEqual({ name: "Pedersöre", population: 11100, labourForce: 5300 });
    // "38,000" in a comma-separated file is ambiguous (thousands or decimals?) …
    expect(errorsOf('Municipality,Population,Labour force\nKerava,"38,000",18875\n', "en")).toEqual([
      "line 2, column Population: '38,000' is an ambiguous number: in this file the decimal separator is a point (e.g. 0.5); write thousands without a separator or with a space",
    ]);
  });

  test("… and a comma-separated file reads decimal points", () => {
    const en = imported(
      "Municipality,Population,Labour force,State share\nKerava,38000,18875,1234.5\n",
      "en",
    );
    expect(en.municipalities).toEqual([
      { name: "Kerava", population: 38000, labourForce: 18875, stateShare: 1234.5 },
    ]);
  });

  test("empty and unavailable cells: optional ones are left out (said), the labour force is required", () => {
    const result = imported("Kunta;Työvoima;Asukkaat;Työttömät\nKerava;18875;;..\n");
    expect(result.municipalities).toEqual([{ name: "Kerava", labourForce: 18875 }]);
    expect(result.warnings.map((issue) => issueLine("fi", issue))).toEqual([
      "rivi 2, sarake Työttömät: ”..” (tieto puuttuu tilastosta), jätettiin tyhjäksi",
    ]);
    expect(errorsOf("Kunta;Työvoima\nKerava;\nSipoo;..\n")).toEqual([
      "rivi 2, sarake Työvoima: tyhjä solu, työvoima on pakollinen",
      "rivi 3, sarake Työvoima: ”..” (tieto puuttuu tilastosta), odotettiin lukua",
    ]);
  });

  test("bounds and whole numbers are the model's, located in the file", () => {
    expect(errorsOf("Kunta;Työvoima;Asukkaat\nKerava;18875,5;-3\n")).toEqual([
      "rivi 2, sarake Työvoima: 18 875,5 ei ole kokonaisluku",
      "rivi 2, sarake Asukkaat: negatiivinen luku −3, odotettiin vähintään 0",
    ]);
  });

  test("file-level problems: no header, missing or repeated columns, extra cells, duplicate names, no rows", () => {
    expect(errorsOf("a;b\n1;2\n")).toEqual([
      "rivi 1: otsikkoriviä ei löytynyt: odotettiin riviä, jolla on kunnan nimen ja työvoiman sarakkeet (esim. Kunta;Työvoima)",
    ]);
    expect(errorsOf("Kunta;Asukkaat\nKerava;1\n")).toEqual([
      "rivi 1: sarake puuttuu: työvoima (otsikko kuten Työvoima, Arbetskraft, Labour force)",
    ]);
    expect(errorsOf("Kunta;Työvoima 2021;Työvoima 2022\nKerava;1;2\n")).toEqual([
      "rivi 1, sarake Työvoima 2022: toinen sarake tiedolle ”työvoima” (ensimmäinen: ”Työvoima 2021”); jätä vain yksi",
    ]);
    expect(errorsOf("Kunta;Työvoima\nKerava;1;2\n")).toEqual([
      "rivi 2: rivillä on 3 kenttää, otsikkorivillä 2",
    ]);
    expect(errorsOf("Kunta;Työvoima\nKerava;1;\nkerava;3\n")).toEqual([
      "rivi 3, sarake Kunta: nimi ”kerava” on jo käytössä (”Kerava”); kuntien nimien on oltava erilaiset (isoja ja pieniä kirjaimia ei eroteta)",
    ]);
    expect(errorsOf("Kunta;Työvoima\n\n")).toEqual(["rivi 1: otsikkorivin jälkeen ei ole yhtään kuntariviä"]);
    expect(errorsOf('Kunta;Työvoima\n"Kerava;1\n')).toEqual(["rivi 2: lainausmerkki jäi sulkematta"]);
  });

  test("a code column: kept as 3-digit text, zeros a spreadsheet dropped restored, bad codes located", () => {
    expect(
      imported("Kuntanumero;Kunta;Työvoima\n49;Espoo;1\nKU005;Alajärvi;2\n091;Helsinki;3\n").municipalities,
    ).toEqual([
      { name: "Espoo", code: "049", labourForce: 1 },
      { name: "Alajärvi", code: "005", labourForce: 2 },
      { name: "Helsinki", code: "091", labourForce: 3 },
    ]);
    expect(imported("Kunta;Kommunnummer;Arbetskraft\nEsbo;;1\n").municipalities).toEqual([
      { name: "Esbo", labourForce: 1 },
    ]);
    expect(errorsOf("Kunta;Kuntanumero;Työvoima\nEspoo;0490;1\n")).toEqual([
      'rivi 2, sarake Kuntanumero: kuntanumero ”0490” ei ole kolme numeroa; kirjoita se tekstinä etunollineen, esim. "049"',
    ]);
  });

  test("a duplicated code is the model's problem, relocated to the CSV line and column", () => {
    const result = imported("Kunta;Kuntanumero;Työvoima\nKerava;245;1\nSipoo;245;2\n");
    const input = parseAreaInput({
      area: "A",
      year: 2025,
      municipalities: result.municipalities,
      costSplit: { total: 1, weights: { labourForce: 1 } },
    });
    const issues: InputIssue[] = input.ok ? [] : input.error;
    expect(issues.map((issue) => plain(issueLine("fi", locateInCsv(issue, result))))).toEqual([
      "rivi 3, sarake Kuntanumero: kuntanumero ”245” on jo kunnalla ”Kerava”; kuntanumeroiden on oltava erilaiset",
    ]);
  });

  test("later whole-area problems are relocated to the CSV line", () => {
    const result = imported("Kunta;Työvoima\nKerava;18875\nSipoo;11691\n");
    const input = parseAreaInput({
      area: "A",
      year: 2025,
      municipalities: result.municipalities,
      costSplit: { total: 1, weights: { workingAge: 1 } },
    });
    const issues: InputIssue[] = input.ok ? [] : input.error;
    expect(issues.map((issue) => plain(issueLine("fi", locateInCsv(issue, result))))).toEqual([
      "rivi 2: puuttuu, mutta kustannusjako käyttää perustetta ”workingAge” (työikäiset (18–64)) painolla 1",
      "rivi 3: puuttuu, mutta kustannusjako käyttää perustetta ”workingAge” (työikäiset (18–64)) painolla 1",
      "costSplit.weights.workingAge: perusteen ”workingAge” (työikäiset (18–64)) summa kaikissa kunnissa on 0, vaikka sen paino ei ole 0",
    ]);
  });

  test("any municipalities written out as CSV, in any of the styles, read back the same", () => {
    const name = fc.constantFrom(
      "Kerava",
      "Sipoo",
      "Pedersöre",
      'O"Brien; x',
      "Ähtäri",
      "Mänttä-Vilppula",
      "Närpes",
    );
    const style = fc.record({
      delimiter: fc.constantFrom(";", "\t", ","),
      group: fc.constantFrom("", " ", "\u00a0", "\u202f"),
      quoteAll: fc.boolean(),
      bom: fc.boolean(),
      crlf: fc.boolean(),
      lang: fc.constantFrom<Lang>("fi", "sv", "en"),
    });
    const rows = fc.uniqueArray(
      fc.record({
        name,
        labourForce: fc.integer({ min: 0, max: 2_000_000 }),
        unemployed: fc.integer({ min: 0, max: 99_999 }),
      }),
      { minLength: 1, maxLength: 8, selector: (r) => r.name.toLowerCase() },
    );
    const headers: Record<Lang, string[]> = {
      fi: ["Kunta", "Työvoima", "Työttömät"],
      sv: ["Kommun", "Arbetskraft", "Arbetslösa"],
      en: ["Municipality", "Labour force", "Unemployed"],
    };
    fc.assert(
      fc.property(rows, style, (members, s) => {
        const group = s.delimiter === "," && s.group === "" ? "" : s.group;
        const number = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, group);
        const cell = (text: string): string =>
          s.quoteAll || text.includes(s.delimiter) || text.includes('"')
            ? `"${text.replace(/"/g, '""')}"`
            : text;
        const lines = [
          headers[s.lang],
          ...members.map((m) => [m.name, number(m.labourForce), number(m.unemployed)]),
        ];
        const text =
          (s.bom ? "\uFEFF" : "") +
          lines.map((l) => l.map(cell).join(s.delimiter)).join(s.crlf ? "\r\n" : "\n");
        const result = imported(text, s.lang);
        expect(result.municipalities).toEqual(members);
        expect(result.warnings).toEqual([]);
      }),
      { seed: 21, numRuns: 300 },
    );
  });
});
