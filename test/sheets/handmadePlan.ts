import { formula, NUMBER_FORMATS, type Cell, type WorkbookPlan } from "../../src/sheets/plan";

/**
 * A plan written by hand that uses every plan feature: text that looks like a formula, booleans,
 * numbers, formulas with structured references (this-row and whole-column), cross-sheet references
 * to quoted sheet names, a function stored with `_xlfn.`, number formats, every style, wrap, widths,
 * frozen panes, a table, defined names and dropdowns short, long and with commas.
 */

/** Municipality names that must stay text in every file (common brief). */
export const TRICKY_NAMES = ['=HYPERLINK("x")', "+1", "@SUM(A1)", "-5", "Kerava"] as const;
export const LABOUR_FORCE = [120, 80, 300, 500, 18875] as const;
export const UNEMPLOYED = [10, 5, 30, 45, 2100] as const;

export const LONG_LIST = Array.from({ length: 40 }, (_, i) => `Vaihtoehto numero ${i + 1}`);
export const COMMA_LIST = ["Kokonaan", "Osittain, sopimuksen mukaan", 'Ei "lainkaan"'];
export const SHORT_LIST = ["Kokonaan", "Pääasiassa", "Valtaosin", "Osittain"];

/** Text Excel would read as the escape of "A" unless the adapter escapes its underscore. */
export const ESCAPE_LOOKALIKE = "_x0041_";

export const FIRST_SHEET = "Kunnat (2)";
export const SECOND_SHEET = "Laskelma";
/** A legal sheet name that needs its quotes doubled in references. */
export const THIRD_SHEET = "Talous 'luonnos' v1";

const n = TRICKY_NAMES.length;
/** 0-based row of the table header on the first sheet. */
export const TABLE_ROW = 2;
/** 0-based row of the totals line, one blank row under the table as SheetDraft keeps it. */
export const TOTAL_ROW = TABLE_ROW + n + 2;

const dataRows: Cell[][] = TRICKY_NAMES.map((name, i) => [
  name,
  LABOUR_FORCE[i] as number,
  UNEMPLOYED[i] as number,
  formula("=ROUND(Kunnat_T[[#This Row],[Työvoima]]/SUM(Kunnat_T[Työvoima]),6)"),
  formula("=Kunnat_T[[#This Row],[Työttömät]]/Kunnat_T[[#This Row],[Työvoima]]"),
]);

