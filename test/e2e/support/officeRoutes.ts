import { build } from "esbuild";
import { existsSync, readFileSync } from "fs";
import path from "path";
import type { BrowserContext } from "playwright-core";
import { OFFICE_CDN } from "./browser";
import type { FakeHostSetup } from "./fakeHost";

/** Microsoft's office.js as installed from npm: the same files the CDN serves under /lib/1/hosted/. */
export const OFFICE_DIST = path.resolve(__dirname, "../../../node_modules/@microsoft/office-js/dist");
const HOSTED = `${OFFICE_CDN}lib/1/hosted/`;

/** test/support/fakeExcel.ts and its installer bundled for the browser (one IIFE, global FakeHost). */
export async function fakeHostBundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.resolve(__dirname, "fakeHost.ts")],
    bundle: true,
    write: false,
    format: "iife",
    globalName: "FakeHost",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild produced no bundle for the fake Excel host");
  return output.text;
}

const js = (body: string) => ({ status: 200, contentType: "text/javascript; charset=utf-8", body });

/** The CDN answered from node_modules; no request leaves the machine. */
async function serveHosted(context: BrowserContext, officeJs: (local: string) => string): Promise<void> {
  await context.route(`${OFFICE_CDN}**`, (route) => {
    const url = new URL(route.request().url());
    const relative = url.pathname.startsWith("/lib/1/hosted/")
      ? url.pathname.slice("/lib/1/hosted/".length)
      : "";
    const file = path.join(OFFICE_DIST, relative);
    if (relative === "" || !file.startsWith(OFFICE_DIST) || !existsSync(file))
      return route.fulfill({ status: 404 });
    const text = readFileSync(file, "utf8");
    return route.fulfill(js(relative === "office.js" ? officeJs(text) : text));
  });
}

/** Excel mode: the real office.js, then the fake Excel and an onReady that reports Excel. */
export async function routeOfficeWithFakeExcel(context: BrowserContext, setup: FakeHostSetup): Promise<void> {
  const bundle = await fakeHostBundle();
  await serveHosted(
    context,
    (office) => `${office}\n;${bundle}\n;FakeHost.install(${JSON.stringify(setup)});\n`,
  );
}

/** A browser with the real office.js but no Office host around it. */
export const routeOfficeWithoutHost = (context: BrowserContext): Promise<void> =>
  serveHosted(context, (office) => office);

export { HOSTED };
