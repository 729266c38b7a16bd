/** @jest-environment jsdom */
import { initialLanguage, rememberLanguage, rememberedLanguage } from "../../src/taskpane/language";

describe("the language the pane starts in", () => {
  const start = (over: Partial<Parameters<typeof initialLanguage>[0]>) =>
    initialLanguage({
      remembered: null,
      excel: false,
      displayLanguage: undefined,
      browserLanguage: undefined,
      ...over,
    });

  it("is Finnish outside Excel unless the browser's language is Swedish", () => {
    expect(start({ browserLanguage: "fi-FI" })).toBe("fi");
    expect(start({ browserLanguage: "en-US" })).toBe("fi");
    expect(start({ browserLanguage: "de-DE" })).toBe("fi");
    expect(start({ browserLanguage: "sv-FI" })).toBe("sv");
    expect(start({ browserLanguage: "sv" })).toBe("sv");
  });

  it("follows Office's display language inside Excel", () => {
    expect(start({ excel: true, displayLanguage: "en-US", browserLanguage: "fi-FI" })).toBe("en");
    expect(start({ excel: true, displayLanguage: "sv-SE" })).toBe("sv");
    expect(start({ excel: true, displayLanguage: "de-DE" })).toBe("fi");
  });

  it("prefers the language the user chose last time, in Excel and outside it", () => {
    expect(start({ remembered: "en", browserLanguage: "fi-FI" })).toBe("en");
    expect(start({ remembered: "fi", excel: true, displayLanguage: "en-US" })).toBe("fi");
    // Something else in the storage is ignored.
    expect(start({ remembered: "de", browserLanguage: "sv-FI" })).toBe("sv");
  });

  it("remembers a choice in the browser's storage", () => {
    localStorage.clear();
    expect(rememberedLanguage()).toBeNull();
    rememberLanguage("sv");
    expect(rememberedLanguage()).toBe("sv");
    expect(start({ remembered: rememberedLanguage(), browserLanguage: "en-GB" })).toBe("sv");
  });

  it("starts all the same when the storage refuses (a locked-down browser)", () => {
    const get = jest.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new Error("SecurityError");
    });
    const set = jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new Error("QuotaExceededError");
    });
    expect(rememberedLanguage()).toBeNull();
    expect(() => rememberLanguage("en")).not.toThrow();
    get.mockRestore();
    set.mockRestore();
  });
});
