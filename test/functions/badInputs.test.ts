import translations from "../../src/functions/metadata.l10n.json";
import { costShareSpec, labourForceSpec, personYearsSpec } from "../../src/functions/specs";
import { TE } from "./excel";
import { ERROR_CODES, FakeCustomFunctionError, installRuntime } from "./fakeRuntime";

/*
 * Bad input never throws and never becomes a number: each case below is an Excel error value whose
 * message names the argument (as Excel shows it in the user's language), where in the range the
 * cell is, and what is wrong with it.
 */
const runtime = installRuntime();

const VALUE = ERROR_CODES.invalidValue;
const NA = ERROR_CODES.notAvailable;
const NUM = ERROR_CODES.invalidNumber;
const NBSP = "\u00a0"; // Intl groups digits with a no-break space in fi and sv.
const MINUS = "\u2212"; // Intl writes negative numbers with a real minus sign in fi and sv.

type Call = () => unknown;
interface Case {
  readonly title: string;
  readonly lang?: string;
  readonly call: Call;
  readonly code: string;
  readonly message: string;
}

const residents = [[1269], [3665], [1554]];
const twoCriteria = [
  [23000, 2100],
  [12500, 700],
];
const column = (values: readonly unknown[]): unknown[][] => values.map((value) => [value]);

/** 100 000 labour-force cells, one of them the text "18 875", at row 73 457. */
const hugeColumn = (): unknown[][] => {
  const cells = column(Array.from({ length: 100_000 }, (_, i) => 100 + (i % 7)));
  (cells[73_456] as unknown[])[0] = "18 875";
  return cells;
};
/** 1 000 × 100 cells with a logical TRUE at row 734, column 57. */
const hugeGrid = (): unknown[][] => {
  const grid = Array.from({ length: 1000 }, () => Array.from({ length: 100 }, () => 12));
  (grid[733] as unknown[])[56] = true;
  return grid;
};

