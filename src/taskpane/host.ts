/**
 * Where the pane runs. Inside Excel, Office.onReady reports the host and Office's display
 * language; opened in a plain browser (e.g. after `npm start`) the pane runs standalone. Office.js
 * comes from Microsoft's CDN, which may not load at all (offline, blocked) or never answer (a
 * black-holed request): taskpane.html loads it without blocking the page and reports through
 * `window.officeJsLoaded` whether it loaded; the pane waits for office.js and Office.onReady at most
 * `HOST_TIMEOUT_MS` in all, then runs standalone.
 */
export type HostInfo =
  | { readonly kind: "excel"; readonly displayLanguage: string | undefined }
  | { readonly kind: "standalone"; readonly reason: "noOfficeJs" | "noHost" | "timeout" };

export const HOST_TIMEOUT_MS = 4000;

declare global {
  interface Window {
    /** Set by taskpane.html: true once office.js has loaded from the CDN, false when it failed. */
    officeJsLoaded?: Promise<boolean>;
  }
}

const pageOfficeJs = (): Promise<boolean> | undefined =>
  typeof window === "undefined" ? undefined : window.officeJsLoaded;

/**
 * `officeJs` is the page's report of office.js loading; without one (a page that loads office.js
 * itself, or a test) office.js counts as loaded or not by whether `Office` exists.
 */
export function detectHost(
  timeoutMs = HOST_TIMEOUT_MS,
  officeJs: Promise<boolean> | undefined = pageOfficeJs(),
): Promise<HostInfo> {
  const afterLoad = (loaded: boolean): HostInfo | Promise<HostInfo> => {
    if (!loaded || typeof Office === "undefined" || typeof Office.onReady !== "function") {
      return { kind: "standalone", reason: "noOfficeJs" };
    }
    return Office.onReady().then(
      (info): HostInfo =>
        info.host === Office.HostType.Excel
          ? { kind: "excel", displayLanguage: Office.context?.displayLanguage }
          : { kind: "standalone", reason: "noHost" },
      (): HostInfo => ({ kind: "standalone", reason: "noHost" }),
    );
  };
  const ready = officeJs
    ? officeJs.then(afterLoad, () => afterLoad(false))
    : Promise.resolve(afterLoad(true));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<HostInfo>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "standalone", reason: "timeout" }), timeoutMs);
  });
  return Promise.race([ready, timeout]).finally(() => clearTimeout(timer));
}
