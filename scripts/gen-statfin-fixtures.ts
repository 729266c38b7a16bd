import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { AREAS, type Area } from "../src/domain/areas";
import { SAMPLES } from "../src/domain/samples";

/**
 * Writes test/fixtures/statfin/: files laid out byte for byte as Statistics Finland's PxWeb saves
 * them ("comma delimited with heading": a quoted title line, a blank line, a quoted header, CRLF,
 * Windows-1252 without a byte-order mark) and as Excel re-saves them (UTF-8 with a mark and
 * semicolons and decimal commas, UTF-16 with tabs), for three areas in long and wide layout with
 * Finnish and Swedish labels, plus one file per StatFin table (115b, 11re, 12r5) and the bad files
 * the reader must refuse. Figures are illustrative: the samples' own (src/domain/samples/) where a
 * sample has the municipality, plausible ones otherwise. Run `npm run gen:statfin-fixtures`;
 * test/scripts/gen-statfin-fixtures.test.ts fails while the committed files differ.
 */

export const FIXTURE_DIR = join(__dirname, "..", "test", "fixtures", "statfin");

/** A member's figures in the latest year (2024). */
export interface Figures {
  readonly population: number;
  readonly workingAge: number;
  /** Unemployed job seekers, the 2024 average of the months (tyonv 12r5). */
  readonly unemployed: number;
  /** Employed + unemployed of the employment statistics (tyokay 115b). */
  readonly labourForce: number;
}

/** Members no sample has: plausible figures of the right size. */
const OTHERS: Readonly<Record<string, Figures>> = {
  Hankasalmi: { population: 4800, workingAge: 2500, unemployed: 190, labourForce: 2050 },
  Konnevesi: { population: 2650, workingAge: 1380, unemployed: 110, labourForce: 1080 },
  Laukaa: { population: 18950, workingAge: 10600, unemployed: 720, labourForce: 9150 },
  Saarijärvi: { population: 9150, workingAge: 4600, unemployed: 520, labourForce: 3900 },
  Uurainen: { population: 3550, workingAge: 1900, unemployed: 120, labourForce: 1680 },
  Äänekoski: { population: 18600, workingAge: 10100, unemployed: 1050, labourForce: 8350 },
};

/** Figures of a sample municipality, the fields it lacks derived from its population. */
function figuresOf(name: string): Figures {
  const own = OTHERS[name];
  if (own) return own;
  for (const sample of Object.values(SAMPLES)) {
    const m = sample.input.municipalities.find((x) => x.name === name);
    if (m) {
      const population = m.population ?? Math.round(m.labourForce * 2.4);
      return {
        population,
        workingAge: m.workingAge ?? Math.round(population * 0.55),
        unemployed: m.unemployed ?? Math.round(m.labourForce * 0.07),
        labourForce: m.labourForce,
      };
    }
  }
  throw new Error(`no figures for ${name}`);
}

export interface FixtureArea {
  readonly id: string;
  readonly area: Area;
  readonly figures: ReadonlyMap<string, Figures>;
}

const areaNamed = (fi: string): Area => {
  const area = AREAS.find((a) => a.fi === fi);
  if (!area) throw new Error(`no area ${fi}`);
  return area;
};

export const FIXTURE_AREAS: readonly FixtureArea[] = [
  ["kerava-sipoo", "Kerava-Sipoo"],
  ["pohjoinen-keski-suomi", "Pohjoinen Keski-Suomi"],
  ["kymppi", "Kymppi"],
].map(([id, fi]) => {
  const area = areaNamed(fi as string);
  return { id: id as string, area, figures: new Map(area.members.map((m) => [m.code, figuresOf(m.fi)])) };
});

/** Two municipalities outside every fixture area, with dot codes, to be skipped. */
const OUTSIDERS = [
  {
    code: "091",
    fi: "Helsinki",
    sv: "Helsingfors",
    figures: { population: 674500, workingAge: 440000, unemployed: 38000, labourForce: 370000 },
  },
  {
    code: "179",
    fi: "Jyväskylä",
    sv: "Jyväskylä",
    figures: { population: 147700, workingAge: 95000, unemployed: 9800, labourForce: 74000 },
  },
];

type Lang = "fi" | "sv";

const WORDS: Record<
  Lang,
  {
    title: string;
    region: string;
    information: string;
    population: string;
    labourForce: string;
    unemployed: string;
    workingAge: string;
    meanAge: string;
    aggregates: readonly string[];
  }
