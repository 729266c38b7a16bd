/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Lang } from "../../src/i18n/lang";
import { uiStrings } from "../../src/i18n/ui";
import type { WorkbookPlan } from "../../src/sheets/plan";
import type { GenerationResult, WorkbookTarget } from "../../src/sheets/target";
import { App } from "../../src/taskpane/App";
import { loadEngine } from "../../src/taskpane/engine";
import { goToStep } from "./steps";

/**
 * The pane's numbers and messages as a user meets them (issue: a pane a finance officer can read):
 * euros to the cent, HTV as the sheet shows it, the source's own stated total as information,
 * required fields red only once visited, what is missing named under the button, a result that
 * leaves when the input changes, a fractional year refused once under its own label, and a CSV
 * that cannot be read shown as an error.
 */

const LANGS: readonly Lang[] = ["fi", "sv", "en"];

/** Intl groups thousands with a no-break space in fi and sv; compare with plain spaces. */
const plain = (text: string | null | undefined) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

function standalone(): WorkbookTarget & { generated: number } {
  const target = {
    kind: "standalone" as const,
    generated: 0,
    readSelection: () => Promise.reject(new Error("no selection outside Excel")),
    generate(build: (existing: { sheets: string[]; tables: string[]; names: string[] }) => WorkbookPlan) {
      const plan = build({ sheets: [], tables: [], names: [] });
      target.generated += 1;
      const result: GenerationResult = {
        sheets: plan.sheets.map(({ key, name }) => ({ key, name })),
        names: [],
        tables: [],
        file: new Uint8Array([80, 75, 3, 4]),
      };
      return Promise.resolve(result);
    },
    activateSheet: () => Promise.resolve(),
  };
  return target;
}

function renderPane(lang: Lang, target: WorkbookTarget = standalone()) {
  const user = userEvent.setup();
  render(<App targetFor={() => target} initialLang={lang} />);
  return user;
}

async function readCsv(user: ReturnType<typeof userEvent.setup>, lang: Lang, csv: string) {
  const t = uiStrings[lang];
  await user.click(screen.getByRole("radio", { name: t.sourceCsv }));
  await user.click(screen.getByRole("textbox", { name: new RegExp(t.csvLabel) }));
  await user.paste(csv);
  await user.click(screen.getByRole("button", { name: t.readCsv }));
}

const CSV = "Kunta;Työvoima;Asukkaat\nKerava;18 875;38 000\nSipoo;11 691;22 000\n";

beforeAll(() => loadEngine());

describe.each(LANGS)("the pane in %s", (lang) => {
  const t = uiStrings[lang];

  it("shows euros to the cent, HTV to a tenth as the sheet does, and the source's stated total as a neutral note", async () => {
    const user = renderPane(lang);
    await goToStep(user, 4);
    const figures = await screen.findByRole(
      "region",
      { name: new RegExp(t.figuresHeading) },
      { timeout: 15_000 },
    );
    const values = within(figures)
      .getAllByRole("definition")
      .map((dd) => plain(dd.textContent));
    const euros = lang === "en" ? ["5,102,288.73 €", "7,300,000.00 €"] : ["5 102 288,73 €", "7 300 000,00 €"];
    expect(values).toEqual(expect.arrayContaining([...euros, lang === "en" ? "42.8" : "42,8"]));
    expect(values.filter((v) => v.endsWith("€")).every((v) => /\d[.,]\d\d €$/.test(v))).toBe(true);
    // The Kerava–Sipoo plan states 30 563; its table adds up to 30 566: both named, no alarm.
    const note = within(figures).getByText(/30.563/);
    expect(plain(note.textContent)).toMatch(lang === "en" ? /30,563.*30,566.*-3/ : /30 563.*30 566.*[-−]3/);
    expect(note.closest(".fui-MessageBar")).toBeNull();
  });

  it("keeps empty required fields neutral after reading a CSV, names them under the button, and red once visited", async () => {
    const user = renderPane(lang);
    await readCsv(user, lang, CSV);
    await screen.findAllByText(/30.566/);
    expect(screen.queryByText(t.required)).not.toBeInTheDocument();
    await goToStep(user, 3);
    const hint = screen.getByText(t.fillInFirst(new Intl.ListFormat(lang).format([t.areaName, t.costTotal])));
    const button = screen.getByRole("button", { name: t.download });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAttribute("aria-describedby", hint.id);
    // No red list of problems for what the user has not had a chance to fill in yet.
    expect(screen.queryByText(t.problemsHeading)).not.toBeInTheDocument();

    await goToStep(user, 2);
    expect(screen.queryByText(t.required)).not.toBeInTheDocument();
    await user.click(screen.getByRole("textbox", { name: new RegExp(t.areaName) }));
    await user.tab();
    expect(screen.getByText(t.required)).toBeInTheDocument();
  });

  it("refuses a fractional year once, under the year's own label, quoting it as typed", async () => {
    const user = renderPane(lang);
    await goToStep(user, 2);
    const year = await screen.findByRole("textbox", {
      name: (name) => name.replace(/\s*\*$/, "") === t.year,
    });
    await user.clear(year);
    await user.type(year, lang === "en" ? "2025.5" : "2025,5");
    const typed = lang === "en" ? "2025.5" : "2025,5";
    await goToStep(user, 3);
    const title = await screen.findByText(t.problemsHeading);
    const items = within(title.parentElement as HTMLElement)
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    expect(items).toEqual([`${t.year}: ${t.notAYear(typed)}`]);
    expect(items.join(" ")).not.toMatch(new RegExp(t.planningYears));
    expect(items.join(" ")).not.toMatch(/2 025|2,025/);
  });
});

describe("results and errors", () => {
  it("drops a 'downloaded' note as soon as an input changes", async () => {
    const t = uiStrings.fi;
    const user = renderPane("fi");
    await goToStep(user, 3);
    const button = await screen.findByRole("button", { name: t.download });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    Object.assign(URL, { createObjectURL: jest.fn(() => "blob:pane"), revokeObjectURL: jest.fn() });
    await user.click(button);
    const done = await screen.findByText(/on ladattu/);
    expect(done).toBeInTheDocument();
    await goToStep(user, 2);
    const threshold = screen.getByRole("textbox", { name: new RegExp(`^${t.threshold}`) });
    await user.type(threshold, "1");
    await goToStep(user, 4);
    expect(screen.queryByText(/on ladattu/)).not.toBeInTheDocument();
    click.mockRestore();
  });

  it("shows a CSV that cannot be read as an error message bar, naming line and column", async () => {
    const user = renderPane("fi");
    await readCsv(user, "fi", "Kunta;Työvoima\nKerava;abc\n");
    const error = await screen.findByText(/rivi 2, sarake Työvoima/);
    expect(error.closest(".fui-MessageBar")).not.toBeNull();
  });
});
