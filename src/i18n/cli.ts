import { quote } from "./format";
import type { Catalog, Lang } from "./lang";

/** The command line's own words (usage, errors about arguments and files) in fi/sv/en. */

/** Command-line problems that are not about the input's content, as data. */
export type CliProblem =
  | { readonly code: "missingCommand" }
  | { readonly code: "unknownCommand"; readonly command: string }
  | { readonly code: "unknownOption"; readonly option: string }
  | { readonly code: "optionNotForCommand"; readonly option: string; readonly command: string }
  | { readonly code: "missingValue"; readonly option: string }
  | { readonly code: "repeatedOption"; readonly option: string }
  | { readonly code: "flagWithValue"; readonly option: string }
  | { readonly code: "badLang"; readonly value: string }
  | { readonly code: "badYear"; readonly value: string }
  | { readonly code: "missingInput"; readonly command: string }
  | { readonly code: "extraArgument"; readonly argument: string }
  | { readonly code: "missingOutput" }
  | { readonly code: "outputNotXlsx"; readonly path: string }
  | { readonly code: "missingSample"; readonly ids: readonly string[] }
  | { readonly code: "unknownSample"; readonly id: string; readonly ids: readonly string[] }
  | { readonly code: "badSheet"; readonly value: string; readonly keys: readonly string[] }
  | { readonly code: "stdinTwice" }
  | { readonly code: "cannotRead"; readonly path: string; readonly reason: string }
  | { readonly code: "notUtf8"; readonly path: string }
  | { readonly code: "outputExists"; readonly path: string }
  | { readonly code: "outputDirMissing"; readonly path: string }
  | { readonly code: "cannotWrite"; readonly path: string; readonly reason: string }
  | { readonly code: "generationFailed"; readonly reason: string }
  | { readonly code: "areaNeedsCsv" }
  | { readonly code: "unknownArea"; readonly query: string; readonly closest: readonly string[] }
  | { readonly code: "areaNotOffered"; readonly name: string }
  | {
      readonly code: "memberMissing";
      readonly path: string;
      readonly area: string;
      readonly name: string;
      readonly municipality: string;
    }
  | {
      readonly code: "memberTwice";
      readonly path: string;
      readonly name: string;
      readonly municipality: string;
      readonly lines: readonly number[];
    };

/** Why a file could not be read or written, from Node's error codes. */
export type FileReason = "notFound" | "denied" | "isDirectory" | "notRegular" | "tooLarge" | "other";

interface CliWords {
  usage: string;
  error: string;
  warning: string;
  note: string;
  problems: { [C in CliProblem["code"]]: (p: Extract<CliProblem, { code: C }>, lang: Lang) => string };
  fileReason: Record<Exclude<FileReason, "other">, string>;
  invalid: (file: string, count: number) => string;
  written: (path: string, sheets: readonly string[]) => string;
  valid: (file: string, municipalities: number) => string;
  /** Rows of other municipalities than the area's, left out of a `--area` file. */
  ignored: (file: string, count: number) => string;
}

const list = (lang: Lang, items: readonly string[]): string =>
  items.map((item) => quote(lang, item)).join(", ");

