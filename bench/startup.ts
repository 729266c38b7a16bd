import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import { HOST_TIMEOUT_MS } from "../src/taskpane/host";
import { launchBrowser, OFFICE_CDN } from "../test/e2e/support/browser";
import { fakeHostBundle, OFFICE_DIST } from "../test/e2e/support/officeRoutes";
import { serveDirectory } from "../test/e2e/support/staticServer";
import { median } from "./stats";

/*
 * The pane's start-up in headless Chromium (the built dist/) while Microsoft's CDN for office.js
 * answers, answers 404, or never answers (the request stays pending, as on a network that
 * black-holes it). For each: the first contentful paint (the "Käynnistetään…" text) and the time
 * until the pane is up in its mode (Excel mode, or standalone). The baseline, measured in the same
 * run, is the page as it was before: office.js in a blocking <script>; with the CDN hanging its
 * page stays blank, so its wait is cut off at CUTOFF_MS. Timings depend on the machine; the ratios
 * and the comparison with the host timeout are what to read. "Up" includes running the pane's own
 * script and rendering its mode, which on a busy machine is most of it; "settled" is when the page
 * learnt whether office.js loaded (a 404 is known long before the timeout).
 */

const SAMPLES = 3;
const CUTOFF_MS = 15_000;

type Cdn = "answers" | "404" | "hangs";

/**
 * dist/ with taskpane.html as it was: office.js blocking the page, functions.js right after it (its
 * stand-in for a missing office.js left out: the page's content security policy has no hash for it).
 */
function blockingCopy(dist: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pane-blocking-"));
  cpSync(dist, dir, { recursive: true });
  const file = path.join(dir, "taskpane.html");
  const html = readFileSync(file, "utf8");
  const blocking = html
    .replace(/<script>window\.officeJsLoaded[\s\S]*?<\/script>/, "")
    .replace(
      "<style>",
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>' +
        "<script defer src=functions.js></script><style>",
    );
  if (blocking === html || blocking.includes("officeJsLoaded"))
    throw new Error("taskpane.html changed shape");
  writeFileSync(file, blocking);
  return dir;
}

async function routeCdn(page: Page, cdn: Cdn, bundle: string): Promise<void> {
  await page.route(`${OFFICE_CDN}**`, (route) => {
    if (cdn === "hangs") return; // never fulfilled, never aborted
    if (cdn === "404") return route.fulfill({ status: 404 });
    const relative = new URL(route.request().url()).pathname.replace("/lib/1/hosted/", "");
    const file = path.join(OFFICE_DIST, relative);
    if (!file.startsWith(OFFICE_DIST)) return route.fulfill({ status: 404 });
    let body: string;
    try {
      body = readFileSync(file, "utf8");
    } catch {
      return route.fulfill({ status: 404 });
    }
    if (relative === "office.js") {
      const setup = {
        displayLanguage: "fi-FI",
        excelApi: "1.8",
        sheets: ["Taul1"],
        cells: [],
        select: { sheet: "Taul1", address: "A1" },
      };
      body = `${body}\n;${bundle}\n;FakeHost.install(${JSON.stringify(setup)});\n`;
    }
    return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body });
  });
}

/**
 * Milliseconds from navigation to the first paint, to the page's report on office.js (NaN while it
 * is pending, or on the old page, which has none) and to the pane being up (or the cutoff).
 */
async function measure(
  page: Page,
  url: string,
  cdn: Cdn,
): Promise<{ paint: number; settled: number; up: number }> {
  // Notes when the page's report on office.js settles, without changing the page itself. A string,
  // not a function: tsx would add helpers to a function's source that the page does not have.
  await page.addInitScript(`
    let loaded;
    Object.defineProperty(window, "officeJsLoaded", {
      configurable: true,
      get: () => loaded,
      set: (promise) => {
        loaded = promise;
        promise.then(() => { window.officeJsSettledAt = performance.now(); });
      },
    });
  `);
  await page.goto(url, { waitUntil: "commit" });
  const mode =
    cdn === "answers"
      ? page.getByRole("button", { name: "Käytä valintaa" })
      : page.getByText("Erillistila", { exact: true });
  const upAt = await mode
    .waitFor({ timeout: CUTOFF_MS })
    .then(() => page.evaluate(() => performance.now()))
    .catch(() => CUTOFF_MS);
  const paint = await page.evaluate(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
  );
  const settled = await page.evaluate(
    () => (window as unknown as { officeJsSettledAt?: number }).officeJsSettledAt ?? Number.NaN,
  );
  return { paint: Number.isNaN(paint) ? CUTOFF_MS : paint, settled, up: upAt };
}

export async function run(): Promise<void> {
  const dist = path.resolve(__dirname, "../dist");
  const oldDist = blockingCopy(dist);
  const current = await serveDirectory(dist);
  const old = await serveDirectory(oldDist);
  const browser = await launchBrowser(current.url);
  await browser.context.route(`${old.url}/**`, (route) => route.continue());
  const bundle = await fakeHostBundle();
  const results = new Map<string, { paint: number[]; settled: number[]; up: number[] }>();
  try {
    for (let i = 0; i < SAMPLES; i++) {
      for (const cdn of ["answers", "404", "hangs"] as const) {
        for (const [label, server] of [
          ["now", current],
          ["blocking", old],
        ] as const) {
          const page = await browser.context.newPage();
          await routeCdn(page, cdn, bundle);
          const { paint, settled, up } = await measure(page, `${server.url}/taskpane.html`, cdn);
          await page.close();
          const key = `${label} ${cdn}`;
          const entry = results.get(key) ?? { paint: [], settled: [], up: [] };
          entry.paint.push(paint);
          entry.settled.push(settled);
          entry.up.push(up);
          results.set(key, entry);
        }
      }
    }
  } finally {
    await browser.close();
    await current.close();
    await old.close();
    rmSync(oldDist, { recursive: true, force: true });
  }
  const at = (key: string, what: "paint" | "settled" | "up") =>
    median(results.get(key)?.[what] ?? [Number.NaN]);
  const base = at("now answers", "paint");
  const show = (ms: number) =>
    ms >= CUTOFF_MS ? `> ${CUTOFF_MS / 1000} s (cut off)` : `${ms.toFixed(0)} ms`;
  console.log(
    `Pane start-up in Chromium, median of ${SAMPLES}; first paint relative to the CDN answering (${base.toFixed(0)} ms here):`,
  );
  for (const cdn of ["answers", "404", "hangs"] as const) {
    const now = at(`now ${cdn}`, "paint");
    const blocking = at(`blocking ${cdn}`, "paint");
    console.log(
      `  CDN ${cdn.padEnd(7)} first paint ${(now / base).toFixed(2)}× (${show(now)}), ` +
        `office.js ${Number.isNaN(at(`now ${cdn}`, "settled")) ? "still pending" : `settled at ${show(at(`now ${cdn}`, "settled"))}`}, ` +
        `up in ${show(at(`now ${cdn}`, "up"))} = ${(at(`now ${cdn}`, "up") / HOST_TIMEOUT_MS).toFixed(2)}× the ${HOST_TIMEOUT_MS / 1000} s host timeout; ` +
        `blocking <script> before: first paint ${show(blocking)}, up ${show(at(`blocking ${cdn}`, "up"))}`,
    );
  }
}
