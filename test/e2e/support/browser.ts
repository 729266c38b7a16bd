import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** The Office.js CDN the pane's page names (a store requirement); tests answer it locally. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/";

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

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
  await context.route("**/*", (route) =>
    route.request().url().startsWith(localOrigin) ? route.fallback() : route.abort("internetdisconnected"),
  );
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the built pane and waits for its heading. Neither the pane nor functions.js, which shares
 * the page (the shared runtime), may throw — even offline, where office.js and its
 * CustomFunctions are missing.
 */
export async function openPane(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.getByRole("heading", { level: 1 }).waitFor();
  if (errors.length > 0) throw new Error(`the page threw: ${errors.join("; ")}`);
  return page;
}
