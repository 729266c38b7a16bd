import { LANGS, type Lang } from "../../src/i18n/lang";

/**
 * The pane's start-up bundle holds Finnish only; Swedish and English arrive with loadLanguage.
 * Each test gets fresh modules, without the installation every other test file starts with.
 */
type Modules = {
  readonly languages: typeof import("../../src/i18n/languages");
  readonly ui: typeof import("../../src/i18n/ui");
  readonly input: typeof import("../../src/i18n/input");
};

async function freshModules(): Promise<Modules> {
  let modules: Modules | undefined;
  await jest.isolateModulesAsync(async () => {
    modules = {
      languages: await import("../../src/i18n/languages"),
      ui: await import("../../src/i18n/ui"),
      input: await import("../../src/i18n/input"),
    };
  });
  return modules as Modules;
}

const TOO_FEW = { kind: "count", found: 1, limit: 2, atLeast: true } as const;

describe("languages loaded on demand", () => {
  it("starts with Finnish only, and a language not loaded yet reads Finnish rather than failing", async () => {
    const { languages, ui, input } = await freshModules();
    expect(LANGS.filter(languages.isLanguageInstalled)).toEqual(["fi"]);
    expect(ui.uiStrings.sv.appTitle).toBe(ui.uiStrings.fi.appTitle);
    expect(input.describeInputProblem("en", TOO_FEW)).toBe(input.describeInputProblem("fi", TOO_FEW));
  });

  it.each([
    ["sv", "Sysselsättningsområde", /element/],
    ["en", "Employment area", /items?/],
  ] as const)("loads %s's catalogs once, and then speaks it", async (lang: Lang, title, count) => {
    const { languages, ui, input } = await freshModules();
    const first = languages.loadLanguage(lang);
    expect(languages.loadLanguage(lang)).toBe(first);
    await first;
    expect(languages.isLanguageInstalled(lang)).toBe(true);
    expect(ui.uiStrings[lang].appTitle).toBe(title);
    expect(input.describeInputProblem(lang, TOO_FEW)).toMatch(count);
    // The other language is still to load.
    expect(languages.isLanguageInstalled(lang === "sv" ? "en" : "sv")).toBe(false);
  });

  it("gives every language the same keys once installed", async () => {
    const { languages, ui } = await freshModules();
    await Promise.all(LANGS.map(languages.loadLanguage));
    const keys = Object.keys(ui.uiStrings.fi).sort();
    for (const lang of LANGS) expect(Object.keys(ui.uiStrings[lang]).sort()).toEqual(keys);
  });
});
