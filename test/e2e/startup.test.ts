import type { Page, Route } from "playwright-core";
import { HOST_TIMEOUT_MS } from "../../src/taskpane/host";
import { launchBrowser, OFFICE_CDN, takeCspViolations, type Browser } from "./support/browser";
import { DIST, requireBuiltPane } from "./support/dist";
import type { FakeHostSetup } from "./support/fakeHost";
import { routeOfficeWithFakeExcel } from "./support/officeRoutes";
import { serveDirectory, type StaticServer } from "./support/staticServer";

/**
 * The pane's start-up whatever Microsoft's CDN does: municipal networks often block it or let the
 * request hang. The page must show something readable before office.js answers, fall back to
 * standalone mode within the host timeout, and, when office.js does load, register the custom
 * functions and run in Excel mode. Timings are measured in `npm run bench` (bench/startup.ts);
 * these tests assert only the order of events and bounds far from any clock noise.
 */
jest.setTimeout(120_000);

const STARTING = "Käynnistetään…";
const STANDALONE = "Erillistila";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireBuiltPane();
  server = await serveDirectory(DIST);
});

afterAll(async () => {
  await server?.close();
});

afterEach(async () => {
  // Whatever the CDN did, the page kept to its content security policy (an inline onerror= would not).
  const violations = browser ? takeCspViolations(browser) : [];
  await browser?.close();
  expect(violations).toEqual([]);
});

/** Opens the pane without waiting for the page's load event (a hanging script delays it forever). */
async function open(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}/taskpane.html`, { waitUntil: "commit" });
  return { page, errors };
}

describe("start-up while office.js", () => {
  it("never answers (a black-holed CDN): readable at once, standalone within the timeout", async () => {
    browser = await launchBrowser(server.url, "fi-FI");
    const hanging: Route[] = [];
    await browser.context.route(`${OFFICE_CDN}**`, (route) => void hanging.push(route));
    const { page, errors } = await open();
    // The starting text is there while office.js is still pending, long before the timeout.
    await page.getByText(STARTING).waitFor({ timeout: HOST_TIMEOUT_MS });
    expect(hanging.length).toBe(1);
    await page.getByText(STANDALONE, { exact: true }).waitFor({ timeout: HOST_TIMEOUT_MS + 20_000 });
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Työllisyysalue");
    // office.js is still pending: the page's load event has not fired, and nothing threw.
    await expect(page.evaluate(() => document.readyState)).resolves.not.toBe("complete");
    expect(errors).toEqual([]);
  });

  it("answers 404: standalone without waiting for the timeout", async () => {
    browser = await launchBrowser(server.url, "fi-FI");
    await browser.context.route(`${OFFICE_CDN}**`, (route) => route.fulfill({ status: 404 }));
    const { page, errors } = await open();
    await page.getByText(STANDALONE, { exact: true }).waitFor();
    // The page reported the failure; the pane did not sit out the timeout to find out.
    await expect(page.evaluate(() => window.officeJsLoaded)).resolves.toBe(false);
    expect(errors).toEqual([]);
  });

  it("answers: Excel mode, and functions.js registers the three functions with office.js's runtime", async () => {
    browser = await launchBrowser(server.url, "en-US");
    const setup: FakeHostSetup = {
      displayLanguage: "en-US",
      excelApi: "1.8",
      sheets: ["Sheet1"],
      cells: [],
      select: { sheet: "Sheet1", address: "A1" },
    };
    await routeOfficeWithFakeExcel(browser.context, setup);
    const { page, errors } = await open();
    // Only Excel mode reads the selection.
    await page.getByRole("button", { name: "Use selection" }).waitFor();
    await page.waitForFunction(
      () => (window as unknown as { __associated: string[] }).__associated.length === 3,
    );
    await expect(
      page.evaluate(() => [...(window as unknown as { __associated: string[] }).__associated].sort()),
    ).resolves.toEqual(["HTV_TARVE", "KUSTANNUSOSUUS", "TYOVOIMA_RIITTAA"]);
    expect(errors).toEqual([]);
  });
});
