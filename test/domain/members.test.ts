import {
  cellAsNumber,
  COLUMN_FIELDS,
  isAggregateRow,
  isBlankCell,
  memberName,
  recogniseColumns,
  REQUIRED_FIELDS,
} from "../../src/domain/members";
import { CLASSIFICATION } from "../../src/domain/areas.data";
import { municipalitySchema } from "../../src/domain/model";

describe("total (aggregate) rows", () => {
  // The words the CSV import and the selection reader used to disagree on, and Statistics
  // Finland's own labels for the whole country and mainland Finland.
  test.each([
    "Yhteensä",
    "YHTEENSÄ",
    "Yht.",
    "Kaikki kunnat",
    "Koko maa",
    "KOKO MAA",
    "SSS KOKO MAA",
    "MA1 MANNER-SUOMI",
    "MA2 AHVENANMAA",
    "MK01 Uusimaa",
    "SK011 Helsinki",
    "Sammanlagt",
    "Summa",
    "Totalt",
    "Hela landet",
    "Sum",
    "Total",
    "Grand total",
    "WHOLE COUNTRY",
    "Yhteensä 2023",
    " Total: ",
  ])("%j is a total row, never a member", (name) => {
    expect(isAggregateRow(name)).toBe(true);
  });

  test.each(["Kerava", "Sipoo", "KU245 Kerava", "245 Kerava", "Kaskinen", "Summanen", "Totala", "091", ""])(
    "%j is not a total row",
    (name) => {
      expect(isAggregateRow(name)).toBe(false);
    },
  );

  // Statistics Finland's tables list the regions among the municipalities, often without a code.
  test.each([
    "Uusimaa",
    "Nyland",
    "UUSIMAA",
    "Varsinais-Suomi",
    "Egentliga Finland",
    "Southwest Finland",
    "Keski-Suomi",
    "Lappi",
    "Lapland",
    "Ahvenanmaa",
    "Åland",
  ])("the region %j is a total row, never a member", (name) => {
    expect(isAggregateRow(name)).toBe(true);
  });

  test("no municipality of the classification (Finnish or Swedish name, with or without its code) reads as a total row", () => {
    const members = CLASSIFICATION.flatMap((area) => area.members);
    expect(members).toHaveLength(308);
    const labels = members.flatMap((m) => [m.fi, m.sv, `KU${m.code} ${m.fi}`, `${m.code} ${m.sv}`]);
    expect(labels.filter((label) => isAggregateRow(label))).toEqual([]);
  });

  test("a member's name loses Statistics Finland's code in front, but a bare code stays a name", () => {
    expect(memberName(" KU245 Kerava ")).toBe("Kerava");
    expect(memberName("245 Kerava")).toBe("Kerava");
    expect(memberName("091")).toBe("091");
  });
});

describe("a cell as a number: one reading for the selection and the custom functions", () => {
  test.each<[unknown, unknown]>([
    [18875, 18875],
    [0, 0],
    [null, null],
    [undefined, null],
    ["", null],
    ["   ", null],
    ["\u00a0\t", null],
    ["18 875", { code: "notNumber", text: "18 875" }],
    ["#N/A", { code: "errorValue", text: "#N/A" }],
    [true, { code: "boolean", value: true }],
    [Infinity, { code: "notFinite" }],
    [NaN, { code: "notFinite" }],
  ])("%j → %j", (cell, expected) => {
    expect(cellAsNumber(cell)).toEqual(expected);
  });

  test("a cell of spaces is blank, and long text is clipped when quoted back", () => {
    expect(isBlankCell("  ")).toBe(true);
    expect(isBlankCell("x")).toBe(false);
    expect(isBlankCell(0)).toBe(false);
    expect(cellAsNumber("x".repeat(100))).toEqual({ code: "notNumber", text: `${"x".repeat(40)}…` });
  });
});

describe("required fields", () => {
  test("are exactly the fields the input model requires, and a header row missing one says so", () => {
    const required = COLUMN_FIELDS.filter(
      (field) => !municipalitySchema.shape[field].safeParse(undefined).success,
    );
    expect(REQUIRED_FIELDS).toEqual(required);
    expect(recogniseColumns(["Kunta", "Asukkaat"]).missing).toEqual(["labourForce"]);
    expect(recogniseColumns(["Työvoima"]).missing).toEqual(["name"]);
  });
});
