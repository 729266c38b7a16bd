/**
 * Browser entry bundled into the page by the Excel-mode end-to-end test: after Microsoft's real
 * office.js has loaded (routed from node_modules), it installs the in-memory fake Excel as the
 * `Excel` global and makes Office.onReady report an Excel host, as Excel would, and records the ids
 * functions.js passes to CustomFunctions.associate (`__associated`). Nothing else of office.js is
 * touched, so the pane boots exactly as it does inside Excel.
 */
import { FakeExcel, type SetupCell } from "../../support/fakeExcel";

export interface FakeHostSetup {
  readonly displayLanguage: string;
  /** The highest ExcelApi requirement set the pretended Excel supports, e.g. "1.8". */
  readonly excelApi: string;
  readonly sheets: readonly string[];
  /**
   * Cells set up before the pane starts: `typed` ones as a user types them (numbers become
   * numbers, "'=…" stays text), the others stored verbatim (text is text, as after a paste).
   */
  readonly cells: readonly {
    readonly sheet: string;
    readonly address: string;
    readonly rows: SetupCell[][];
    readonly typed?: boolean;
  }[];
  readonly select: { readonly sheet: string; readonly address: string };
}

type OfficeGlobal = {
  HostType: { Excel: unknown };
  PlatformType?: { OfficeOnline?: unknown };
  onReady: unknown;
  context?: unknown;
};

export function install(setup: FakeHostSetup): void {
  const fake = new FakeExcel(setup.sheets);
  for (const { sheet, address, rows, typed } of setup.cells) {
    if (typed) fake.typeCells(sheet, address, rows as (string | number | boolean | null)[][]);
    else fake.setCells(sheet, address, rows);
  }
  fake.select(setup.select.sheet, setup.select.address);

  const global = window as unknown as {
    Office: OfficeGlobal;
    Excel: unknown;
    CustomFunctions?: Record<string, unknown>;
    __fakeExcel: FakeExcel;
    __associated: string[];
  };
  global.__fakeExcel = fake;
  // Excel's custom-functions runtime, reduced to recording what functions.js registers.
  global.__associated = [];
  global.CustomFunctions = {
    ...(global.CustomFunctions ?? {}),
    associate: (id: string) => global.__associated.push(id),
  };
  const context = {
    displayLanguage: setup.displayLanguage,
    requirements: FakeExcel.requirements(setup.excelApi),
  };
  // office.js finishes its own start-up asynchronously: outside Office, a script it loads later
  // (o15apptofilemappingtable.js) defines its own `Office.context` getter, which answers
  // undefined — after the pane's Office.onReady, while it may still be loading a language chunk
  // before it reads `Office.context.requirements`. Real Excel's context stays, so the fake's must:
  // office.js's later definitions of `context` on Office are ignored.
  const define = Object.defineProperty;
  Object.defineProperty = function <T>(target: T, key: PropertyKey, attributes: PropertyDescriptor): T {
    if (target === (global.Office as unknown) && key === "context") return target;
    return define(target, key, attributes);
  };
  // The host is also pretended once more whenever the add-in asks for it.
  const pretend = () => {
    const office = global.Office;
    global.Excel = { run: fake.run };
    define(office, "context", { configurable: true, get: () => context });
    return { host: office.HostType.Excel, platform: office.PlatformType?.OfficeOnline ?? null };
  };
  pretend();
  global.Office.onReady = (callback?: (info: ReturnType<typeof pretend>) => void) => {
    const info = pretend();
    callback?.(info);
    return Promise.resolve(info);
  };
}