export const handmadePlan: WorkbookPlan = {
  sheets: [
    {
      key: "municipalities",
      name: FIRST_SHEET,
      blocks: [
        { row: 0, col: 0, cells: [["Kunnat ja työvoima"]] },
        { row: 1, col: 0, cells: [["Syötä luvut keltaisiin soluihin; kaavat laskevat loput."]] },
        {
          row: TABLE_ROW,
          col: 0,
          cells: [["Kunta", "Työvoima", "Työttömät", "Osuus", "Työttömyysaste"], ...dataRows],
        },
        {
          row: TOTAL_ROW,
          col: 0,
          cells: [
            [
              "Yhteensä",
              formula("=SUM(Kunnat_T[Työvoima])"),
              formula("=SUM(C4:C8)"),
              formula("=SUM(D4:D8)"),
              null,
            ],
            ["Riittää", formula(`=B${TOTAL_ROW + 1}>=20000`), true, false, null],
            ["Tarkistus", formula(`=IF(ABS(D${TOTAL_ROW + 1}-1)<0.00001,"OK","VIRHE")`), null, null, null],
          ],
        },
      ],
      formats: [
        { range: { row: 0, col: 0, rows: 1, cols: 1 }, style: "title" },
        { range: { row: 1, col: 0, rows: 1, cols: 5 }, style: "note", wrap: true },
        { range: { row: TABLE_ROW, col: 0, rows: 1, cols: 5 }, style: "header" },
        {
          range: { row: TABLE_ROW + 1, col: 1, rows: n, cols: 2 },
          style: "input",
          numberFormat: NUMBER_FORMATS.count,
        },
        { range: { row: TABLE_ROW + 1, col: 0, rows: n, cols: 1 }, numberFormat: NUMBER_FORMATS.text },
        { range: { row: TABLE_ROW + 1, col: 3, rows: n, cols: 2 }, numberFormat: NUMBER_FORMATS.percent },
        { range: { row: TOTAL_ROW, col: 3, rows: 1, cols: 2 }, numberFormat: NUMBER_FORMATS.percent },
        { range: { row: TOTAL_ROW, col: 0, rows: 1, cols: 5 }, style: "total" },
        { range: { row: TOTAL_ROW, col: 1, rows: 1, cols: 2 }, numberFormat: NUMBER_FORMATS.count },
        { range: { row: TOTAL_ROW + 1, col: 1, rows: 2, cols: 1 }, style: "flag" },
      ],
      columnWidths: [
        { col: 0, width: 28 },
        { col: 1, width: 12 },
        { col: 2, width: 12 },
        { col: 3, width: 10 },
        { col: 4, width: 16 },
      ],
      freeze: { rows: TABLE_ROW + 1, cols: 1 },
      tables: [
        {
          name: "Kunnat_T",
          range: { row: TABLE_ROW, col: 0, rows: n + 1, cols: 5 },
          style: "TableStyleMedium2",
        },
      ],
      names: [
        {
          name: "Tyovoima_Yhteensa",
          range: { row: TOTAL_ROW, col: 1, rows: 1, cols: 1 },
          comment: "Alueen työvoima",
        },
        { name: "Osuudet", range: { row: TABLE_ROW + 1, col: 3, rows: n, cols: 1 } },
        { name: "Tyovoima_Riittaa", range: { row: TOTAL_ROW + 1, col: 1, rows: 1, cols: 1 } },
      ],
      validations: [
        {
          range: { row: TOTAL_ROW + 4, col: 0, rows: 3, cols: 1 },
          list: SHORT_LIST,
          errorMessage: "Valitse luettelosta.",
        },
        { range: { row: TOTAL_ROW + 4, col: 1, rows: 3, cols: 1 }, list: LONG_LIST },
        { range: { row: TOTAL_ROW + 4, col: 2, rows: 3, cols: 1 }, list: COMMA_LIST },
      ],
    },
    {
      key: "costSplit",
      name: SECOND_SHEET,
      blocks: [
        {
          row: 0,
          col: 0,
          cells: [
            ["Kokonaismäärä", 65000],
            [
              "Kerava",
              formula(
                "=ROUND($B$1*INDEX(Kunnat_T[Työvoima],MATCH(A2,Kunnat_T[Kunta],0))/Tyovoima_Yhteensa,2)",
              ),
            ],
            ["Ristiviittaus", formula(`='${FIRST_SHEET}'!B${TOTAL_ROW + 1}*2`)],
            ["IFS", formula('=IFS(B1>100000,"suuri",B1>1000,"keski",TRUE,"pieni")')],
            ["MAXIFS", formula('=MAXIFS(Kunnat_T[Työvoima],Kunnat_T[Työttömät],">20")')],
            ["SUMPRODUCT", formula("=SUMPRODUCT(Kunnat_T[Työvoima],Kunnat_T[Työttömät])")],
            ["Kolmas", formula(`='Talous ''luonnos'' v1'!A1+1`)],
            ["Teksti =SUM", formula('="=SUM(A1) "&"IFS("')],
          ],
        },
      ],
      formats: [{ range: { row: 0, col: 1, rows: 2, cols: 1 }, numberFormat: NUMBER_FORMATS.euros }],
      columnWidths: [{ col: 0, width: 20 }],
      tables: [],
      names: [{ name: "Kustannus_Kerava", range: { row: 1, col: 1, rows: 1, cols: 1 } }],
      validations: [],
    },
    {
      key: "budget",
      name: THIRD_SHEET,
      blocks: [{ row: 0, col: 0, cells: [[41], [ESCAPE_LOOKALIKE]] }],
      formats: [],
      columnWidths: [],
      tables: [],
      names: [{ name: "Kolmas_Arvo", range: { row: 0, col: 0, rows: 1, cols: 1 } }],
      validations: [],
    },
  ],
};
