import ExcelJS from "exceljs";

/**
 * A workbook as comparable data: sheet names and states, every non-empty cell's value or formula
 * with its type and number format, merged cells, and the defined names. Two files that describe
 * equal views hold the same workbook, whatever their zip bytes.
 */
export interface WorkbookView {
  readonly sheets: readonly {
    readonly name: string;
    readonly state: string;
    readonly cells: Readonly<Record<string, { type: string; value: unknown; numFmt?: string }>>;
  }[];
  readonly names: readonly { readonly name: string; readonly ranges: readonly string[] }[];
}

function cellValue(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) return { formula: cell.formula };
  if (cell.type === ExcelJS.ValueType.RichText) return cell.text;
  return cell.value;
}

export async function workbookView(bytes: Uint8Array | Buffer): Promise<WorkbookView> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = workbook.worksheets.map((sheet) => {
    const cells: Record<string, { type: string; value: unknown; numFmt?: string }> = {};
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = {
          type: ExcelJS.ValueType[cell.type] ?? String(cell.type),
          value: cellValue(cell),
          ...(cell.numFmt ? { numFmt: cell.numFmt } : {}),
        };
      }),
    );
    return { name: sheet.name, state: sheet.state, cells };
  });
  const names = (workbook.definedNames.model as { name: string; ranges: string[] }[])
    .map(({ name, ranges }) => ({ name, ranges: [...ranges].sort() }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { sheets, names };
}