const words: Catalog<CliWords> = {
  fi: {
    usage: `Käyttö:
  npm run --silent cli -- generate <syöte.json> -o <työkirja.xlsx> [--lang fi|sv|en] [--csv <kunnat.csv>]
                                   [--sheets <taulukot>] [--force]
  npm run --silent cli -- generate --area <koodi|nimi> --csv <luvut.csv> -o <työkirja.xlsx> [syöte.json]
                                   [--lang fi|sv|en] [--sheets <taulukot>] [--force]
  npm run --silent cli -- validate <syöte.json> [--csv <kunnat.csv>] [--lang fi|sv|en]
  npm run --silent cli -- areas [--lang fi|sv|en]
  npm run --silent cli -- sample <kerava-sipoo|pohjoinen-keski-suomi|kympin> [--lang fi|sv|en]
  npm run --silent cli -- schema
  npm run --silent cli -- --help

Komennot:
  generate   Tekee syötteestä Excel-työkirjan: Kunnat, Kustannusjako, Budjettikehys,
             Henkilöstötaulukko ja Palvelutuotantomatriisi.
  validate   Tarkistaa syötteen; ei kirjoita mitään.
  areas      Luettelee Tilastokeskuksen luokituksen työllisyysalueet: koodi, nimi, kuntien määrä.
  sample     Tulostaa esimerkkisyötteen (JSON) valitsimen --lang kielellä.
  schema     Tulostaa syötteen JSON Scheman.

Valitsimet:
  -o, --output <tiedosto>  Kirjoitettava työkirja (.xlsx). Olemassa olevaa tiedostoa ei korvata
                           ilman valitsinta --force.
  --lang fi|sv|en          Työkirjan ja viestien kieli (oletus fi).
  --csv <tiedosto>         Kunnat CSV-tiedostosta; JSON-syöte antaa muut tiedot, ilman kenttää
                           "municipalities". Myös Tilastokeskuksen PxWeb-taulukot (11ra, 11re,
                           115b, 12r5); valitsimen voi antaa monta kertaa tiedostojen yhdistämiseksi.
  --year <vuosi>           Tilastokeskuksen taulukoista tämä vuosi (2024; kuukausitaulukosta vuoden
                           keskiarvo) tai kuukausi (2024M06); oletus: kunkin tiedoston uusin.
  --area <koodi|nimi>      Työllisyysalue luokituksesta (koodi tai nimi suomeksi, ruotsiksi tai
                           englanniksi): jäsenkunnat alueesta, luvut --csv-tiedostosta kuntanumeron
                           tai nimen mukaan. Syöte-JSON on silloin valinnainen; muut tiedot saavat
                           oletusarvot (kustannusjaon summa täytetään työkirjaan).
  --sheets <taulukot>      Vain nämä taulukot pilkuin eroteltuina: costSplit, budget, staffing,
                           services (Kunnat tehdään aina).
  --force                  Korvaa olemassa oleva työkirja.
  -h, --help               Tämä ohje.
  Syötetiedoston tilalla - lukee JSONin vakiosyötteestä.

Paluuarvot: 0 valmis · 1 virheellinen syöte · 2 virheellinen komento · 3 työkirjaa ei voitu kirjoittaa.
`,
    error: "virhe",
    warning: "varoitus",
    note: "huomio",
    problems: {
      missingCommand: () => "komento puuttuu",
      unknownCommand: (p, l) => `tuntematon komento ${quote(l, p.command)}`,
      unknownOption: (p, l) => `tuntematon valitsin ${quote(l, p.option)}`,
      optionNotForCommand: (p, l) =>
        `valitsin ${quote(l, p.option)} ei kuulu komentoon ${quote(l, p.command)}`,
      missingValue: (p, l) => `valitsimelta ${quote(l, p.option)} puuttuu arvo`,
      repeatedOption: (p, l) => `valitsin ${quote(l, p.option)} on annettu kahdesti`,
      flagWithValue: (p, l) => `valitsin ${quote(l, p.option)} ei ota arvoa`,
      badLang: (p, l) => `kieli ${quote(l, p.value)} ei käy, odotettiin fi, sv tai en`,
      badYear: (p, l) =>
        `vuosi ${quote(l, p.value)} ei käy, odotettiin vuotta (2024) tai kuukautta (2024M06)`,
      missingInput: (p, l) => `komennolta ${quote(l, p.command)} puuttuu syötetiedosto`,
      extraArgument: (p, l) => `ylimääräinen argumentti ${quote(l, p.argument)}`,
      missingOutput: () => "tulostiedosto puuttuu: anna -o <työkirja.xlsx>",
      outputNotXlsx: (p, l) => `tulostiedoston ${quote(l, p.path)} nimen pitää päättyä .xlsx`,
      missingSample: (p, l) => `esimerkin nimi puuttuu; esimerkit: ${list(l, p.ids)}`,
      unknownSample: (p, l) => `tuntematon esimerkki ${quote(l, p.id)}; esimerkit: ${list(l, p.ids)}`,
      badSheet: (p, l) => `tuntematon taulukko ${quote(l, p.value)}; taulukot: ${list(l, p.keys)}`,
      stdinTwice: () => "vakiosyötteen (-) voi lukea vain kerran",
      cannotRead: (p, l) => `tiedostoa ${quote(l, p.path)} ei voitu lukea: ${p.reason}`,
      notUtf8: (p, l) =>
        `tiedosto ${quote(l, p.path)} ei ole UTF-8-koodattua tekstiä; tallenna se UTF-8-muodossa`,
      outputExists: (p, l) =>
        `tiedosto ${quote(l, p.path)} on jo olemassa; sitä ei korvata ilman valitsinta --force`,
      outputDirMissing: (p, l) => `hakemistoa ${quote(l, p.path)} ei ole`,
      cannotWrite: (p, l) => `tiedostoa ${quote(l, p.path)} ei voitu kirjoittaa: ${p.reason}`,
      generationFailed: (p) => `työkirjan teko epäonnistui (ohjelmavirhe): ${p.reason}`,
      areaNeedsCsv: () =>
        "valitsin --area tarvitsee valitsimen --csv <tiedosto>, josta jäsenkuntien luvut luetaan",
      unknownArea: (p, l) =>
        `tuntematon työllisyysalue ${quote(l, p.query)}; lähimmät: ${list(l, p.closest)} ` +
        "(kaikki alueet: npm run --silent cli -- areas)",
      areaNotOffered: (p, l) =>
        `${quote(l, p.name)} ei ole työllisyysalue: Ahvenanmaa järjestää työvoimapalvelunsa itse, ` +
        "eikä laki työvoimapalveluiden järjestämisestä (380/2023) koske sitä",
      memberMissing: (p, l) =>
        `${p.path}: alueen ${quote(l, p.area)} jäsenkunnalle ${p.name} (${p.municipality}) ei ole lukuja tiedostossa`,
      memberTwice: (p) =>
        `${p.path}: jäsenkunta ${p.name} (${p.municipality}) on tiedostossa monesti, riveillä ${p.lines.join(", ")}; jätä yksi`,
    },
    fileReason: {
      notFound: "tiedostoa ei ole",
      denied: "ei oikeuksia",
      isDirectory: "se on hakemisto",
      notRegular: "se ei ole tavallinen tiedosto (esim. laite tai putki)",
      tooLarge: "se on yli 10 Mt; näin suurta syötettä ei lueta",
    },
    invalid: (file, count) =>
      `${file}: ${count} ${count === 1 ? "virhe" : "virhettä"}; työkirjaa ei kirjoitettu`,
    written: (path, sheets) => `${path}: ${sheets.join(", ")}`,
    valid: (file, count) => `${file}: syöte on kunnossa (${count} ${count === 1 ? "kunta" : "kuntaa"})`,
    ignored: (file, count) =>
      `${file}: ${count} ${count === 1 ? "muun kunnan rivi jätettiin" : "muiden kuntien riviä jätettiin"} pois`,
  },
  sv: {
    usage: `Användning:
  npm run --silent cli -- generate <indata.json> -o <arbetsbok.xlsx> [--lang fi|sv|en] [--csv <kommuner.csv>]
                                   [--sheets <blad>] [--force]
  npm run --silent cli -- generate --area <kod|namn> --csv <siffror.csv> -o <arbetsbok.xlsx> [indata.json]
                                   [--lang fi|sv|en] [--sheets <blad>] [--force]
  npm run --silent cli -- validate <indata.json> [--csv <kommuner.csv>] [--lang fi|sv|en]
  npm run --silent cli -- areas [--lang fi|sv|en]
  npm run --silent cli -- sample <kerava-sipoo|pohjoinen-keski-suomi|kympin> [--lang fi|sv|en]
  npm run --silent cli -- schema
  npm run --silent cli -- --help

Kommandon:
  generate   Gör en Excel-arbetsbok av indata: kommuner, kostnadsfördelning, budgetram,
             personaltabell och serviceproduktionsmatris.
  validate   Kontrollerar indata; skriver ingenting.
  areas      Listar sysselsättningsområdena i Statistikcentralens klassificering: kod, namn, antal kommuner.
  sample     Skriver ut ett exempel på indata (JSON) på språket i --lang.
  schema     Skriver ut JSON-schemat för indata.

Flaggor:
  -o, --output <fil>       Arbetsboken som skrivs (.xlsx). En befintlig fil ersätts inte utan --force.
  --lang fi|sv|en          Arbetsbokens och meddelandenas språk (standard fi).
  --csv <fil>              Kommunerna från en CSV-fil, även Statistikcentralens PxWeb-tabeller
                           (11ra, 11re, 115b, 12r5; flera filer med flera --csv); JSON-indata
                           ger resten, utan fältet "municipalities".
  --year <år>              Detta år ur Statistikcentralens tabeller (2024; ur en månadstabell årets
                           medeltal) eller denna månad (2024M06); standard: varje fils senaste.
  --area <kod|namn>        Ett sysselsättningsområde ur klassificeringen (kod eller namn på finska,
                           svenska eller engelska): medlemskommunerna ur området, siffrorna ur
                           --csv-filen enligt kommunnummer eller namn. JSON-indata är då frivillig;
                           resten får standardvärden (kostnadsfördelningens summa fylls i arbetsboken).
  --sheets <blad>          Bara dessa blad, kommaseparerade: costSplit, budget, staffing, services
                           (kommunbladet görs alltid).
  --force                  Ersätt en befintlig arbetsbok.
  -h, --help               Denna hjälp.
  I stället för en indatafil läser - JSON från standard in.

Slutkoder: 0 klart · 1 ogiltig indata · 2 ogiltigt kommando · 3 arbetsboken kunde inte skrivas.
`,
    error: "fel",
    warning: "varning",
    note: "obs",
    problems: {
      missingCommand: () => "kommando saknas",
      unknownCommand: (p, l) => `okänt kommando ${quote(l, p.command)}`,
      unknownOption: (p, l) => `okänd flagga ${quote(l, p.option)}`,
      optionNotForCommand: (p, l) =>
        `flaggan ${quote(l, p.option)} hör inte till kommandot ${quote(l, p.command)}`,
      missingValue: (p, l) => `flaggan ${quote(l, p.option)} saknar värde`,
      repeatedOption: (p, l) => `flaggan ${quote(l, p.option)} anges två gånger`,
      flagWithValue: (p, l) => `flaggan ${quote(l, p.option)} tar inget värde`,
      badLang: (p, l) => `språket ${quote(l, p.value)} duger inte, fi, sv eller en förväntades`,
      badYear: (p, l) =>
        `året ${quote(l, p.value)} duger inte, ett år (2024) eller en månad (2024M06) förväntades`,
      missingInput: (p, l) => `kommandot ${quote(l, p.command)} saknar indatafil`,
      extraArgument: (p, l) => `överflödigt argument ${quote(l, p.argument)}`,
      missingOutput: () => "utdatafil saknas: ange -o <arbetsbok.xlsx>",
      outputNotXlsx: (p, l) => `utdatafilens namn ${quote(l, p.path)} ska sluta på .xlsx`,
      missingSample: (p, l) => `exemplets namn saknas; exempel: ${list(l, p.ids)}`,
      unknownSample: (p, l) => `okänt exempel ${quote(l, p.id)}; exempel: ${list(l, p.ids)}`,
      badSheet: (p, l) => `okänt blad ${quote(l, p.value)}; blad: ${list(l, p.keys)}`,
      stdinTwice: () => "standard in (-) kan läsas bara en gång",
      cannotRead: (p, l) => `filen ${quote(l, p.path)} kunde inte läsas: ${p.reason}`,
      notUtf8: (p, l) => `filen ${quote(l, p.path)} är inte UTF-8-kodad text; spara den i UTF-8`,
      outputExists: (p, l) => `filen ${quote(l, p.path)} finns redan; den ersätts inte utan --force`,
      outputDirMissing: (p, l) => `katalogen ${quote(l, p.path)} finns inte`,
      cannotWrite: (p, l) => `filen ${quote(l, p.path)} kunde inte skrivas: ${p.reason}`,
      generationFailed: (p) => `arbetsboken kunde inte göras (programfel): ${p.reason}`,
      areaNeedsCsv: () =>
        "flaggan --area behöver flaggan --csv <fil>, som medlemskommunernas siffror läses ur",
      unknownArea: (p, l) =>
        `okänt sysselsättningsområde ${quote(l, p.query)}; närmast: ${list(l, p.closest)} ` +
        "(alla områden: npm run --silent cli -- areas)",
      areaNotOffered: (p, l) =>
        `${quote(l, p.name)} är inget sysselsättningsområde: Åland ordnar sin arbetskraftsservice själv, ` +
        "och lagen om ordnandet av arbetskraftsservice (380/2023) gäller inte där",
      memberMissing: (p, l) =>
        `${p.path}: filen har inga siffror för kommunen ${p.name} (${p.municipality}) i området ${quote(l, p.area)}`,
      memberTwice: (p) =>
        `${p.path}: kommunen ${p.name} (${p.municipality}) finns flera gånger i filen, på raderna ${p.lines.join(", ")}; behåll en`,
    },
    fileReason: {
      notFound: "filen finns inte",
      denied: "behörighet saknas",
      isDirectory: "det är en katalog",
      notRegular: "det är ingen vanlig fil (t.ex. en enhet eller ett rör)",
      tooLarge: "den är över 10 MB; så stor indata läses inte",
    },
    invalid: (file, count) => `${file}: ${count} ${count === 1 ? "fel" : "fel"}; arbetsboken skrevs inte`,
    written: (path, sheets) => `${path}: ${sheets.join(", ")}`,
    valid: (file, count) =>
      `${file}: indata är i sin ordning (${count} ${count === 1 ? "kommun" : "kommuner"})`,
    ignored: (file, count) =>
      `${file}: ${count} ${count === 1 ? "rad för en annan kommun" : "rader för andra kommuner"} lämnades bort`,
  },
  en: {
    usage: `Usage:
  npm run --silent cli -- generate <input.json> -o <workbook.xlsx> [--lang fi|sv|en] [--csv <municipalities.csv>]
                                   [--sheets <sheets>] [--force]
  npm run --silent cli -- generate --area <code|name> --csv <figures.csv> -o <workbook.xlsx> [input.json]
                                   [--lang fi|sv|en] [--sheets <sheets>] [--force]
  npm run --silent cli -- validate <input.json> [--csv <municipalities.csv>] [--lang fi|sv|en]
  npm run --silent cli -- areas [--lang fi|sv|en]
  npm run --silent cli -- sample <kerava-sipoo|pohjoinen-keski-suomi|kympin> [--lang fi|sv|en]
  npm run --silent cli -- schema
  npm run --silent cli -- --help

Commands:
  generate   Makes an Excel workbook from the input: municipalities, cost split, budget frame,
             staffing table and service production matrix.
  validate   Checks the input; writes nothing.
  areas      Lists the employment areas of Statistics Finland's classification: code, name, member count.
  sample     Prints a sample input (JSON) in the --lang language.
  schema     Prints the input's JSON Schema.

Options:
  -o, --output <file>      The workbook to write (.xlsx). An existing file is not replaced without --force.
  --lang fi|sv|en          Language of the workbook and the messages (default fi).
  --csv <file>             The municipalities from a CSV file, Statistics Finland's PxWeb tables too
                           (11ra, 11re, 115b, 12r5; several files with several --csv); the JSON
                           input gives the rest, without the "municipalities" field.
  --year <year>            This year of Statistics Finland's tables (2024; of a monthly table, the
                           year's average) or this month (2024M06); default: each file's latest.
  --area <code|name>       An employment area of the classification (code, or name in Finnish, Swedish or
                           English): the members from the area, their figures from the --csv file by
                           municipality code or name. The JSON input is then optional; the rest takes
                           defaults (the cost split's amount is filled in in the workbook).
  --sheets <sheets>        Only these sheets, comma-separated: costSplit, budget, staffing, services
                           (the municipalities sheet is always made).
  --force                  Replace an existing workbook.
  -h, --help               This help.
  In place of an input file, - reads the JSON from standard input.

Exit codes: 0 done · 1 invalid input · 2 invalid command line · 3 the workbook could not be written.
`,
    error: "error",
    warning: "warning",
    note: "note",
    problems: {
      missingCommand: () => "no command given",
      unknownCommand: (p, l) => `unknown command ${quote(l, p.command)}`,
      unknownOption: (p, l) => `unknown option ${quote(l, p.option)}`,
      optionNotForCommand: (p, l) =>
        `option ${quote(l, p.option)} does not belong to command ${quote(l, p.command)}`,
      missingValue: (p, l) => `option ${quote(l, p.option)} needs a value`,
      repeatedOption: (p, l) => `option ${quote(l, p.option)} is given twice`,
      flagWithValue: (p, l) => `option ${quote(l, p.option)} takes no value`,
      badLang: (p, l) => `language ${quote(l, p.value)} is not available, expected fi, sv or en`,
      badYear: (p, l) =>
        `year ${quote(l, p.value)} is not valid, expected a year (2024) or a month (2024M06)`,
      missingInput: (p, l) => `command ${quote(l, p.command)} needs an input file`,
      extraArgument: (p, l) => `unexpected argument ${quote(l, p.argument)}`,
      missingOutput: () => "no output file: give -o <workbook.xlsx>",
      outputNotXlsx: (p, l) => `the output file name ${quote(l, p.path)} must end in .xlsx`,
      missingSample: (p, l) => `no sample named; samples: ${list(l, p.ids)}`,
      unknownSample: (p, l) => `unknown sample ${quote(l, p.id)}; samples: ${list(l, p.ids)}`,
      badSheet: (p, l) => `unknown sheet ${quote(l, p.value)}; sheets: ${list(l, p.keys)}`,
      stdinTwice: () => "standard input (-) can be read only once",
      cannotRead: (p, l) => `could not read ${quote(l, p.path)}: ${p.reason}`,
      notUtf8: (p, l) => `${quote(l, p.path)} is not UTF-8 text; save it as UTF-8`,
      outputExists: (p, l) => `${quote(l, p.path)} already exists; it is not replaced without --force`,
      outputDirMissing: (p, l) => `there is no directory ${quote(l, p.path)}`,
      cannotWrite: (p, l) => `could not write ${quote(l, p.path)}: ${p.reason}`,
      generationFailed: (p) => `making the workbook failed (a bug): ${p.reason}`,
      areaNeedsCsv: () => "option --area needs option --csv <file>, from which the members' figures are read",
      unknownArea: (p, l) =>
        `unknown employment area ${quote(l, p.query)}; closest: ${list(l, p.closest)} ` +
        "(all areas: npm run --silent cli -- areas)",
      areaNotOffered: (p, l) =>
        `${quote(l, p.name)} is not an employment area: Åland organises its employment services itself, ` +
        "and the Act on organising employment services (380/2023) does not apply there",
      memberMissing: (p, l) =>
        `${p.path}: the file has no figures for ${p.name} (${p.municipality}), a member of ${quote(l, p.area)}`,
      memberTwice: (p) =>
        `${p.path}: the member ${p.name} (${p.municipality}) is in the file more than once, on lines ${p.lines.join(", ")}; keep one`,
    },
    fileReason: {
      notFound: "no such file",
      denied: "permission denied",
      isDirectory: "it is a directory",
      notRegular: "it is not a regular file (a device or a pipe, say)",
      tooLarge: "it is over 10 MB; input this large is not read",
    },
    invalid: (file, count) => `${file}: ${count} ${count === 1 ? "error" : "errors"}; no workbook written`,
    written: (path, sheets) => `${path}: ${sheets.join(", ")}`,
    valid: (file, count) =>
      `${file}: the input is valid (${count} ${count === 1 ? "municipality" : "municipalities"})`,
    ignored: (file, count) =>
      `${file}: ${count} ${count === 1 ? "row of another municipality" : "rows of other municipalities"} left out`,
  },
};

export const cliWords = (lang: Lang): CliWords => words[lang];

export function describeCliProblem(lang: Lang, problem: CliProblem): string {
  return (words[lang].problems[problem.code] as (p: CliProblem, l: Lang) => string)(problem, lang);
}

export function describeFileReason(lang: Lang, reason: FileReason, message: string): string {
  return reason === "other" ? message : words[lang].fileReason[reason];
}
