import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { launchBrowser, openPane, takeCspViolations, type Browser } from "./support/browser";
import { DIST, SCREENSHOTS, requireBuiltPane } from "./support/dist";
import { serveDirectory, type StaticServer } from "./support/staticServer";
import { goToStep } from "./support/steps";
import { workbookView } from "./support/workbookView";
import { KERAVA_SIPOO_11RA } from "../support/pxweb";

/**
 * The built pane in Chromium, as a finance officer starts from the official area list and
 * Statistics Finland's own export: pick the area, drop the PxWeb file, see what was recognised,
 * and download a workbook with the members' figures.
 */
jest.setTimeout(180_000);

let server: StaticServer;
let browser: Browser;
let work: string;

beforeAll(async () => {
  requireBuiltPane();
  server = await serveDirectory(DIST);
  browser = await launchBrowser(server.url, "fi-FI");
  work = mkdtempSync(path.join(os.tmpdir(), "pane-area-file-"));
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

afterEach(() => {
  if (browser) expect(takeCspViolations(browser)).toEqual([]);
});

describe("an area from the classification, figures from a dropped PxWeb file", () => {
  it("picks Kerava–Sipoo, reads a Windows-1252 national export dropped on the pane and downloads the members' workbook", async () => {
    const page = await openPane(browser, `${server.url}/taskpane.html`);
    await page.getByRole("radio", { name: "Tilastokeskuksen tiedosto" }).check();

    const chooser = page.getByRole("combobox", { name: /Työllisyysalue/ });
    await chooser.click();
    await chooser.pressSequentially("kerava");
    await page.getByRole("option", { name: /^Kerava-Sipoo/ }).click();
    await page.getByText("Kerava (245), Sipoo (753)").waitFor();
    await page.getByText("Lähde: Tilastokeskus").waitFor();

    // A drop as the browser makes it: a DataTransfer holding the file's very bytes.
    const dropped = await page.evaluateHandle(
      ({ name, bytes }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], name, { type: "text/csv" }));
        return transfer;
      },
      { name: "11ra.csv", bytes: [...KERAVA_SIPOO_11RA] },
    );
    await page.dispatchEvent("[data-testid=file-drop]", "drop", { dataTransfer: dropped });

    const status = page.getByRole("status").filter({ hasText: "Tunnistettu" });
    await status.waitFor();
    await expect(status.textContent()).resolves.toMatch(/vuosi 2024, jäsenkuntia löytyi 2\/2/);
    await page.getByText("Muiden kuntien rivejä ohitettu: 3").waitFor();
    await page.getByText("Koko maan ja alueiden summarivejä ohitettu: 1").waitFor();

    await goToStep(page, 2);
    await expect(page.getByLabel("Työllisyysalueen nimi").inputValue()).resolves.toBe("Kerava-Sipoo");
    await page.getByLabel("Jaettava summa, €").fill("7 300 000");
    await page.screenshot({ path: path.join(SCREENSHOTS, "standalone-fi-area-file.png"), fullPage: true });
    await goToStep(page, 3);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Lataa .xlsx" }).click(),
    ]);
    const saved = path.join(work, download.suggestedFilename());
    await download.saveAs(saved);
    const view = await workbookView(readFileSync(saved));
    const kunnat = view.sheets.find((sheet) => sheet.name === "Kunnat");
    const values = Object.values(kunnat?.cells ?? {}).map((cell) => cell.value);
    for (const expected of ["Kerava", "Sipoo", 18875, 11691, 38000, 22000])
      expect(values).toContain(expected);
    expect(values).not.toContain("Vantaa");
    expect(view.names.map((name) => name.name)).toContain("Tyovoima_Yhteensa");
    await page.close();
  });
});
