import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import { launchBrowser, openPane, takeCspViolations, type Browser } from "./support/browser";
import { DIST, SCREENSHOTS, requireBuiltPane } from "./support/dist";
import { routeOfficeWithoutHost } from "./support/officeRoutes";
import { serveDirectory, type StaticServer } from "./support/staticServer";
import { goToStep } from "./support/steps";
import { workbookView } from "./support/workbookView";

/**
 * The pane opened outside Office, as a newcomer sees it after `npm start`: no host, the Kerava–Sipoo
 * sample, a preview of the sheets and an .xlsx download that must be the very workbook the command
 * line writes for the same input.
 */
jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

function cli(args: string[]): string {
  const run = spawnSync(TSX, ["src/cli/main.ts", ...args], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`cli ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

let server: StaticServer;
let browser: Browser;
let work: string;

beforeAll(async () => {
  requireBuiltPane();
  server = await serveDirectory(DIST);
  browser = await launchBrowser(server.url, "fi-FI");
  // Each page starts as on a first visit: no language remembered from another test's choice.
  await browser.context.addInitScript(() => localStorage.removeItem("tyollisyysalue.lang"));
  work = mkdtempSync(path.join(os.tmpdir(), "pane-standalone-"));
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const openStandalone = (): Promise<Page> => openPane(browser, `${server.url}/taskpane.html`);

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const saved = path.join(work, file.suggestedFilename());
  await file.saveAs(saved);
  return readFileSync(saved);
}

// Whatever a test did, the pane's content security policy held.
afterEach(() => {
  if (browser) expect(takeCspViolations(browser)).toEqual([]);
});

describe("standalone mode (no Office host)", () => {
  it("runs on the Kerava–Sipoo sample when office.js cannot load, previews the sheets, and downloads the CLI's workbook", async () => {
    // The CDN is unreachable here (every request off the local server is refused): Office is undefined.
    const page = await openStandalone();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Työllisyysalue");
    await page.getByText("Erillistila", { exact: true }).waitFor();
    await expect(page.getByLabel("Valitse esimerkkialue", { exact: true }).inputValue()).resolves.toBe(
      "kerava-sipoo",
    );
    // docs/sources.md#stated-total: 18 875 + 11 691 = 30 566, and the source's own 30 563 is
    // flagged (the key figures, in the result step).
    await goToStep(page, 4);
    await page.getByText("30 566").first().waitFor();
    await page
      .getByText(/30\s563/)
      .first()
      .waitFor();

    await goToStep(page, 3);
    const preview = page.getByRole("region", { name: "Kunnat" });
    await preview.waitFor();
    await expect(preview.getByRole("cell", { name: "Kerava", exact: true }).count()).resolves.toBe(1);
    for (const sheet of ["Kustannusjako", "Budjettikehys", "Henkilöstötaulukko", "Palvelutuotantomatriisi"]) {
      await page.getByRole("tab", { name: sheet }).click();
      await page.getByRole("region", { name: sheet }).waitFor();
    }

    const pane = await download(page, "Lataa .xlsx");
    await page.getByRole("heading", { name: "Tulos" }).waitFor();
    await expect(
      page.getByRole("heading", { name: "Tulos" }).evaluate((h) => h === document.activeElement),
    ).resolves.toBe(true);

    const input = path.join(work, "kerava-sipoo.json");
    writeFileSync(input, cli(["sample", "kerava-sipoo"]));
    const output = path.join(work, "cli-fi.xlsx");
    cli(["generate", input, "-o", output, "--lang", "fi"]);
    const [fromPane, fromCli] = await Promise.all([workbookView(pane), workbookView(readFileSync(output))]);
    expect(fromPane.sheets.map((s) => s.name)).toEqual([
      "Kunnat",
      "Kustannusjako",
      "Budjettikehys",
      "Henkilöstötaulukko",
      "Palvelutuotantomatriisi",
      ...fromCli.sheets.slice(5).map((s) => s.name),
    ]);
    expect(fromPane).toEqual(fromCli);
    await page.close();
  });

  it("speaks the chosen language, down to the sheet names of the download (English = CLI --lang en)", async () => {
    const page = await openStandalone();
    await page.getByLabel("Kieli", { exact: true }).selectOption("en");
    await page.getByRole("heading", { level: 1, name: "Employment area" }).waitFor();
    await goToStep(page, 3);
    await page.getByRole("tab", { name: "Municipalities" }).waitFor();
    const pane = await download(page, "Download .xlsx");
    // The pane's sample speaks English too (its texts follow the language), as `sample --lang en` prints it.
    const input = path.join(work, "kerava-sipoo-en.json");
    writeFileSync(input, cli(["sample", "kerava-sipoo", "--lang", "en"]));
    const output = path.join(work, "cli-en.xlsx");
    cli(["generate", input, "-o", output, "--lang", "en"]);
    expect(await workbookView(pane)).toEqual(await workbookView(readFileSync(output)));
    await page.close();
  });

  it("starts in Finnish in an English browser, and remembers the language the user chose", async () => {
    const english = await launchBrowser(server.url, "en-US");
    try {
      const page = await openPane(english, `${server.url}/taskpane.html`);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Työllisyysalue");
      await page.getByLabel("Kieli", { exact: true }).selectOption("en");
      await page.getByRole("heading", { level: 1, name: "Employment area" }).waitFor();
      await page.reload();
      await page.getByRole("heading", { level: 1, name: "Employment area" }).waitFor();
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("en");
      expect(takeCspViolations(english)).toEqual([]);
    } finally {
      await english.close();
    }
  });

  it("fits a 320 px pane, labels every control and can be worked from the keyboard", async () => {
    const page = await openStandalone();
    await page.setViewportSize({ width: 320, height: 800 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("input, select, textarea, button, [role=tab]")]
        .filter((control) => {
          const labels = (control as HTMLInputElement).labels;
          const labelledBy = control.getAttribute("aria-labelledby");
          const named =
            (labels && labels.length > 0 && [...labels].some((l) => l.textContent?.trim())) ||
            control.getAttribute("aria-label")?.trim() ||
            (labelledBy &&
              labelledBy.split(" ").some((id) => document.getElementById(id)?.textContent?.trim())) ||
            ((control.tagName === "BUTTON" || control.getAttribute("role") === "tab") &&
              control.textContent?.trim());
          return !named;
        })
        .map((control) => control.outerHTML.slice(0, 120)),
    );
    expect(unlabelled).toEqual([]);
    // Live regions announce progress and results; the preview scrolls from the keyboard.
    await expect(page.locator("[aria-live=polite]").count()).resolves.toBeGreaterThanOrEqual(2);

    // Tab order: language, the list of steps (the current one marked), then the step: source, sample.
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("SELECT");
    for (const current of ["step", null, null, null]) {
      await page.keyboard.press("Tab");
      await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-current"))).resolves.toBe(
        current,
      );
    }
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).type)).resolves.toBe(
      "radio",
    );
    // Arrow keys move within the radio group (CSV text ↔ sample).
    await page.keyboard.press("ArrowUp");
    await page.getByRole("textbox", { name: /Liitä CSV/ }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "standalone-fi-320px-csv.png"), fullPage: true });
    await page.getByRole("radio", { name: "Esimerkkialue" }).check();
    await goToStep(page, 3);
    await expect(page.getByRole("region", { name: "Kunnat" }).getAttribute("tabindex")).resolves.toBe("0");
    await page.close();
  });

  it("falls back to standalone when office.js loads but reports no host", async () => {
    const plain = await launchBrowser(server.url, "sv-FI");
    try {
      await routeOfficeWithoutHost(plain.context);
      const page = await plain.context.newPage();
      await page.goto(`${server.url}/taskpane.html`);
      // The browser's language (sv-FI) picks Swedish when no Office display language exists.
      await page.getByText("Fristående läge", { exact: true }).waitFor();
      await expect(page.evaluate(() => typeof (window as { Office?: unknown }).Office)).resolves.toBe(
        "object",
      );
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(takeCspViolations(plain)).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});

/** Waits until the browser has reported at least `count` CSP violations (console events arrive late). */
async function violationsAtLeast(target: Browser, count: number): Promise<string[]> {
  for (let i = 0; i < 100 && target.cspViolations.length < count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return takeCspViolations(target);
}

describe("the content security policy of the built pane", () => {
  it("is enforced: code from a string does not run, nor does an injected inline script, and both are reported", async () => {
    const page = await openStandalone();
    // A string timer is compiled by the page itself (page.evaluate's own code is exempt from the
    // policy, being DevTools'); the policy has no 'unsafe-eval', so it must not run.
    const evaluated = await page.evaluate(async () => {
      const later = setTimeout as unknown as (code: string, ms: number) => void;
      later("window.__evaluated = true", 0);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as { __evaluated?: boolean }).__evaluated === true;
    });
    expect(evaluated).toBe(false);
    const injectedRan = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true";
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as { __injected?: boolean }).__injected === true;
    });
    expect(injectedRan).toBe(false);
    const violations = await violationsAtLeast(browser, 2);
    expect(violations.some((v) => /eval/i.test(v))).toBe(true);
    expect(violations.some((v) => /inline/i.test(v))).toBe(true);
    await page.close();
  });

  it("fails the opening of a pane whose page breaks it (an inline script the policy has no hash for)", async () => {
    const other = await launchBrowser(server.url, "fi-FI");
    try {
      await other.context.route("**/taskpane.html", async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(
          "</head>",
          "<script>document.title += '!'</script></head>",
        );
        await route.fulfill({ response, body: html });
      });
      await expect(openPane(other, `${server.url}/taskpane.html`)).rejects.toThrow(
        /content security policy violated: .*inline/,
      );
    } finally {
      await other.close();
    }
  });
});
