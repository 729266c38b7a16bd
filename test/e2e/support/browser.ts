import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** The Office.js CDN the pane's page names (a store requirement); tests answer it locally. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/";

export interface Browser {
  readonly context: BrowserContext;
  /**
   * Every content-security-policy violation in any page of the browser so far (the built pane
   * enforces its policy from its meta tag). Tests take and check them with takeCspViolations.
   */
  readonly cspViolations: string[];
  close(): Promise<void>;
}

/** Empties the browser's list of CSP violations and returns what it held. */
export const takeCspViolations = (browser: Browser): string[] => browser.cspViolations.splice(0);

/**
 * Headless Chromium with a fresh profile. Every request that does not go to the local server is
 * refused unless a test routes it: nothing is downloaded at test time.
 */
export async function launchBrowser(localOrigin: string, locale = "fi-FI"): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "pane-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    acceptDownloads: true,
    // A task pane is narrow: the pane must work from 320 px (Excel's narrowest pane is about 320).
    viewport: { width: 360, height: 900 },
    locale,
  });
  // Each violation is reported by the page (securitypolicyviolation) and by Chromium's console.
  const cspViolations: string[] = [];
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(
        `CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    ),
  );
  context.on("console", (message) => {
    if (/CSP violation|Content Security Policy/.test(message.text())) cspViolations.push(message.text());
  });
  await context.route("**/*", (route) =>
    route.request().url().startsWith(localOrigin) ? route.fallback() : route.abort("internetdisconnected"),
  );
  return {
    context,
    cspViolations,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the built pane and waits for its heading. Neither the pane nor functions.js, which shares
 * the page (the shared runtime), may throw — even offline, where office.js and its
 * CustomFunctions are missing — and nothing may break the page's content security policy.
 */
export async function openPane(browser: Browser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.getByRole("heading", { level: 1 }).waitFor();
  const policy = await page.evaluate(
    () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
  );
  if (!/script-src /.test(policy)) errors.push("the page has no content security policy");
  const violations = takeCspViolations(browser);
  if (violations.length > 0) errors.push(`content security policy violated: ${violations.join("; ")}`);
  if (errors.length > 0) throw new Error(`the page threw: ${errors.join("; ")}`);
  return page;
}
