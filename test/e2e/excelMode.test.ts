import { mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { DEFINED_NAMES } from "../../src/sheets/index";
import { launchBrowser, openPane, takeCspViolations, type Browser } from "./support/browser";
import { DIST, SCREENSHOTS, requireBuiltPane } from "./support/dist";
import type { FakeExcel } from "../support/fakeExcel";
import type { FakeHostSetup } from "./support/fakeHost";
import { routeOfficeWithFakeExcel } from "./support/officeRoutes";
import { serveDirectory, type StaticServer } from "./support/staticServer";
import { goToStep } from "./support/steps";

/**
 * The built pane inside "Excel": Microsoft's office.js (from node_modules, where the CDN would
 * serve it) with the in-memory fake Excel appended and Office.onReady reporting an Excel host. A
 * user sheet holds the municipalities' figures; the test selects them, reads them, fills in the
 * rest and generates, then inspects the fake workbook.
 */
jest.setTimeout(180_000);

const USER_SHEET = "Taul1";
const USER_DATA: (string | number)[][] = [
  ["Kunta", "Asukkaat", "Työikäiset", "Työttömät", "Työvoima", "Huomautus"],
  ["Kerava", 38000, 23000, 2100, 18875, '=HYPERLINK("x")'],
  ["Sipoo", 22000, 12500, 700, 11691, "+1"],
];

const setup = (displayLanguage: string, excelApi = "1.8"): FakeHostSetup => ({
  displayLanguage,
  excelApi,
  sheets: [USER_SHEET],
  // Typed by the user; the notes that look like formulas were typed with Excel's quote prefix.
  cells: [
    {
      sheet: USER_SHEET,
      address: "B2:G4",
      rows: USER_DATA.map((row) => row.map((v) => (typeof v === "string" && /^[=+]/.test(v) ? `'${v}` : v))),
      typed: true,
    },
  ],
  select: { sheet: USER_SHEET, address: "B2:G4" },
});

let server: StaticServer;

beforeAll(async () => {
  requireBuiltPane();
  server = await serveDirectory(DIST);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await server?.close();
});

async function openInExcel(browser: Browser, hostSetup: FakeHostSetup): Promise<Page> {
  await routeOfficeWithFakeExcel(browser.context, hostSetup);
  return openPane(browser, `${server.url}/taskpane.html`);
}

/**
 * Reads the fake workbook inside the page. `read` is sent as a function, not as code text: the
 * pane's policy forbids eval, so `new Function(text)` would throw there.
 */
const fake = async <T, A = undefined>(
  page: Page,
  read: (fake: FakeExcel, arg: A) => T,
  arg?: A,
): Promise<T> => {
  const handle = await page.evaluateHandle(
    () => (window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel,
  );
  try {
    return (await handle.evaluate(read as (fake: FakeExcel, arg: unknown) => T, arg)) as T;
  } finally {
    await handle.dispose();
  }
};

describe("Excel mode (office.js with the fake Excel)", () => {
  let browser: Browser;
  afterEach(async () => {
    // Whatever a test did inside "Excel", the pane's content security policy held.
    const violations = browser ? takeCspViolations(browser) : [];
    await browser?.close();
    expect(violations).toEqual([]);
  });

  it("reads the selected range, generates the five sheets with their names in ≤ 3 syncs, and leaves the user's sheet as it was", async () => {
    browser = await launchBrowser(server.url);
    const page = await openInExcel(browser, setup("fi-FI"));
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Työllisyysalue");
    // Everything of the user's sheet: values, quote prefixes, formats, widths, selection.
    const userSheet = (f: FakeExcel, name: string) =>
      (f.snapshot() as { sheets: { name: string }[] }).sheets.find((s) => s.name === name);
    const userSheetBefore = await fake(page, userSheet, USER_SHEET);
    expect(await fake(page, (f, name) => f.cell(name, "G3").quotePrefix, USER_SHEET)).toBe(true);

    await page.getByRole("button", { name: "Käytä valintaa" }).click();
    await page.getByText("Luettu", { exact: false }).waitFor();
    await page.getByText(/2 kuntaa, työvoima yhteensä 30\s566/).waitFor();
    // The recognised mapping is shown for correction: one dropdown per column.
    await expect(page.getByLabel(/^Sarake E: Työttömät/).inputValue()).resolves.toBe("unemployed");
    await expect(page.getByLabel(/^Sarake G: Huomautus/).inputValue()).resolves.toBe("");

    // The mapping and the status line still fit Excel's narrowest pane.
    await page.setViewportSize({ width: 320, height: 900 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 360, height: 900 });

    await page.getByRole("button", { name: "Seuraava: 2. Parametrit" }).click();
    await page.getByLabel("Työllisyysalueen nimi").fill("Keski-Uudenmaan koealue");
    await page.getByLabel("Jaettava summa, €").fill("7 300 000");
    // Working age and unemployed columns are there: the state share's 50/50 weights
    // (docs/sources.md#state-share-criteria) are the default.
    await page.getByText("Yhteensä 100 %").waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "excel-fi.png"), fullPage: true });

    await page.getByRole("button", { name: "Seuraava: 3. Luotavat taulukot" }).click();
    const syncsBefore = await fake(page, (f) => f.stats.syncCalls);
    await page.getByRole("button", { name: "Luo taulukot" }).click();
    await page.getByRole("heading", { name: "Tulos" }).waitFor();
    const syncs = (await fake(page, (f) => f.stats.syncCalls)) - syncsBefore;
    expect(syncs).toBeLessThanOrEqual(3);

    expect(await fake(page, (f) => f.sheetNames())).toEqual([
      USER_SHEET,
      "Kunnat",
      "Kustannusjako",
      "Budjettikehys",
      "Henkilöstötaulukko",
      "Palvelutuotantomatriisi",
    ]);
    const names = await fake(page, (f) => f.names());
    for (const name of Object.values(DEFINED_NAMES)) {
      expect(names.map((n) => n.name)).toContain(name);
    }
    expect(names.find((n) => n.name === "Tyovoima_Yhteensa")?.formula).toMatch(/^='?Kunnat'?!\$[A-Z]+\$\d+$/);
    expect(await fake(page, userSheet, USER_SHEET)).toEqual(userSheetBefore);
    // The municipalities went in as read; user text stays text.
    const kunnat = JSON.stringify(await fake(page, (f) => f.contents("Kunnat", "A1:J12")));
    expect(kunnat).toContain('"Kerava"');
    expect(kunnat).toContain("18875");

    // Each new sheet has a link that brings it to the front.
    await page.getByRole("button", { name: "Siirry taulukkoon Kustannusjako" }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __fakeExcel: { activeSheet(): string } }).__fakeExcel.activeSheet() ===
        "Kustannusjako",
    );

    // A second generation steps around the first: " (2)" sheets and "_2" names, nothing overwritten.
    const kunnatBefore = await fake(page, (f) => f.contents("Kunnat", "A1:J12"));
    await goToStep(page, 3);
    await page.getByRole("button", { name: "Luo taulukot" }).click();
    await page
      .getByRole("link", { name: /Kunnat \(2\)/ })
      .or(page.getByRole("button", { name: /Kunnat \(2\)/ }))
      .waitFor();
    expect(await fake(page, (f) => f.sheetNames())).toContain("Palvelutuotantomatriisi (2)");
    const second = await fake(page, (f) => f.names());
    expect(second.map((n) => n.name)).toContain("Tyovoima_Yhteensa_2");
    expect(await fake(page, (f) => f.contents("Kunnat", "A1:J12"))).toEqual(kunnatBefore);
  });

  it("names the cell of a text number in the selection and refuses to generate", async () => {
    browser = await launchBrowser(server.url);
    const bad = setup("en-US");
    // Sipoo's labour force pasted as text, as an import leaves it: text, not a number.
    const page = await openInExcel(browser, {
      ...bad,
      cells: [...bad.cells, { sheet: USER_SHEET, address: "F4", rows: [["11 691"]] }],
    });
    await page.getByRole("button", { name: "Use selection" }).click();
    // Row 3 of B2:G4 is sheet row 4; its fifth column is F.
    await page.getByText("F4: text '11 691', expected a number").waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "excel-en-problem.png"), fullPage: true });
    const syncs = await fake(page, (f) => f.stats.syncCalls);
    // The problem is listed in the source step, and again beside the button in the sheets step.
    await goToStep(page, 3);
    await page.getByText("F4: text '11 691', expected a number").waitFor();
    // The button stays focusable (and says why it cannot act), but does nothing.
    const create = page.getByRole("button", { name: "Create the sheets" });
    await expect(create.getAttribute("aria-disabled")).resolves.toBe("true");
    // From here on, count calls of Excel.run (the pane's only way into the workbook), and learn
    // when every handler of the Enter key has run: a task queued by its keyup comes after them.
    await page.evaluate(() => {
      const host = window as unknown as {
        Excel: { run: (batch: unknown) => Promise<unknown> };
        __runs: number;
        __enterHandled: Promise<void>;
      };
      const run = host.Excel.run;
      host.__runs = 0;
      host.Excel.run = (batch) => {
        host.__runs++;
        return run(batch);
      };
      host.__enterHandled = new Promise((resolve) => {
        const onKeyUp = (event: KeyboardEvent) => {
          if (event.key !== "Enter") return;
          window.removeEventListener("keyup", onKeyUp, true);
          setTimeout(resolve, 0);
        };
        window.addEventListener("keyup", onKeyUp, true);
      });
    });
    await create.focus();
    await page.keyboard.press("Enter");
    const runs = await page.evaluate(async () => {
      const host = window as unknown as { __runs: number; __enterHandled: Promise<void> };
      await host.__enterHandled;
      return host.__runs;
    });
    expect(runs).toBe(0);
    expect(await fake(page, (f) => f.stats.syncCalls)).toBe(syncs);
    expect(await fake(page, (f) => f.sheetNames())).toEqual([USER_SHEET]);
  });

  it("says plainly when Excel lacks ExcelApi 1.8, and offers the .xlsx instead", async () => {
    browser = await launchBrowser(server.url);
    const page = await openInExcel(browser, setup("sv-SE", "1.7"));
    await page
      .getByRole("alert")
      .getByText(/ExcelApi 1\.8/)
      .waitFor();
    await goToStep(page, 3);
    await page.getByRole("button", { name: "Ladda ner .xlsx" }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "excel-sv-requirements.png"), fullPage: true });
  });
});