> = {
  fi: {
    title: "Kuntien avainluvut alueittain, 2022-2024",
    region: "Alue",
    information: "Tiedot",
    population: "Väkiluku",
    labourForce: "Työvoima",
    unemployed: "Työttömät (työnhakijat)",
    workingAge: "18-64-vuotiaat",
    meanAge: "Keski-ikä",
    aggregates: ["KOKO MAA", "MA1 MANNER-SUOMI", "MK01 Uusimaa"],
  },
  sv: {
    title: "Kommunernas nyckeltal efter område, 2022-2024",
    region: "Område",
    information: "Uppgifter",
    population: "Folkmängd",
    labourForce: "Arbetskraft",
    unemployed: "Arbetslösa (arbetssökande)",
    workingAge: "15-64-åringar",
    meanAge: "Medelålder",
    aggregates: ["HELA LANDET", "MA1 FASTA FINLAND", "MK01 Nyland"],
  },
};

const YEARS = ["2022", "2023", "2024"] as const;

/** Earlier years: the 2024 figure a little different, so that taking the wrong year shows. */
const inYear = (value: number, year: string): number =>
  year === "2024" ? value : Math.round(value * (year === "2023" ? 0.99 : 0.975));

const VARIABLES = ["population", "labourForce", "unemployed", "workingAge"] as const;

interface Row {
  readonly label: string;
  readonly figures: Figures | undefined;
}

/** Region labels as PxWeb writes them: Finnish files with codes ("KU245 Kerava"), Swedish by name. */
function regionRows(area: FixtureArea, lang: Lang): Row[] {
  const words = WORDS[lang];
  const member = (m: { code: string; fi: string; sv: string }, i: number): string =>
    lang === "fi" ? (i % 3 === 2 ? `${m.code} ${m.fi}` : `KU${m.code} ${m.fi}`) : m.sv;
  return [
    { label: words.aggregates[0] as string, figures: undefined },
    { label: words.aggregates[1] as string, figures: undefined },
    ...area.area.members.map((m, i) => ({ label: member(m, i), figures: area.figures.get(m.code) })),
    { label: words.aggregates[2] as string, figures: undefined },
    ...OUTSIDERS.map((m, i) => ({ label: member(m, i), figures: m.figures })),
  ];
}

/** A total row's figure: large and plausible; an outsider's mean age is "..", as PxWeb writes it. */
const aggregateValue = (variable: string, year: string): number =>
  inYear(
    { population: 5603851, labourForce: 2750000, unemployed: 290000, workingAge: 3250000 }[variable] ?? 43,
    year,
  );

interface Format {
  readonly encoding: "cp1252" | "utf8bom" | "utf16le";
  readonly delimiter: "," | ";" | "\t";
  readonly decimal: "." | ",";
  /** Numbers re-saved by Finnish Excel: thousands grouped by a no-break space. */
  readonly grouped: boolean;
  /** PxWeb quotes every text field; Excel quotes only where needed. */
  readonly quoteText: boolean;
}

const PXWEB: Format = { encoding: "cp1252", delimiter: ",", decimal: ".", grouped: false, quoteText: true };
const EXCEL_FI: Format = {
  encoding: "utf8bom",
  delimiter: ";",
  decimal: ",",
  grouped: true,
  quoteText: false,
};
const UNICODE_TEXT: Format = {
  encoding: "utf16le",
  delimiter: "\t",
  decimal: ",",
  grouped: false,
  quoteText: false,
};

function encode(text: string, encoding: Format["encoding"]): Uint8Array {
  if (encoding === "utf8bom") return new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, "utf8")]);
  if (encoding === "utf16le") return new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
  return new Uint8Array(
    [...text].map((c) => {
      const code = c.codePointAt(0) as number;
      if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`not Windows-1252: ${c}`);
      return code;
    }),
  );
}

type Cell = string | number;

