import { describePlanIssue, excelMessages, type PlanIssue } from "../i18n/excel";
import type { Lang } from "../i18n/lang";
import type { ExistingNames } from "../sheets/naming";
import type { WorkbookPlan } from "../sheets/plan";
import { planProblems } from "../sheets/render";
import type { GenerationResult, Progress, Selection, WorkbookTarget } from "../sheets/target";
import { errorCode, errorDetail, ExcelTargetError, failedStep, type LeftBehind } from "./errors";
import { type RequirementSupport, supportsPageLayout } from "./requirements";
import { type CalculationMode, queueWorkbook } from "./write";

/** `Excel.run`, or a stand-in with the same shape (the fake Excel in tests). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelTargetOptions {
  readonly lang: Lang;
  /** Defaults to `Excel.run`. */
  readonly run?: ExcelRun;
  /** Defaults to `Office.context.requirements`; decides whether print settings are written. */
  readonly requirements?: RequirementSupport;
}

/** Excel compares sheet, table and defined names without regard to case (as src/sheets/naming.ts). */
const fold = (name: string): string => name.toLocaleUpperCase("fi");

const definedNames = (plan: WorkbookPlan): string[] => plan.sheets.flatMap((s) => s.names.map((n) => n.name));
const tableNames = (plan: WorkbookPlan): string[] => plan.sheets.flatMap((s) => s.tables.map((t) => t.name));

/** The first thing of the plan that the workbook already holds; generation never overwrites. */
function collision(plan: WorkbookPlan, existing: ExistingNames): PlanIssue | undefined {
  const sheets = new Set(existing.sheets.map(fold));
  const names = new Set([...existing.names, ...existing.tables].map(fold));
  const sheet = plan.sheets.find((s) => sheets.has(fold(s.name)));
  if (sheet) return { code: "sheetExists", name: sheet.name };
  const name = [...definedNames(plan), ...tableNames(plan)].find((n) => names.has(fold(n)));
  return name === undefined ? undefined : { code: "nameExists", name };
}

/**
 * The Office.js target: writes a workbook plan into the open workbook (docs/excel.md). A generation
 * takes at most three `context.sync` calls whatever the number of municipalities — one to read
 * the names in use, one to write everything, and Excel.run's final one, which sends nothing — and
 * on failure deletes what it created, so the workbook is as it was (docs/excel.md).
 */
export class ExcelTarget implements WorkbookTarget {
  readonly kind = "excel";
  private readonly run: ExcelRun;

  constructor(private readonly options: ExcelTargetOptions) {
    this.run = options.run ?? ((batch) => Excel.run(batch));
  }

  private get messages() {
    return excelMessages[this.options.lang];
  }

  /**
   * The selection as its cells that hold values: a selection of whole columns, or one that
   * overhangs the data, comes back trimmed to the data, and `address`, `row` and `col` describe
   * that part. An empty selection gives no values. One sync.
   */
  async readSelection(): Promise<Selection> {
    try {
      return await this.run(async (context) => {
        const selected = context.workbook.getSelectedRange();
        selected.load("address, rowIndex, columnIndex");
        // The selection is always on the active sheet.
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load("name");
        const used = selected.getUsedRangeOrNullObject(true);
        used.load("address, rowIndex, columnIndex, values, valueTypes");
        await context.sync();
        if (used.isNullObject) {
          return {
            address: selected.address,
            sheetName: sheet.name,
            row: selected.rowIndex,
            col: selected.columnIndex,
            values: [],
          };
        }
        return {
          address: used.address,
          sheetName: sheet.name,
          row: used.rowIndex,
          col: used.columnIndex,
          values: used.values,
          errors: used.valueTypes.map((types) => types.map((type) => type === "Error")),
        };
      });
    } catch (error) {
      throw new ExcelTargetError(
        this.messages.selectionFailed(errorDetail(this.options.lang, error)),
        "selection",
        undefined,
        { cause: error },
      );
    }
  }

