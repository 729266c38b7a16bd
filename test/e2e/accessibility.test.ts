import { mkdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { launchBrowser, openPane, type Browser } from "./support/browser";
import { DIST, SCREENSHOTS, requireBuiltPane } from "./support/dist";
import { goToStep } from "./support/steps";
import { serveDirectory, type StaticServer } from "./support/staticServer";

/**
 * axe-core's rules on every step of the standalone pane in Finnish, Swedish and English, at
 * Excel's narrowest pane (320 px) and a common one (450 px), with a screenshot of each, and the
 * height the pane needs to show its download button (test-output/pane-figures.json).
 *
 * Documented false positive, excluded by selector: Fluent's focus manager (tabster) puts
 * `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` sentinels at the edges of the tab list
 * and the radio group; they hand focus straight on and are hidden from screen readers on purpose
 * (axe: aria-hidden-focus). See https://github.com/microsoft/tabster.
 */
jest.setTimeout(300_000);

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const FIGURES = path.resolve(SCREENSHOTS, "../pane-figures.json");
const LANGS = [
  ["fi", "Lataa .xlsx"],
  ["sv", "Ladda ner .xlsx"],
  ["en", "Download .xlsx"],
] as const;
const WIDTHS = [320, 450] as const;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireBuiltPane();
  server = await serveDirectory(DIST);
  browser = await launchBrowser(server.url, "fi-FI");
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Violation {
  readonly id: string;
  readonly nodes: readonly string[];
}

async function axe(page: Page): Promise<Violation[]> {
  // Evaluated, not injected as a script tag: the pane's content security policy forbids inline scripts.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe.run;
    const result = (await run(
      { include: [document], exclude: [["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] },
    )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

describe("the pane's accessibility and layout, step by step", () => {
  it("has no axe violations on any step in fi, sv and en at 320 and 450 px, and shows the download button early", async () => {
    const page = await openPane(browser, `${server.url}/taskpane.html`);
    const found: Record<string, Violation[]> = {};
    const buttonBottom: Record<string, number> = {};
    for (const [lang, download] of LANGS) {
      await page.getByRole("combobox").first().selectOption(lang);
      await page.locator(`html[lang=${lang}]`).waitFor();
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        for (const n of [1, 2, 3, 4] as const) {
          await goToStep(page, n);
          if (n === 3) await page.getByRole("region", { name: /.+/ }).last().waitFor();
          const violations = await axe(page);
          if (violations.length > 0) found[`${lang} ${width}px step ${n}`] = violations;
          await expect(
            page.evaluate(() => document.documentElement.scrollWidth),
          ).resolves.toBeLessThanOrEqual(width);
          // The whole step at once, with Back/Next (kept in view) where they rest, at its end.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.setViewportSize({ width, height: Math.max(800, height) });
          await page.screenshot({ path: path.join(SCREENSHOTS, `steps-${lang}-${width}px-${n}.png`) });
          await page.setViewportSize({ width, height: 800 });
          if (n === 3) {
            const box = await page.getByRole("button", { name: download }).boundingBox();
            buttonBottom[`${lang} ${width}px`] = Math.round((box?.y ?? Infinity) + (box?.height ?? 0));
          }
        }
      }
    }
    writeFileSync(
      FIGURES,
      JSON.stringify({ downloadButtonBottomPx: buttonBottom, axeViolations: found }, null, 2) + "\n",
    );
    expect(found).toEqual({});
    // From the top of the pane to the bottom of the download button, in the sheets step: the
    // one-page pane needed about 2 000 px at 450 px wide.
    for (const bottom of Object.values(buttonBottom)) expect(bottom).toBeLessThan(800);
    await page.close();
  });
});
