import { isRequiredField } from "../../domain/members";
import { formatNumber, quote } from "../format";
import { fieldLabel, messageHelpers, type InputWords } from "../input";
import { describeProblem } from "../problems";

const { n, percent, str, year, criterion, names, headerExamples } = messageHelpers;

/** Messages about the user's input in English (input.ts holds the Finnish and the shape all three share). */
export const inputWords: InputWords = {
  found: (f, l) => {
    switch (f.type) {
      case "missing":
        return "no value";
      case "null":
        return "null";
      case "string":
        return `text ${quote(l, f.value)}`;
      case "number":
        return `number ${formatNumber(l, f.value)}`;
      case "boolean":
        return `logical value ${f.value}`;
      case "array":
        return `a list (${f.length} items)`;
      case "object":
        return "an object { … }";
    }
  },
  expected: {
    number: "a number",
    int: "a whole number",
    string: "text",
    boolean: "true or false",
    array: "a list [ … ]",
    object: "an object { … }",
    value: "a value",
  },
  foundExpected: (found, expected) => `${found}, expected ${expected}`,
  missing: (expected) => `required field is missing, expected ${expected}`,
  syntaxExpected: {
    value: "a value (number, text, true, false, null, list or object)",
    key: "a field name in double quotes",
    colon: "a colon ':'",
    commaOrObjectEnd: "a comma ',' or a closing brace '}'",
    commaOrArrayEnd: "a comma ',' or a closing bracket ']'",
    end: "the end of the text",
    stringEnd: "a double quote '\"' ending the text",
    escape: 'after a backslash one of " \\ / b f n r t u',
    hex: "a hexadecimal digit (0–9, a–f)",
    digit: "a digit",
  },
  char: (c, l) =>
    c === null
      ? "the end of the text"
      : c === "\n" || c === "\r"
        ? "a line break"
        : c === "\t"
          ? "a tab"
          : quote(l, c),
  syntax: (found, expected) => `found ${found}, expected ${expected}`,
  hint: {
    spaceInNumber: " – numbers may not contain spaces (18875, not 18 875)",
    decimalComma: " – the decimal separator is a point (0.5, not 0,5)",
    trailingComma: " – remove the extra comma before the bracket",
    singleQuote: ' – JSON text and field names use double quotes "…"',
    comment: " – JSON does not allow comments",
  },
  numberHint: (value) => ` (write JSON numbers without quotes or spaces: ${JSON.stringify(value)})`,
  location: (line, column) => (column === undefined ? `line ${line}` : `line ${line}, column ${column}`),
  messages: {
    count: (p, l) =>
      `${n(l, p.found)} items, expected ${p.atLeast ? "at least" : "at most"} ${n(l, p.limit)}`,
    length: (p) =>
      `${p.found === 0 ? "empty text" : `${p.found} characters`}, expected ` +
      `${p.atLeast ? "at least" : "at most"} ${p.limit} ${p.limit === 1 ? "character" : "characters"}`,
    notOneOf: (p, l) =>
      `${inputWords.found(p.found, l)}, expected one of ${p.values.map((v) => quote(l, v)).join(", ")}`,
    unknownField: (p, l) =>
      `unknown field ${quote(l, p.key)}` + (p.suggestion ? ` – did you mean ${quote(l, p.suggestion)}?` : ""),
    reservedKey: (p, l) => `the key ${quote(l, p.key)} is reserved and cannot be read; rename it`,
    invalid: () => "invalid value",
    emptyText: () => "empty text, expected a JSON object { … }",
    duplicateKey: (p, l) => `field ${quote(l, p.key)} occurs more than once; each field may occur only once`,
    tooDeep: (p) => `nested more than ${p.limit} levels deep`,
    inputTooLarge: (p, l) =>
      `the input is over ${n(l, p.limit / 1024 / 1024)} MB; input this large is not read`,
    keyTooLong: (p, l) =>
      `the field name ${quote(l, p.key)} is ${formatNumber(l, p.found)} characters long, expected at most ${p.limit}`,
    moreDuplicateKeys: (p, l) => `and ${formatNumber(l, p.count)} more fields that occur more than once`,
    csvNoHeader: () =>
      "no header row found: expected a row with columns for the municipality's name and its labour force " +
      "(e.g. Municipality;Labour force)",
    csvNoRows: () => "no municipality lines after the header",
    csvTooManyRows: (p, l) =>
      `more than ${formatNumber(l, p.limit)} municipality lines; an employment area has at most ${formatNumber(l, p.limit)} municipalities, so the rest is not read`,
    csvMissingColumn: (p) =>
      `column missing: ${fieldLabel("en", p.field)} (a header such as ${headerExamples[p.field]})`,
    csvRepeatedColumn: (p, l) =>
      `a second column for ${quote(l, fieldLabel("en", p.field))} (the first: ${quote(l, p.first)}); keep only one`,
    csvUnknownColumn: () => "header not recognised, column skipped",
    csvExtraCells: (p) => `the line has ${p.found} fields, the header ${p.expected}`,
    csvUnterminatedQuote: () => "a quotation mark is never closed",
    csvEmptyName: () => "the municipality's name is missing",
    csvEmptyCell: (p) => `empty cell, ${fieldLabel("en", p.field)} is required`,
    csvNotAvailable: (p, l) =>
      `${quote(l, p.text)} (not available in the statistics), ` +
      (isRequiredField(p.field) ? "expected a number" : "left empty"),
    csvDash: (_, l) => `${quote(l, "-")} is not a number; write 0 if it means nil, or leave the cell empty`,
    csvAmbiguousNumber: (p, l) =>
      `${quote(l, p.text)} is an ambiguous number: in this file the decimal separator is a ` +
      `${p.decimal === "," ? "comma (e.g. 0,5)" : "point (e.g. 0.5)"}; write thousands without a separator or with a space`,
    csvTotalRow: (p, l) => `total line ${quote(l, p.name)} skipped`,
    csvNote: (p, l) => `note line skipped: ${quote(l, p.text)}`,
    csvBothSources: () => "municipalities are given both in the JSON and in the CSV file; remove one",
    statfinEmpty: () => "the file is empty",
    statfinNoRegionColumn: () =>
      "no header row found: expected Statistics Finland's header row with a region column (Region, Alue or Område)",
    statfinAggregateOnly: (p, l) =>
      `the file has only total lines (${formatNumber(l, p.count)}, e.g. WHOLE COUNTRY or a region) and no municipality's figures; choose the municipalities in the table`,
    statfinUnrecognised: (p, l) =>
      `the variable ${quote(l, p.label)} is not recognised; say which column it belongs to, or leave it out`,
    statfinTwice: (p, l) =>
      `${fieldLabel("en", p.field)} (${p.period}) of ${quote(l, p.name)} is already given: ` +
      `${p.firstFile}, line ${p.firstLine}, column ${p.firstColumn}; keep only one`,
    statfinYearMissing: (p, l) =>
      `the year ${quote(l, p.year)} is not in the file; its years are ${p.available.map((y) => quote(l, y)).join(", ")}`,
    statfinPartialYear: (p) =>
      `the ${p.year} average was taken over only ${p.months} months, the others not being in the file`,
    statfinMixedPeriods: (p) =>
      `the figures are from different periods (${p.periods.join(", ")}); choose a year if they should be from the same one`,
    statfinMemberMissing: (p, l) =>
      `no figures were found in the files for the area's municipality ${quote(l, p.name)}`,
    statfinIgnoredRows: (p, l) =>
      `${formatNumber(l, p.count)} lines about municipalities outside the area were skipped`,
    statfinAggregateRows: (p, l) =>
      `${formatNumber(l, p.count)} total lines (e.g. WHOLE COUNTRY, regions) were skipped`,
    statfinNoValue: (p, l) => `${quote(l, p.name)} has no ${fieldLabel("en", p.field)}, which is required`,
    statfinIncomplete: (p, l) =>
      `${fieldLabel("en", p.field)} of ${quote(l, p.name)} is a sum of categories, of which ${names(l, p.missing)} are missing; choose every category in the table`,
    statfinUnusedCategories: (p, l) =>
      `${formatNumber(l, p.count)} categories are not used (e.g. ${p.examples.map((e) => quote(l, e)).join(", ")}) and were skipped`,
  },
  custom: {
    controlCharacter: (p) =>
      `contains a control character (code ${str(p.code)}) at position ${str(p.position)}; a workbook cell cannot hold it`,
    invalidCharacter: (p) =>
      `contains ${str(p.code)} at position ${str(p.position)}, which is not ` +
      `${p.surrogate ? "a whole character (half a surrogate pair)" : "a text character (a Unicode noncharacter)"}; a workbook cannot hold it`,
    duplicateName: (p, l) =>
      `the name ${quote(l, str(p.name))} is already used (${quote(l, str(p.first))}); ` +
      "municipality names must differ (ignoring case)",
    municipalityCode: (p, l) =>
      `the municipality code ${quote(l, str(p.value))} is not three digits; write it as text with leading zeros, e.g. "049"`,
    duplicateCode: (p, l) =>
      `the municipality code ${quote(l, str(p.code))} already belongs to ${quote(l, str(p.first))}; municipality codes must differ`,
    weightsSum: (p, l) => describeProblem(l, { code: "weightsSum", sum: Number(p.sum) }),
    criterionMissing: (p, l) =>
      `missing, but the cost split uses criterion ${criterion(l, p.criterion)} with weight ${n(l, p.weight)}`,
    zeroCriterion: (p, l) =>
      `criterion ${criterion(l, p.criterion)} sums to 0 over all municipalities although its weight is not 0`,
    unknownMunicipality: (p, l) =>
      `${quote(l, str(p.name))} is not a municipality of the area; the municipalities are ${names(l, p.known)}` +
      (typeof p.suggestion === "string" ? ` – did you mean ${quote(l, p.suggestion)}?` : ""),
    budgetSharesSum: (p, l) => `the lines' shares add up to ${percent(l, p.sum)}, expected 100 %`,
    yearsOrder: (p) =>
      `year ${year(p.year)} does not come after the previous year ${year(p.previous)}; planning years must ascend`,
  },
};