const cases: Case[] = [
  // TYOVOIMA_RIITTAA
  {
    title: "text that looks like a number, in a column",
    call: () => TE.TYOVOIMA_RIITTAA(column([18875, 11691, "18 875"]), null, null, null),
    code: VALUE,
    message: "tyovoima, rivi 3: teksti ”18 875”, odotettiin lukua",
  },
  {
    title: "a negative labour force",
    call: () => TE.TYOVOIMA_RIITTAA([[-5]], null, null, null),
    code: VALUE,
    message: `tyovoima: negatiivinen luku ${MINUS}5, odotettiin vähintään 0`,
  },
  {
    title: "a logical value in a row",
    call: () => TE.TYOVOIMA_RIITTAA([[1000, true]], null, null, null),
    code: VALUE,
    message: "tyovoima, sarake 2: totuusarvo TOSI, odotettiin lukua",
  },
  {
    title: "an error value passed as CustomFunctions.Error",
    call: () => TE.TYOVOIMA_RIITTAA([[1000], [new FakeCustomFunctionError("#DIV/0!")]], null, null, null),
    code: VALUE,
    message: "tyovoima, rivi 2: virhearvo #DIV/0!, odotettiin lukua",
  },
  {
    title: "an error value passed as a rich Excel.ErrorCellValue",
    call: () =>
      TE.TYOVOIMA_RIITTAA(
        [[{ type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }]],
        null,
        null,
        null,
      ),
    code: VALUE,
    message: "tyovoima: virhearvo #N/A, odotettiin lukua",
  },
  {
    title: "a range of blank cells only",
    call: () =>
      TE.TYOVOIMA_RIITTAA(
        [
          ["", null],
          [undefined, ""],
        ],
        null,
        null,
        null,
      ),
    code: NA,
    message: "tyovoima: ei yhtään lukua",
  },
  {
    title: "an empty array",
    call: () => TE.TYOVOIMA_RIITTAA([], null, null, null),
    code: NA,
    message: "tyovoima: ei yhtään lukua",
  },
  {
    title: "NaN",
    call: () => TE.TYOVOIMA_RIITTAA([[Number.NaN]], null, null, null),
    code: VALUE,
    message: "tyovoima: luku ei ole äärellinen",
  },
  {
    title: "Infinity inside a 2-D range",
    call: () =>
      TE.TYOVOIMA_RIITTAA(
        [
          [1, 2],
          [3, Number.POSITIVE_INFINITY],
        ],
        null,
        null,
        null,
      ),
    code: VALUE,
    message: "tyovoima, rivi 2, sarake 2: luku ei ole äärellinen",
  },
  // A column of plain numbers is summed in one pass and its bounds checked after it (params.ts):
  // a bad cell anywhere in it is still found and named.
  {
    title: "Infinity further down a column",
    call: () => TE.TYOVOIMA_RIITTAA(column([1, 2, Number.POSITIVE_INFINITY, 4]), null, null, null),
    code: VALUE,
    message: "tyovoima, rivi 3: luku ei ole äärellinen",
  },
  {
    title: "NaN last in a column",
    call: () => TE.TYOVOIMA_RIITTAA(column([1, 2, Number.NaN]), null, null, null),
    code: VALUE,
    message: "tyovoima, rivi 3: luku ei ole äärellinen",
  },
  {
    title: "a negative number inside a column of numbers",
    call: () => TE.TYOVOIMA_RIITTAA(column([18875, -5, 11691]), null, null, null),
    code: VALUE,
    message: `tyovoima, rivi 2: negatiivinen luku ${MINUS}5, odotettiin vähintään 0`,
  },
  {
    title: "a threshold of 0",
    call: () => TE.TYOVOIMA_RIITTAA([[1000]], 0, null, null),
    code: VALUE,
    message: "raja: 0 on liian pieni, odotettiin yli 0",
  },
  {
    title: "a threshold typed as text",
    call: () => TE.TYOVOIMA_RIITTAA([[1000]], "20 000", null, null),
    code: VALUE,
    message: "raja: teksti ”20 000”, odotettiin lukua",
  },
  {
    title: "a yearly change of −100 %",
    call: () => TE.TYOVOIMA_RIITTAA([[1000]], null, -1, 5),
    code: VALUE,
    message: `vuosimuutos: ${MINUS}1 on liian pieni, odotettiin yli ${MINUS}1`,
  },
  {
    title: "a fractional number of years",
    call: () => TE.TYOVOIMA_RIITTAA([[1000]], null, -0.01, 2.5),
    code: VALUE,
    message: "vuodet: 2,5 ei ole kokonaisluku",
  },
  {
    title: "negative years",
    call: () => TE.TYOVOIMA_RIITTAA([[1000]], null, null, -1),
    code: VALUE,
    message: `vuodet: negatiivinen luku ${MINUS}1, odotettiin vähintään 0`,
  },
  {
    title: "a range where one number belongs",
    call: () => TE.TYOVOIMA_RIITTAA([[1000]], [[1], [2]], null, null),
    code: VALUE,
    message: "raja: muoto 2 × 1, odotettiin 1 × 1",
  },
  {
    title: "100 000 cells with one text cell deep inside",
    call: () => TE.TYOVOIMA_RIITTAA(hugeColumn(), null, null, null),
    code: VALUE,
    message: "tyovoima, rivi 73457: teksti ”18 875”, odotettiin lukua",
  },
  {
    title: "100 000 cells in 2-D with one logical value deep inside",
    call: () => TE.TYOVOIMA_RIITTAA(hugeGrid(), null, null, null),
    code: VALUE,
    message: "tyovoima, rivi 734, sarake 57: totuusarvo TOSI, odotettiin lukua",
  },
  {
    title: "an entity value (linked data type)",
    call: () => TE.TYOVOIMA_RIITTAA([[{ type: "Entity", text: "Kerava", properties: {} }]], null, null, null),
    code: VALUE,
    message: "tyovoima: teksti ”Kerava”, odotettiin lukua",
  },
  {
    title: "long text is quoted only in part",
    call: () => TE.TYOVOIMA_RIITTAA([["x".repeat(500)]], null, null, null),
    code: VALUE,
    message: `tyovoima: teksti ”${"x".repeat(40)}…”, odotettiin lukua`,
  },
  // KUSTANNUSOSUUS
  {
    title: "a total typed as text with a euro sign",
    call: () => TE.KUSTANNUSOSUUS("65 000 €", [[1269]], residents, null),
    code: VALUE,
    message: "kokonaismaara: teksti ”65 000 €”, odotettiin lukua",
  },
  {
    title: "a blank total",
    call: () => TE.KUSTANNUSOSUUS(null, [[1269]], residents, null),
    code: NA,
    message: "kokonaismaara: arvo puuttuu",
  },
  {
    title: "own criteria with more columns than the members'",
    call: () => TE.KUSTANNUSOSUUS(65000, [[1269, 5]], residents, null),
    code: VALUE,
    message: "kunnan_perusteet: muoto 1 × 2, odotettiin 1 × 1 (kaikkien_perusteet: 1 sarake)",
  },
  {
    title: "weights summing to 0,9",
    call: () => TE.KUSTANNUSOSUUS(1000, [[23000, 2100]], twoCriteria, [[0.5, 0.4]]),
    code: VALUE,
    message: "painot: painojen summa on 0,9, odotettiin 1 (100 %)",
  },
  {
    title: "three weights for two criteria",
    call: () => TE.KUSTANNUSOSUUS(1000, [[23000, 2100]], twoCriteria, [[0.5, 0.25, 0.25]]),
    code: VALUE,
    message: "painot: muoto 1 × 3, odotettiin 1 × 2 tai 2 × 1 (kaikkien_perusteet: 2 saraketta)",
  },
  {
    title: "weights in a 2 × 2 block",
    call: () =>
      TE.KUSTANNUSOSUUS(1000, [[23000, 2100]], twoCriteria, [
        [0.25, 0.25],
        [0.25, 0.25],
      ]),
    code: VALUE,
    message: "painot: muoto 2 × 2, odotettiin 1 × 2 tai 2 × 1 (kaikkien_perusteet: 2 saraketta)",
  },
  {
    title: "a negative weight",
    call: () => TE.KUSTANNUSOSUUS(1000, [[23000, 2100]], twoCriteria, [[-0.5, 1.5]]),
    code: VALUE,
    message: `painot, sarake 1: negatiivinen luku ${MINUS}0,5, odotettiin vähintään 0`,
  },
  {
    title: "a blank among the weights",
    call: () => TE.KUSTANNUSOSUUS(1000, [[23000, 2100]], twoCriteria, [[1], [""]]),
    code: NA,
    message: "painot, rivi 2: arvo puuttuu",
  },
  {
    title: "a criterion whose members' total is 0 while its weight is not",
    call: () =>
      TE.KUSTANNUSOSUUS(
        1000,
        [[1, 0]],
        [
          [1, 0],
          [2, 0],
        ],
        [[0.5, 0.5]],
      ),
    code: VALUE,
    message: "kaikkien_perusteet: perusteen 2 summa on 0, vaikka sen paino ei ole 0",
  },
  {
    title: "a member row with one criterion blank",
    call: () =>
      TE.KUSTANNUSOSUUS(
        1000,
        [[23000, 2100]],
        [
          [23000, 2100],
          [12500, ""],
        ],
        null,
      ),
    code: NA,
    message: "kaikkien_perusteet, rivi 2, sarake 2: arvo puuttuu",
  },
  {
    title: "a negative criterion",
    call: () => TE.KUSTANNUSOSUUS(65000, [[1269]], [[1269], [3665], [-1]], null),
    code: VALUE,
    message: `kaikkien_perusteet, rivi 3: negatiivinen luku ${MINUS}1, odotettiin vähintään 0`,
  },
  {
    title: "members' criteria all blank",
    call: () => TE.KUSTANNUSOSUUS(65000, [[1269]], [[""], [null]], null),
    code: NA,
    message: "kaikkien_perusteet: ei yhtään lukua",
  },
  {
    title: "rows of different lengths (not from Excel, but possible from a script)",
    call: () => TE.KUSTANNUSOSUUS(65000, [[1269]], [[1269], [3665, 1]], null),
    code: VALUE,
    message: "kaikkien_perusteet: muoto 2 × 1–2, odotettiin 2 × 2",
  },
  // HTV_TARVE
  {
    title: "clients as text",
    call: () => TE.HTV_TARVE([[3762], ["noin 500"]], 130, null),
    code: VALUE,
    message: "asiakkaat, rivi 2: teksti ”noin 500”, odotettiin lukua",
  },
  {
    title: "a caseload of 0",
    call: () => TE.HTV_TARVE([[3762]], 0, null),
    code: VALUE,
    message: "asiakkaita_per_htv: 0 on liian pieni, odotettiin yli 0",
  },
  {
    title: "a caseload share above 1",
    call: () => TE.HTV_TARVE([[3762]], 130, 1.2),
    code: VALUE,
    message: "salkkuosuus: 1,2 on liian suuri, odotettiin enintään 1",
  },
  {
    title: "a caseload share above 1 inside a column of shares",
    call: () => TE.HTV_TARVE(column([3762, 500, 80]), 130, column([0.8, 1.2, 1])),
    code: VALUE,
    message: "salkkuosuus, rivi 2: 1,2 on liian suuri, odotettiin enintään 1",
  },
  {
    title: "a caseload of 0 inside a column of caseloads",
    call: () => TE.HTV_TARVE(column([3762, 500]), column([130, 0]), null),
    code: VALUE,
    message: "asiakkaita_per_htv, rivi 2: 0 on liian pieni, odotettiin yli 0",
  },
  {
    title: "a caseload share of 0",
    call: () => TE.HTV_TARVE([[3762]], 130, [[0]]),
    code: VALUE,
    message: "salkkuosuus: 0 on liian pieni, odotettiin yli 0",
  },
  {
    title: "caseloads not the shape of the clients",
    call: () => TE.HTV_TARVE([[3762], [500]], [[130], [120], [170]], null),
    code: VALUE,
    message: "asiakkaita_per_htv: muoto 3 × 1, odotettiin 1 × 1 tai 2 × 1 (kuten asiakkaat)",
  },
  {
    title: "a group with clients but a blank caseload",
    call: () => TE.HTV_TARVE([[3762], [500]], [[130], [""]], null),
    code: NA,
    message: "asiakkaita_per_htv, rivi 2: arvo puuttuu",
  },
  {
    title: "a caseload given as a logical value",
    call: () => TE.HTV_TARVE([[3762]], false, null),
    code: VALUE,
    message: "asiakkaita_per_htv: totuusarvo EPÄTOSI, odotettiin lukua",
  },
  // Swedish
  {
    title: "sv: text that looks like a number",
    lang: "sv-FI",
    call: () => TE.TYOVOIMA_RIITTAA(column([18875, 11691, "18 875"]), null, null, null),
    code: VALUE,
    message: "arbetskraft, rad 3: texten ”18 875”, ett tal förväntades",
  },
  {
    title: "sv: weights summing to 0,9",
    lang: "sv-SE",
    call: () => TE.KUSTANNUSOSUUS(1000, [[23000, 2100]], twoCriteria, [[0.5], [0.4]]),
    code: VALUE,
    message: "vikter: vikterna summerar till 0,9, 1 (100 %) förväntades",
  },
  {
    title: "sv: a caseload share above 1",
    lang: "sv-FI",
    call: () => TE.HTV_TARVE([[3762]], 130, 1.2),
    code: VALUE,
    message: "portföljandel: 1,2 är för stort, högst 1 förväntades",
  },
  {
    title: "sv: a blank total",
    lang: "sv-FI",
    call: () => TE.KUSTANNUSOSUUS("", [[1269]], residents, null),
    code: NA,
    message: "totalbelopp: värdet saknas",
  },
  // Bounds (src/domain/bounds.ts) and results that are not numbers
  {
    title: "a total of 10²² €, which once kept the function busy for minutes",
    call: () => TE.KUSTANNUSOSUUS(1e22, residents, residents, null),
    code: VALUE,
    message: `kokonaismaara: 1E22 on liian suuri, odotettiin enintään 10${NBSP}000${NBSP}000${NBSP}000`,
  },
  {
    title: "a criterion beyond the count of people",
    call: () => TE.KUSTANNUSOSUUS(65000, [[1269]], column([1269, 2e7]), null),
    code: VALUE,
    message: `kaikkien_perusteet, rivi 2: 20${NBSP}000${NBSP}000 on liian suuri, odotettiin enintään 10${NBSP}000${NBSP}000`,
  },
  {
    title: "a projection of more than 100 years",
    call: () => TE.TYOVOIMA_RIITTAA([[20000]], null, 0.01, 101),
    code: VALUE,
    message: "vuodet: 101 on liian suuri, odotettiin enintään 100",
  },
  {
    title: "a caseload beyond 10 000 clients",
    call: () => TE.HTV_TARVE([[3762]], 20000, null),
    code: VALUE,
    message: `asiakkaita_per_htv: 20${NBSP}000 on liian suuri, odotettiin enintään 10${NBSP}000`,
  },
  {
    title: "a caseload so close to 0 that the need is infinite",
    call: () => TE.HTV_TARVE([[1]], 5e-324, null),
    code: NUM,
    message: "tulos ei ole äärellinen luku: argumentit ovat liian suuria tai lähellä nollaa",
  },
  {
    title: "sv: a caseload so close to 0 that the need is infinite",
    lang: "sv-FI",
    call: () => TE.HTV_TARVE([[1]], 5e-324, null),
    code: NUM,
    message: "resultatet är inte ett ändligt tal: argumenten är för stora eller nära noll",
  },
  {
    title: "en: a caseload so close to 0 that the need is infinite",
    lang: "en-US",
    call: () => TE.HTV_TARVE([[1]], 5e-324, null),
    code: NUM,
    message: "the result is not a finite number: the arguments are too large or too close to zero",
  },
  {
    title: "en: a threshold beyond the count of people",
    lang: "en-US",
    call: () => TE.TYOVOIMA_RIITTAA([[1]], 1e8, null, null),
    code: VALUE,
    message: "threshold: 100,000,000 is too large, expected at most 10,000,000",
  },
  // English
  {
    title: "en: text that looks like a number",
    lang: "en-US",
    call: () => TE.TYOVOIMA_RIITTAA(column([18875, 11691, "18 875"]), null, null, null),
    code: VALUE,
    message: "labour_force, row 3: text '18 875', expected a number",
  },
  {
    title: "en: members' criteria all blank",
    lang: "en-GB",
    call: () => TE.KUSTANNUSOSUUS(65000, [[1269]], [[""]], null),
    code: NA,
    message: "all_criteria: no numbers at all",
  },
  {
    title: "en: caseloads not the shape of the clients",
    lang: "en-US",
    call: () => TE.HTV_TARVE([[3762], [500]], [[130], [120], [170]], null),
    code: VALUE,
    message: "clients_per_person_year: shape 3 × 1, expected 1 × 1 or 2 × 1 (like clients)",
  },
  {
    title: "en: fractional years",
    lang: "en-US",
    call: () => TE.TYOVOIMA_RIITTAA([[1000]], null, null, 0.5),
    code: VALUE,
    message: "years: 0.5 is not a whole number",
  },
];