  async generate(
    build: (existing: ExistingNames) => WorkbookPlan,
    progress?: Progress,
  ): Promise<GenerationResult> {
    const lang = this.options.lang;
    const m = this.messages;
    let written: WorkbookPlan | undefined;
    try {
      return await this.run(async (context) => {
        progress?.(0, "read");
        const { existing, calculationMode } = await readExisting(context).catch((error: unknown) => {
          const message = `${m.failed(m.step.read, errorDetail(lang, error))} ${m.nothingWritten}`;
          throw new ExcelTargetError(message, "read", undefined, {
            cause: error,
          });
        });
        const plan = build(existing);
        const problems = planProblems(plan);
        if (problems.length > 0) throw new ExcelTargetError(m.planInvalid(problems.join("; ")), "plan");
        const issue = collision(plan, existing);
        if (issue) throw new ExcelTargetError(m.planRejected(describePlanIssue(lang, issue)), "plan");

        progress?.(0.25, "write");
        written = plan;
        const tablesMoved = queueWorkbook(
          context,
          plan,
          calculationMode,
          () => progress?.(0.6, "format"),
          supportsPageLayout(this.options.requirements),
        );
        await context.sync();
        const moved = tablesMoved();
        if (moved) throw new TableMoved(moved.name, moved.address);
        progress?.(1, "done");
        return {
          sheets: plan.sheets.map(({ key, name }) => ({ key, name })),
          names: definedNames(plan),
          tables: tableNames(plan),
        };
      });
    } catch (error) {
      if (!written) throw error;
      // Office.js batches are not transactional: what preceded the failing operation was applied.
      const left = await this.rollback(written);
      const restored =
        left.sheets.length + left.names.length === 0
          ? m.restored
          : left.unverified
            ? m.leftBehindUnverified(left.sheets, left.names)
            : m.leftBehind(left.sheets, left.names);
      const step = error instanceof TableMoved ? "tables" : failedStep(error);
      const detail =
        error instanceof TableMoved ? m.tableMoved(error.table, error.address) : errorDetail(lang, error);
      throw new ExcelTargetError(`${m.failed(m.step[step], detail)} ${restored}`, step, left, {
        cause: error,
      });
    }
  }

  /**
   * Deletes whatever of the plan's sheets and names now exists. They did not exist when the
   * generation read the workbook (the plan was refused otherwise), so they are this run's; deleting
   * a sheet deletes its tables. Returns what could not be deleted; when not even that could be read,
   * every sheet and name of the plan, marked `unverified`.
   */
  private async rollback(plan: WorkbookPlan): Promise<LeftBehind> {
    const sheets = plan.sheets.map((s) => s.name);
    const names = definedNames(plan);
    const find = (context: Excel.RequestContext) => ({
      sheets: sheets.map((name) => ({ name, item: context.workbook.worksheets.getItemOrNullObject(name) })),
      names: names.map((name) => ({ name, item: context.workbook.names.getItemOrNullObject(name) })),
    });
    const present = <T extends { item: Excel.Worksheet | Excel.NamedItem }>(found: T[]) =>
      found.filter(({ item }) => !item.isNullObject);
    try {
      await this.run(async (context) => {
        const found = find(context);
        await context.sync();
        present(found.names).forEach(({ item }) => item.delete());
        present(found.sheets).forEach(({ item }) => item.delete());
        await context.sync();
      });
      return { sheets: [], names: [] };
    } catch {
      try {
        return await this.run(async (context) => {
          const found = find(context);
          await context.sync();
          return {
            sheets: present(found.sheets).map(({ name }) => name),
            names: present(found.names).map(({ name }) => name),
          };
        });
      } catch {
        return { sheets, names, unverified: true };
      }
    }
  }

  async activateSheet(name: string): Promise<void> {
    try {
      await this.run(async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
      });
    } catch (error) {
      const message =
        errorCode(error) === "ItemNotFound"
          ? this.messages.sheetNotFound(name)
          : this.messages.activateFailed(name, errorDetail(this.options.lang, error));
      throw new ExcelTargetError(message, "activate", undefined, { cause: error });
    }
  }
}

/** Excel placed a table elsewhere than the plan asked. */
class TableMoved extends Error {
  constructor(
    readonly table: string,
    readonly address: string,
  ) {
    super(`Table ${table} ended up at ${address}`);
  }
}

/** The sheet, table and defined names in use, and the calculation mode: one batch of loads, one sync. */
async function readExisting(
  context: Excel.RequestContext,
): Promise<{ existing: ExistingNames; calculationMode: CalculationMode }> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  const application = context.application.load("calculationMode");
  await context.sync();
  return {
    existing: {
      sheets: sheets.items.map((sheet) => sheet.name),
      tables: tables.items.map((table) => table.name),
      names: names.items.map((name) => name.name),
    },
    calculationMode: application.calculationMode,
  };
}
