import { detectHost } from "../../src/taskpane/host";
import { fileNameFor } from "../../src/taskpane/download";

/** Office as office.js defines it, reduced to what the pane's start-up reads. */
function installOffice(onReady: () => Promise<{ host: unknown }>, displayLanguage = "sv-FI") {
  (globalThis as { Office?: unknown }).Office = {
    HostType: { Excel: "Excel" },
    onReady,
    context: { displayLanguage },
  };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.useRealTimers();
});

describe("deciding between Excel and standalone mode", () => {
  it("runs standalone at once when office.js never loaded (offline, CDN blocked)", async () => {
    await expect(detectHost()).resolves.toEqual({ kind: "standalone", reason: "noOfficeJs" });
  });

  it("runs in Excel mode with Office's display language when the host is Excel", async () => {
    installOffice(() => Promise.resolve({ host: "Excel" }));
    await expect(detectHost()).resolves.toEqual({ kind: "excel", displayLanguage: "sv-FI" });
  });

  it("runs standalone when office.js reports no host (a plain browser)", async () => {
    installOffice(() => Promise.resolve({ host: null }));
    await expect(detectHost()).resolves.toEqual({ kind: "standalone", reason: "noHost" });
  });

  it("waits for office.js that the page is still loading, then asks Office.onReady", async () => {
    let settle: (loaded: boolean) => void = () => {};
    const officeJs = new Promise<boolean>((resolve) => (settle = resolve));
    const detected = detectHost(4000, officeJs);
    installOffice(() => Promise.resolve({ host: "Excel" }), "en-GB");
    settle(true);
    await expect(detected).resolves.toEqual({ kind: "excel", displayLanguage: "en-GB" });
  });

  it("runs standalone as soon as the page reports that office.js failed to load (404, offline)", async () => {
    await expect(detectHost(4000, Promise.resolve(false))).resolves.toEqual({
      kind: "standalone",
      reason: "noOfficeJs",
    });
  });

  it("runs standalone after the timeout when office.js never arrives (a black-holed CDN)", async () => {
    jest.useFakeTimers();
    const detected = detectHost(4000, new Promise<boolean>(() => {}));
    jest.advanceTimersByTime(4000);
    await expect(detected).resolves.toEqual({ kind: "standalone", reason: "timeout" });
  });

  it("runs standalone after a timeout when onReady never answers", async () => {
    jest.useFakeTimers();
    installOffice(() => new Promise(() => {}));
    const detected = detectHost(4000);
    jest.advanceTimersByTime(4000);
    await expect(detected).resolves.toEqual({ kind: "standalone", reason: "timeout" });
  });
});

describe("the download's file name", () => {
  it("is the area's name without characters Windows refuses", () => {
    expect(fileNameFor("Keravan ja Sipoon työllisyysalue")).toBe("Keravan ja Sipoon työllisyysalue.xlsx");
    expect(fileNameFor('Alue: "A/B" <1>?')).toBe("Alue A B 1.xlsx");
    expect(fileNameFor("  ")).toBe("tyollisyysalue.xlsx");
  });
});