describe("bad input to the custom functions", () => {
  it.each(cases)("$title → $code", ({ lang, call, code, message }) => {
    runtime.setLanguage(lang ?? "fi-FI");
    let result: unknown;
    expect(() => {
      result = call();
    }).not.toThrow();
    expect(result).toBeInstanceOf(FakeCustomFunctionError);
    expect(result).toMatchObject({ code, message });
  });
});

describe("the language of the messages", () => {
  const textInColumn = () =>
    TE.TYOVOIMA_RIITTAA(column([1, "x"]), null, null, null) as FakeCustomFunctionError;

  it("is Finnish outside Excel, before Office is initialized, and for languages we do not have", () => {
    runtime.setLanguage(undefined);
    expect(textInColumn().message).toBe("tyovoima, rivi 2: teksti ”x”, odotettiin lukua");
    runtime.setLanguage(null);
    expect(textInColumn().message).toBe("tyovoima, rivi 2: teksti ”x”, odotettiin lukua");
    runtime.setLanguage("de-DE");
    expect(textInColumn().message).toBe("tyovoima, rivi 2: teksti ”x”, odotettiin lukua");
  });

  it("follows Excel's display language", () => {
    runtime.setLanguage("sv-FI");
    expect(textInColumn().message).toBe("arbetskraft, rad 2: texten ”x”, ett tal förväntades");
    runtime.setLanguage("en-US");
    expect(textInColumn().message).toBe("labour_force, row 2: text 'x', expected a number");
  });
});