function write(
  format: Format,
  title: string | undefined,
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
): Uint8Array {
  const text = (cell: string): string =>
    format.quoteText || cell.includes(format.delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
  const number = (value: number): string => {
    const [whole, fraction] = String(value).split(".");
    const grouped = format.grouped
      ? (whole as string).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0")
      : (whole as string);
    return fraction === undefined ? grouped : `${grouped}${format.decimal}${fraction}`;
  };
  const line = (cells: readonly Cell[]): string =>
    cells
      .map((c) => (typeof c === "number" ? number(c) : c.startsWith("\u0000") ? c.slice(1) : text(c)))
      .join(format.delimiter);
  const lines = [...(title === undefined ? [] : [text(title), ""]), line(header), ...rows.map(line)];
  return encode(`${lines.join("\r\n")}\r\n`, format.encoding);
}

/** A raw cell written as is (a dot code, unquoted as PxWeb writes it). */
const raw = (text: string): string => `\u0000${text}`;

function longFile(area: FixtureArea, lang: Lang, format: Format): Uint8Array {
  const words = WORDS[lang];
  const rows: Cell[][] = [];
  for (const { label, figures } of regionRows(area, lang)) {
    for (const variable of VARIABLES) {
      rows.push([
        label,
        words[variable],
        ...YEARS.map((year) => (figures ? inYear(figures[variable], year) : aggregateValue(variable, year))),
      ]);
    }
    // A key figure the product does not use; ".." where it is not available.
    rows.push([
      label,
      words.meanAge,
      ...YEARS.map((year) => (figures ? 42.5 : year === "2024" ? raw("..") : 43.1)),
    ]);
  }
  return write(format, words.title, [words.region, words.information, ...YEARS], rows);
}

function wideFile(area: FixtureArea, lang: Lang, format: Format): Uint8Array {
  const words = WORDS[lang];
  const header = [words.region, ...VARIABLES.map((v) => `2024 ${words[v]}`)];
  const rows = regionRows(area, lang).map(({ label, figures }) => [
    label,
    ...VARIABLES.map((v) => (figures ? figures[v] : aggregateValue(v, "2024"))),
  ]);
  return write(format, words.title, header, rows);
}

// ---------------------------------------------------------------------------------------------
// One file per StatFin table, for Kerava–Sipoo.

const keravaSipoo = FIXTURE_AREAS[0] as FixtureArea;
const ksMembers = keravaSipoo.area.members.map((m) => ({
  ...m,
  figures: keravaSipoo.figures.get(m.code) as Figures,
}));

/** tyokay 115b: labour force = 11 employed + 12 unemployed; the 18–64 band gives the working age. */
function table115b(): Uint8Array {
  const rows: Cell[][] = [];
  const activities = ["SSS Yhteensä", "11 Työlliset", "12 Työttömät", "24 Eläkeläiset"];
  for (const m of [{ code: "SSS", fi: "KOKO MAA", figures: undefined }, ...ksMembers]) {
    const label = m.code === "SSS" ? "SSS KOKO MAA" : `KU${m.code} ${m.fi}`;
    for (const activity of activities) {
      for (const age of ["SSS Yhteensä", "18-64"]) {
        const f = m.figures;
        const unemployed = f ? Math.round(f.labourForce * 0.06) : 250000;
        const value = !f
          ? 1000000
          : activity.startsWith("SSS")
            ? age === "18-64"
              ? f.workingAge
              : f.population
            : activity.startsWith("11")
              ? (age === "18-64" ? 0.95 : 1) * (f.labourForce - unemployed)
              : activity.startsWith("12")
                ? (age === "18-64" ? 0.9 : 1) * unemployed
                : Math.round(f.population * 0.25);
        rows.push([label, activity, age, Math.round(value)]);
      }
    }
  }
  return write(
    PXWEB,
    "115b -- Väestö pääasiallisen toiminnan, sukupuolen ja iän mukaan alueittain, 1987-2023",
    ["Alue", "Pääasiallinen toiminta", "Ikä", "2023"],
    rows,
  );
}

/** vaerak 11re in Swedish: single years of age, men and women apart and both. */
function table11re(): Uint8Array {
  const rows: Cell[][] = [];
  for (const m of ksMembers) {
    const perAge = (age: number): number =>
      Math.round((m.figures.population / 90) * (age < 18 || age > 64 ? 0.8 : 1.1));
    const ages = [...Array.from({ length: 100 }, (_, i) => String(i)), "100 -"];
    rows.push([m.sv, "Totalt", "Totalt", m.figures.population]);
    for (const age of ages) {
      const n = age === "100 -" ? 5 : perAge(Number(age));
      rows.push([m.sv, age, "Totalt", n]);
      rows.push([m.sv, age, "Män", Math.floor(n / 2)]);
    }
  }
  return write(
    PXWEB,
    "11re -- Befolkning efter ålder (1-års) och kön efter område, 1972-2024",
    ["Område", "Ålder", "Kön", "2024"],
    rows,
  );
}

/** The working-age population 11re gives: the single years 18–64 of `table11re`. */
export const workingAge11re = (population: number): number => {
  let sum = 0;
  for (let age = 18; age <= 64; age++) sum += Math.round((population / 90) * 1.1);
  return sum;
};

/** tyonv 12r5 in English: unemployed job seekers by month, 2024M01–2025M03. */
export const MONTHLY_DEVIATION = [40, 30, 10, -10, -30, 20, 60, 0, -40, -50, -30, 0] as const;
function table12r5(): Uint8Array {
  const months = [
    ...Array.from({ length: 12 }, (_, i) => `2024M${String(i + 1).padStart(2, "0")}`),
    "2025M01",
    "2025M02",
    "2025M03",
  ];
  const rows: Cell[][] = [];
  for (const m of [{ code: "SSS", fi: "WHOLE COUNTRY", figures: undefined }, ...ksMembers]) {
    const f = m.figures;
    rows.push([
      m.code === "SSS" ? "WHOLE COUNTRY" : `KU${m.code} ${m.fi}`,
      "Unemployed jobseekers",
      ...months.map((_, i) => (f ? f.unemployed + (MONTHLY_DEVIATION[i] ?? 25) : 300000)),
    ]);
  }
  return write(
    PXWEB,
    "12r5 -- Jobseekers at the end of the month by region, monthly, 2006M01-2025M03",
    ["Region", "Information", ...months],
    rows,
  );
}

// ---------------------------------------------------------------------------------------------
// Bad files.

function badFiles(): Record<string, Uint8Array> {
  const header = ["Alue", "Tiedot", "2024"];
  const title = "11ra -- Tunnuslukuja väestöstä alueittain, 1990-2024";
  const [kerava, sipoo] = ksMembers as [(typeof ksMembers)[0], (typeof ksMembers)[0]];
  const both = (k: Figures, s: Figures): Cell[][] => [
    ["KU245 Kerava", "Työvoima", k.labourForce],
    ["KU753 Sipoo", "Työvoima", s.labourForce],
  ];
  return {
    "bad-member-missing.csv": write(PXWEB, title, header, [
      ["KOKO MAA", "Työvoima", 2750000],
      ["KU245 Kerava", "Työvoima", kerava.figures.labourForce],
    ]),
    "bad-duplicate-member.csv": write(PXWEB, title, header, [
      ...both(kerava.figures, sipoo.figures),
      ["Kerava", "Työvoima", kerava.figures.labourForce + 10],
    ]),
    "bad-two-columns.csv": write(
      PXWEB,
      title,
      ["Alue", "2024 Väkiluku", "2024 Asukkaat", "2024 Työvoima"],
      [
        ["KU245 Kerava", kerava.figures.population, kerava.figures.population, kerava.figures.labourForce],
        ["KU753 Sipoo", sipoo.figures.population, sipoo.figures.population, sipoo.figures.labourForce],
      ],
    ),
    "bad-decimal.csv": write(PXWEB, title, header, [
      ["KU245 Kerava", "Työvoima", kerava.figures.labourForce],
      ["KU753 Sipoo", "Työvoima", "1 234,5"],
    ]),
    "bad-aggregate-only.csv": write(PXWEB, title, header, [
      ["KOKO MAA", "Työvoima", 2750000],
      ["MA1 MANNER-SUOMI", "Työvoima", 2730000],
    ]),
    "bad-empty.csv": new Uint8Array(0),
    "bad-unrecognised.csv": write(PXWEB, title, header, [
      ...both(kerava.figures, sipoo.figures),
      ["KU245 Kerava", "Kuntien lukumäärä", 1],
      ["KU753 Sipoo", "Kuntien lukumäärä", 1],
    ]),
    "bad-dot-code.csv": write(PXWEB, title, header, [
      ["KU245 Kerava", "Työvoima", kerava.figures.labourForce],
      ["KU753 Sipoo", "Työvoima", raw("..")],
    ]),
  };
}

/** Every fixture file by name. */
export function statfinFixtures(): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const area of FIXTURE_AREAS) {
    files[`${area.id}.long.fi.csv`] = longFile(area, "fi", PXWEB);
    files[`${area.id}.long.sv.csv`] = longFile(area, "sv", PXWEB);
    files[`${area.id}.wide.fi.csv`] = wideFile(area, "fi", EXCEL_FI);
    files[`${area.id}.wide.sv.csv`] = wideFile(area, "sv", UNICODE_TEXT);
  }
  files["kerava-sipoo.115b.fi.csv"] = table115b();
  files["kerava-sipoo.11re.sv.csv"] = table11re();
  files["kerava-sipoo.12r5.en.csv"] = table12r5();
  return { ...files, ...badFiles() };
}

if (require.main === module) {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  for (const [name, bytes] of Object.entries(statfinFixtures()))
    writeFileSync(join(FIXTURE_DIR, name), bytes);
}
