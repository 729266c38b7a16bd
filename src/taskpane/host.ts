/**
 * Where the pane runs. Inside Excel, Office.onReady reports the host and Office's display
 * language; opened in a plain browser (e.g. after `npm start`) the pane runs standalone. Office.js
 * comes from Microsoft's CDN, which may not load at all (offline, blocked): then `Office` is
 * undefined, or onReady never answers, and after a short wait the pane runs standalone anyway.
 */
export type HostInfo =
  | { readonly kind: "excel"; readonly displayLanguage: string | undefined }
  | { readonly kind: "standalone"; readonly reason: "noOfficeJs" | "noHost" | "timeout" };

export const HOST_TIMEOUT_MS = 4000;

export function detectHost(timeoutMs = HOST_TIMEOUT_MS): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return Promise.resolve({ kind: "standalone", reason: "noOfficeJs" });
  }
  const ready = Office.onReady().then(
    (info): HostInfo =>
      info.host === Office.HostType.Excel
        ? { kind: "excel", displayLanguage: Office.context?.displayLanguage }
        : { kind: "standalone", reason: "noHost" },
    (): HostInfo => ({ kind: "standalone", reason: "noHost" }),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<HostInfo>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "standalone", reason: "timeout" }), timeoutMs);
  });
  return Promise.race([ready, timeout]).finally(() => clearTimeout(timer));
}