describe("what is not an error", () => {
  beforeEach(() => runtime.setLanguage("fi-FI"));

  it("skips blank cells and takes the default for a blank optional argument", () => {
    expect(TE.TYOVOIMA_RIITTAA([[18875], [""], [null], [11691]], "", [[""]], null)).toBe(true);
    expect(TE.HTV_TARVE([[3762], [""]], [[130], [""]], [[""]])).toBe(3762 / 130);
  });

  it("reads a cell of spaces as blank, as the pane's selection reader does", () => {
    expect(TE.TYOVOIMA_RIITTAA([[18875], ["   "], [" "], [11691]], null, null, null)).toBe(true);
  });

  it("reads rich number values (Excel.DoubleCellValue) as the numbers they are", () => {
    expect(TE.TYOVOIMA_RIITTAA([[{ type: "Double", basicValue: 20000 }]], null, null, null)).toBe(true);
  });

  it("gives a blank member row 0 and still reconciles the column to the total", () => {
    const withRoom = [[1269], [""], [3665], [1554]];
    const spilled = TE.KUSTANNUSOSUUS(65000, withRoom, withRoom, null) as number[][];
    expect(spilled[1]).toEqual([0]);
    expect(spilled.reduce((sum, [share]) => sum + Math.round((share as number) * 100), 0)).toBe(6_500_000);
  });

  it("lets a criterion with weight 0 sum to 0", () => {
    expect(
      TE.KUSTANNUSOSUUS(
        1000,
        [[1, 0]],
        [
          [1, 0],
          [3, 0],
        ],
        [[1, 0]],
      ),
    ).toEqual([[250]]);
  });
});

