import { launchBrowser, openPane, type Browser } from "./support/browser";
import { DIST, requireBuiltPane } from "./support/dist";
import { serveDirectory, type StaticServer } from "./support/staticServer";
import { goToStep } from "./support/steps";

/**
 * Loading the pane asks its server for nothing that is missing: no 404 for a favicon, a chunk or
 * an icon. (Requests off the local server — office.js's CDN — are refused by the test browser and
 * are the host check's business, test/e2e/startup.test.ts.)
 */
jest.setTimeout(120_000);

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireBuiltPane();
  server = await serveDirectory(DIST);
  browser = await launchBrowser(server.url, "fi-FI");
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it("requests only resources that exist, its icon among them", async () => {
  const failed: string[] = [];
  const loaded: string[] = [];
  browser.context.on("response", (response) => {
    if (!response.url().startsWith(server.url)) return;
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    else loaded.push(response.url());
  });
  browser.context.on("requestfailed", (request) => {
    if (request.url().startsWith(server.url)) failed.push(`failed ${request.url()}`);
  });
  const page = await openPane(browser, `${server.url}/taskpane.html`);
  // The preview (on the sheets step) arrives with the lazily loaded engine chunk: once it is
  // there, every request of the start-up has been made.
  await goToStep(page, 3);
  await page.getByRole("region", { name: "Kunnat" }).waitFor();
  await page.waitForLoadState("networkidle");
  expect(failed).toEqual([]);
  expect(loaded.filter((url) => url.endsWith("/assets/icon-32.png"))).toHaveLength(1);
  expect(loaded.some((url) => url.endsWith("/favicon.ico"))).toBe(false);
});