describe("a text cell in any argument, in any language", () => {
  /** A valid call of each function; each argument in turn is replaced by a text cell. */
  const valid: Readonly<Record<keyof typeof TE, readonly unknown[]>> = {
    TYOVOIMA_RIITTAA: [[[18875], [11691]], 20000, -0.01, 2],
    KUSTANNUSOSUUS: [
      65000,
      [[1269, 1]],
      [
        [1269, 1],
        [3665, 1],
      ],
      [[0.5, 0.5]],
    ],
    HTV_TARVE: [[[3762]], [[130]], [[1]]],
  };
  const specs = [labourForceSpec, costShareSpec, personYearsSpec];
  /** The argument's name as Excel shows it: the Finnish id, or the translation Excel is given. */
  const shown = (lang: string, id: string, param: string): string =>
    lang === "fi"
      ? param
      : (
          translations as Record<
            string,
            { functions: Record<string, { parameters: Record<string, { name: string }> }> }
          >
        )[lang]!.functions[id]!.parameters[param]!.name;
  const calls = specs.flatMap(({ id, params }) =>
    params.flatMap(({ name }, index) =>
      (["fi-FI", "sv-FI", "en-US"] as const).map((locale) => [id, name, locale, index] as const),
    ),
  );

  it.each(Object.keys(valid) as (keyof typeof TE)[])("%s: the valid call is not an error", (id) => {
    runtime.setLanguage("fi-FI");
    expect(TE[id](...valid[id])).not.toBeInstanceOf(FakeCustomFunctionError);
  });

  it.each(calls)(
    "%s, argument %s, %s: #VALUE! naming the argument as Excel shows it",
    (id, param, locale, index) => {
      runtime.setLanguage(locale);
      const args = [...valid[id as keyof typeof TE]];
      const before = args[index];
      args[index] = Array.isArray(before) ? before.map((row: unknown[]) => row.map(() => "x")) : "x";
      const result = TE[id as keyof typeof TE](...args);
      expect(result).toBeInstanceOf(FakeCustomFunctionError);
      expect(result).toMatchObject({ code: VALUE });
      const name = shown(locale.slice(0, 2), id, param);
      expect((result as FakeCustomFunctionError).message).toMatch(new RegExp(`^${name}\\b`));
      expect((result as FakeCustomFunctionError).message).toMatch(/”x”|'x'/);
    },
  );
});
