/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Lang } from "../../src/i18n/lang";
import type { ExistingNames } from "../../src/sheets/naming";
import type { WorkbookPlan } from "../../src/sheets/plan";
import type { GenerationResult, Progress, Selection, WorkbookTarget } from "../../src/sheets/target";
import { ExcelTarget } from "../../src/excel";
import { uiStrings } from "../../src/i18n/ui";
import { App } from "../../src/taskpane/App";
import { FakeExcel } from "../support/fakeExcel";
import { loadEngine } from "../../src/taskpane/engine";
import { goToStep } from "./steps";

/**
 * The pane against a stub WorkbookTarget: what the user sees and what reaches the workbook
 * interface. The stub records what it is asked and answers like the Office.js adapter would.
 */

const SELECTION: Selection = {
  address: "Taul1!B2:F4",
  sheetName: "Taul1",
  row: 1,
  col: 1,
  values: [
    ["Kunta", "Asukkaat", "Työikäiset", "Työttömät", "Työvoima"],
    ["Kerava", 38000, 23000, 2100, 18875],
    ["Sipoo", 22000, 12500, 700, 11691],
  ],
};

interface Stub extends WorkbookTarget {
  readonly plans: WorkbookPlan[];
  readonly activated: string[];
  /** What `generate` finds in the workbook. */
  existing: ExistingNames;
  fail?: Error;
  /** Holds `generate` until released, to see the progress indicator. */
  hold?: Promise<void>;
}

function stubTarget(kind: "excel" | "standalone", selection: Selection = SELECTION): Stub {
  const stub: Stub = {
    kind,
    plans: [],
    activated: [],
    existing: { sheets: ["Taul1"], tables: [], names: [] },
    readSelection: () =>
      kind === "excel" ? Promise.resolve(selection) : Promise.reject(new Error("no selection outside Excel")),
    async generate(
      build: (existing: ExistingNames) => WorkbookPlan,
      progress?: Progress,
    ): Promise<GenerationResult> {
      progress?.(0, "read");
      const plan = build(stub.existing);
      stub.plans.push(plan);
      progress?.(0.4, "write");
      if (stub.hold) await stub.hold;
      if (stub.fail) throw stub.fail;
      progress?.(1, "done");
      return {
        sheets: plan.sheets.map(({ key, name }) => ({ key, name })),
        names: plan.sheets.flatMap((s) => s.names.map((n) => n.name)),
        tables: plan.sheets.flatMap((s) => s.tables.map((t) => t.name)),
        ...(kind === "standalone" ? { file: new Uint8Array([80, 75, 3, 4]) } : {}),
      };
    },
    activateSheet: (name: string) => {
      stub.activated.push(name);
      return Promise.resolve();
    },
  };
  return stub;
}

function renderPane(target: WorkbookTarget, lang: Lang = "fi", missing: string[] = []) {
  const user = userEvent.setup();
  render(<App targetFor={() => target} initialLang={lang} missingRequirements={missing} />);
  return user;
}

type User = ReturnType<typeof userEvent.setup>;

async function readSelection(user: User) {
  await goToStep(user, 1);
  await user.click(screen.getByRole("button", { name: "Käytä valintaa" }));
  await screen.findByText(/Luettu Taul1!B2:F4/);
}

async function fillRequired(user: User) {
  await goToStep(user, 2);
  await user.type(screen.getByRole("textbox", { name: /Työllisyysalueen nimi/ }), "Testialue");
  await user.type(screen.getByRole("textbox", { name: /Jaettava summa/ }), "7 300 000");
}

describe("the task pane", () => {
  // The page loads the engine chunk right after its first paint; here it is loaded once up front,
  // so that its first require does not count against one test's time.
  beforeAll(() => loadEngine());

  it("shows the columns it recognised for the user to correct, and reacts to a correction", async () => {
    const user = renderPane(stubTarget("excel"));
    await readSelection(user);
    expect(screen.getByRole("combobox", { name: "Sarake B: Kunta" })).toHaveValue("name");
    expect(screen.getByRole("combobox", { name: "Sarake D: Työikäiset" })).toHaveValue("workingAge");
    expect(screen.getByRole("combobox", { name: "Sarake F: Työvoima" })).toHaveValue("labourForce");
    expect(screen.getByText(/2 kuntaa, työvoima yhteensä 30\s566/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole("combobox", { name: "Sarake F: Työvoima" }), "");
    await goToStep(user, 3);
    expect(await screen.findByText(/Sarake ”Työvoima” puuttuu/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Luo taulukot" })).toHaveAttribute("aria-disabled", "true");

    await goToStep(user, 1);
    await user.selectOptions(screen.getByRole("combobox", { name: "Sarake F: Työvoima" }), "labourForce");
    await fillRequired(user);
    await goToStep(user, 3);
    await waitFor(() => expect(screen.queryByText("Korjattavaa")).not.toBeInTheDocument());
  });

  it("walks through the steps, one at a time, and leads each problem back to its step and field", async () => {
    const user = renderPane(stubTarget("excel"));
    const steps = within(screen.getByRole("navigation", { name: "Vaiheet" })).getAllByRole("listitem");
    expect(steps.map((step) => step.textContent)).toEqual([
      "1. Lähtötiedot",
      "2. Parametrit",
      "3. Luotavat taulukot",
      "4. Tulos",
    ]);
    expect(within(steps[0] as HTMLElement).getByRole("button")).toHaveAttribute("aria-current", "step");
    await readSelection(user);
    // Only the current step is on screen; Next names the step it leads to and focuses its heading.
    expect(screen.queryByRole("textbox", { name: /Työllisyysalueen nimi/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Seuraava: 2. Parametrit" }));
    await waitFor(() => expect(screen.getByRole("heading", { name: "2. Parametrit" })).toHaveFocus());
    expect(screen.getByRole("button", { name: "Takaisin: 1. Lähtötiedot" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Seuraava: 3. Luotavat taulukot" }));

    // Both required fields are still empty: not red problems before the user has been in them,
    // but named, in the form's order, under the disabled button.
    expect(
      await screen.findByText("Täytä vielä: Työllisyysalueen nimi ja Jaettava summa, €."),
    ).toBeInTheDocument();
    expect(screen.queryByText("Korjattavaa")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Luo taulukot" })).toHaveAttribute("aria-disabled", "true");

    // A value that is wrong is a problem: listed, counted beside the step where it is fixed, and
    // leading to its field.
    await goToStep(user, 2);
    await user.type(screen.getByRole("textbox", { name: /Työllisyysalueen nimi/ }), "Testialue");
    await user.type(screen.getByRole("textbox", { name: /Jaettava summa/ }), "paljon");
    await goToStep(user, 3);
    const title = await screen.findByText("Korjattavaa");
    const items = within(title.parentElement as HTMLElement).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual(["Jaettava summa, €: ”paljon” ei ole luku"]);
    expect(
      within(screen.getByRole("navigation")).getByRole("button", { name: /^2\. Parametrit/ }),
    ).toHaveTextContent("1 korjattava");
    await user.click(screen.getByRole("button", { name: "Jaettava summa, €: ”paljon” ei ole luku" }));
    await waitFor(() => expect(screen.getByRole("textbox", { name: /Jaettava summa/ })).toHaveFocus());
    expect(within(screen.getByRole("navigation")).getByRole("button", { name: /^2\./ })).toHaveAttribute(
      "aria-current",
      "step",
    );
  });

  it("skips a total row selected with the data and says so, counting only the municipalities", async () => {
    const values = [...SELECTION.values, ["Koko maa", 5600000, 3400000, 250000, 2700000]];
    const user = renderPane(stubTarget("excel", { ...SELECTION, values }));
    await readSelection(user);
    expect(screen.getByText(/2 kuntaa, työvoima yhteensä 30\s566/)).toBeInTheDocument();
    expect(
      screen.getByText("B5: summarivi ”Koko maa” ohitettiin, sitä ei laskettu kunnaksi"),
    ).toBeInTheDocument();
  });

  it("names the cell of every value it cannot use, computed from where the selection starts", async () => {
    const values = SELECTION.values.map((row) => [...row]);
    (values[1] as unknown[])[4] = "18 875";
    (values[2] as unknown[])[2] = -12500;
    const user = renderPane(stubTarget("excel", { ...SELECTION, values }));
    await readSelection(user);
    await goToStep(user, 3);
    await screen.findByText("Korjattavaa");
    const items = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(items).toContain("F3: teksti ”18 875”, odotettiin lukua");
    expect(items).toContain("D4: negatiivinen luku −12\u00a0500, odotettiin vähintään 0");
  });

  it("points the input model's own findings at the cells too (a whole number expected)", async () => {
    const values = SELECTION.values.map((row) => [...row]);
    (values[2] as unknown[])[5 - 1] = 11691.5;
    const user = renderPane(stubTarget("excel", { ...SELECTION, values }));
    await readSelection(user);
    await fillRequired(user);
    await goToStep(user, 3);
    const item = await screen.findByText(/^F4: /);
    expect(item.textContent).toMatch(/11[\s\u00a0]?691,5/);
  });

  it("follows the language switch: words, number formats and the sheets it writes", async () => {
    const stub = stubTarget("excel");
    const user = renderPane(stub);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Työllisyysalue");
    await user.selectOptions(screen.getByRole("combobox", { name: "Kieli" }), "sv");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Sysselsättningsområde");
    expect(document.documentElement.lang).toBe("sv");
    await user.click(screen.getByRole("radio", { name: "Exempelområde" }));
    await goToStep(user, 2);
    expect(screen.getByRole("textbox", { name: /Bikostnadsfaktor/ })).toHaveValue("1,25");
    expect(screen.getByRole("textbox", { name: /Sysselsättningsområdets namn/ })).toHaveValue(
      "Kervo och Sibbo sysselsättningsområde",
    );

    await user.selectOptions(screen.getByRole("combobox", { name: "Språk" }), "en");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Employment area");
    expect(screen.getByRole("textbox", { name: /Side-cost factor/ })).toHaveValue("1.25");
    // The sample's own name follows the language, and so do its lines, titles and notes.
    expect(screen.getByRole("textbox", { name: /Name of the employment area/ })).toHaveValue(
      "Kerava–Sipoo employment area",
    );
    await goToStep(user, 3);
    await user.click(screen.getByRole("button", { name: "Create the sheets" }));
    await screen.findByRole("heading", { name: "Result" });
    const plan = stub.plans[0];
    expect(plan?.sheets.map((s) => s.name)).toEqual([
      "Municipalities",
      "Cost split",
      "Budget frame",
      "Staffing table",
      "Service production matrix",
    ]);
    const budget = plan?.sheets.find((s) => s.key === "budget");
    const texts = budget?.blocks.flatMap((block) => block.cells.flat()) ?? [];
    expect(texts).toContain("Kerava–Sipoo employment area");
    expect(texts).toContain("About 60 person-years. The 50 % share covers lines 2–3.");
    expect(texts).not.toContain("Keravan ja Sipoon työllisyysalue");
  });

  it("keeps an area name the user typed when the language changes", async () => {
    const user = renderPane(stubTarget("standalone"));
    await goToStep(user, 2);
    const area = screen.getByRole("textbox", { name: /Työllisyysalueen nimi/ });
    expect(area).toHaveValue("Keravan ja Sipoon työllisyysalue");
    await user.clear(area);
    await user.type(area, "Oma alue");
    await user.selectOptions(screen.getByRole("combobox", { name: "Kieli" }), "sv");
    expect(screen.getByRole("textbox", { name: /Sysselsättningsområdets namn/ })).toHaveValue("Oma alue");
  });

  it("sums the cost-split weights live and will not generate until they make 100 %", async () => {
    const stub = stubTarget("excel");
    const user = renderPane(stub);
    await readSelection(user);
    await fillRequired(user);
    expect(screen.getByText("Yhteensä 100 %")).toBeInTheDocument();

    const unemployed = screen.getByRole("textbox", { name: "Työttömät" });
    await user.clear(unemployed);
    await user.type(unemployed, "30,5");
    expect(screen.getByText("Yhteensä 80,5 % – summan on oltava 100 %")).toBeInTheDocument();
    await goToStep(user, 3);
    const button = screen.getByRole("button", { name: "Luo taulukot" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByText(/Korjaa ensin/)).toBeInTheDocument();
    await user.click(button);
    expect(stub.plans).toHaveLength(0);

    // The problem leads back to the weights, in the parameters step.
    await user.click(screen.getByRole("button", { name: /^Perusteet ja painot/ }));
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Asukkaat" })).toHaveFocus());
    await user.clear(screen.getByRole("textbox", { name: "Työttömät" }));
    await user.type(screen.getByRole("textbox", { name: "Työttömät" }), "50.0");
    expect(screen.getByText("Yhteensä 100 %")).toBeInTheDocument();
    await goToStep(user, 3);
    expect(screen.getByRole("button", { name: "Luo taulukot" })).not.toHaveAttribute("aria-disabled");
  });

  it("generates through the workbook interface, steps around existing sheets, and links each new sheet", async () => {
    const stub = stubTarget("excel");
    stub.existing = { sheets: ["Taul1", "Kunnat"], tables: [], names: ["Tyovoima_Yhteensa"] };
    let release = () => {};
    stub.hold = new Promise<void>((resolve) => (release = resolve));
    const user = renderPane(stub);
    await readSelection(user);
    await fillRequired(user);
    await goToStep(user, 3);
    await user.click(screen.getByRole("checkbox", { name: "Palvelutuotantomatriisi" }));
    await user.click(screen.getByRole("button", { name: "Luo taulukot" }));

    const progress = await screen.findByRole("progressbar");
    expect(progress).toHaveAttribute("aria-valuenow", "0.4");
    expect(screen.getByText("Kirjoitetaan taulukoita")).toBeInTheDocument();
    await act(async () => release());

    const heading = await screen.findByRole("heading", { name: "Tulos" });
    await waitFor(() => expect(heading).toHaveFocus());
    const plan = stub.plans[0] as WorkbookPlan;
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Kunnat (2)",
      "Kustannusjako",
      "Budjettikehys",
      "Henkilöstötaulukko",
    ]);
    expect(plan.sheets.flatMap((s) => s.names.map((n) => n.name))).toContain("Tyovoima_Yhteensa_2");
    const kunnat = plan.sheets[0];
    expect(JSON.stringify(kunnat?.blocks)).toContain('"Kerava"');

    await user.click(screen.getByRole("button", { name: "Siirry taulukkoon Kunnat (2)" }));
    expect(stub.activated).toEqual(["Kunnat (2)"]);
    expect(screen.getByText("Työvoima riittää")).toBeInTheDocument();
  });

  it("says plainly when generation fails, in the user's language", async () => {
    const stub = stubTarget("excel");
    stub.fail = new Error("Taulukon lisääminen epäonnistui (TableCollection.add).");
    const user = renderPane(stub);
    await user.click(screen.getByRole("radio", { name: "Esimerkkialue" }));
    await goToStep(user, 3);
    await user.click(screen.getByRole("button", { name: "Luo taulukot" }));
    const heading = await screen.findByRole("heading", { name: "Tulos" });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(
      screen.getByText(
        "Taulukoiden luonti epäonnistui, eikä työkirjaan jäänyt muutoksia: Taulukon lisääminen epäonnistui (TableCollection.add).",
      ),
    ).toBeInTheDocument();
  });

  it.each([
    [
      "fi",
      "Taulukoiden luonti epäonnistui, eikä työkirjaa saatu kokonaan palautettua ennalleen: ",
      "Työkirjaan jäi, poista käsin:",
      ["laskentataulukko ”Kunnat (2)”", "laskentataulukko ”Palvelutuotantomatriisi”"],
    ],
    [
      "sv",
      "Tabellerna kunde inte skapas, och arbetsboken kunde inte återställas helt: ",
      "Kvar i arbetsboken, ta bort för hand:",
      ["kalkylbladet ”Kommuner”", "kalkylbladet ”Serviceproduktionsmatris”"],
    ],
    [
      "en",
      "The sheets could not be created, and the workbook could not be fully restored: ",
      "Left in the workbook, delete by hand:",
      ["the worksheet 'Municipalities'", "the worksheet 'Service production matrix'"],
    ],
  ] as const)(
    "never says the workbook is unchanged when the rollback failed too, and lists what to delete by hand (%s)",
    async (lang, opening, heading, some) => {
      // The real Office.js adapter on the fake Excel: the formulas fail, and so does deleting sheets.
      const fake = new FakeExcel(["Taul1", "Kunnat"]);
      fake.failWhen = (op) => op.kind === "Range.formulas" || op.kind === "Worksheet.delete";
      const user = userEvent.setup();
      render(<App targetFor={(next) => new ExcelTarget({ lang: next, run: fake.run })} initialLang={lang} />);
      await user.click(screen.getByRole("radio", { name: uiStrings[lang].sourceSample }));
      await goToStep(user, 3);
      await user.click(screen.getByRole("button", { name: uiStrings[lang].generate }));
      await screen.findByRole("heading", { name: uiStrings[lang].resultHeading });
      const left = fake.sheetNames().slice(2);
      expect(left.length).toBe(5);
      const message = await screen.findByText((text) => text.startsWith(opening));
      expect(message.textContent).not.toMatch(/jäänyt muutoksia|lämnades oförändrad|left unchanged/);
      const list = within(screen.getByText(heading).nextElementSibling as HTMLElement).getAllByRole(
        "listitem",
      );
      // Exactly the sheets still in the workbook, each once.
      expect(list.map((item) => item.textContent)).toEqual(left.map(uiStrings[lang].leftBehindSheet));
      for (const item of some) expect(list.map((i) => i.textContent)).toContain(item);
    },
  );

  it("says the sheets may be left, to check, when the workbook could not even be read afterwards", async () => {
    const fake = new FakeExcel(["Taul1"]);
    fake.failWhen = (op) =>
      op.kind === "Range.formulas" || op.kind === "WorksheetCollection.getItemOrNullObject";
    const user = userEvent.setup();
    render(<App targetFor={(next) => new ExcelTarget({ lang: next, run: fake.run })} initialLang="fi" />);
    await user.click(screen.getByRole("radio", { name: "Esimerkkialue" }));
    await goToStep(user, 3);
    await user.click(screen.getByRole("button", { name: "Luo taulukot" }));
    const heading = await screen.findByText(
      "Työkirjaan on voinut jäädä, tarkista ja poista käsin ne, jotka ovat siellä:",
    );
    const list = within(heading.nextElementSibling as HTMLElement).getAllByRole("listitem");
    expect(list.map((item) => item.textContent)).toContain("laskentataulukko ”Kunnat”");
    expect(list.map((item) => item.textContent)).toContain("nimi ”Tyovoima_Yhteensa”");
  });

  it("names the missing requirement set instead of failing midway", async () => {
    const user = renderPane(stubTarget("standalone"), "en", ["ExcelApi 1.8"]);
    expect(screen.getByRole("alert")).toHaveTextContent(/missing ExcelApi 1\.8/);
    await goToStep(user, 3);
    expect(screen.getByRole("button", { name: "Download .xlsx" })).toBeInTheDocument();
  });

  it("in standalone mode previews the sample's sheets and downloads the workbook", async () => {
    const createObjectURL = jest.fn(() => "blob:pane");
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const stub = stubTarget("standalone");
    const user = renderPane(stub);

    expect(screen.queryByRole("radio", { name: "Valittu alue" })).not.toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Valitse esimerkkialue" })).toHaveValue("kerava-sipoo");
    // The preview (with the sheets step) follows once the pane's engine chunk (validation and sheet
    // plans) is loaded.
    await goToStep(user, 3);
    const preview = await screen.findByRole("region", { name: "Kunnat" });
    expect(within(preview).getByRole("cell", { name: "Kerava" })).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Kustannusjako" }));
    const split = screen.getByRole("region", { name: "Kustannusjako" });
    // Figures, not formula text: Kerava's share to the cent in both years; the formulas on demand.
    expect(within(split).getAllByRole("cell", { name: "5\u00a0102\u00a0288,73 €" })).toHaveLength(2);
    expect(within(split).queryAllByText(/^=/)).toEqual([]);
    await user.click(screen.getByRole("switch", { name: "Näytä kaavat" }));
    expect(within(split).getAllByText(/^=ROUND\(/).length).toBeGreaterThanOrEqual(4);

    await user.click(screen.getByRole("button", { name: "Lataa .xlsx" }));
    expect(
      await screen.findByText("Tiedosto Keravan ja Sipoon työllisyysalue.xlsx on ladattu."),
    ).toBeInTheDocument();
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it("reads pasted CSV (decimal comma, grouped thousands) and locates later problems by CSV line", async () => {
    const user = renderPane(stubTarget("standalone"));
    await user.click(screen.getByRole("radio", { name: "CSV-teksti" }));
    // Line 3 has no population, which the per-capita split needs: the input model finds it, the
    // pane says on which line and in which column.
    const csv = "Kunta;Työvoima;Asukkaat\nKerava;18 875;38 000\nSipoo;11 691;\n";
    await user.click(screen.getByRole("textbox", { name: /Liitä CSV/ }));
    await user.paste(csv);
    await user.click(screen.getByRole("button", { name: "Lue CSV" }));
    expect(await screen.findByText(/CSV luettu: 2 kuntaa/)).toBeInTheDocument();
    // Population is there, working age is not: the per-capita split is the default.
    await goToStep(user, 2);
    expect(screen.getByRole("textbox", { name: "Asukkaat" })).toHaveValue("100");
    await fillRequired(user);
    await goToStep(user, 3);
    const items = screen.getAllByRole("listitem").map((item) => item.textContent ?? "");
    expect(items.filter((item) => /rivi 3/i.test(item) && /Asukkaat/.test(item))).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Lataa .xlsx" })).toHaveAttribute("aria-disabled", "true");
  });

  it("refuses a 100 000-row paste at once with one message naming the line past the limit", async () => {
    const user = renderPane(stubTarget("standalone"));
    await user.click(screen.getByRole("radio", { name: "CSV-teksti" }));
    const rows = Array.from({ length: 100_000 }, (_, i) => `Kunta ${i};${1000 + i}`);
    await user.click(screen.getByRole("textbox", { name: /Liitä CSV/ }));
    await user.paste(["Kunta;Työvoima", ...rows].join("\n"));
    await user.click(screen.getByRole("button", { name: "Lue CSV" }));
    const refusal = await screen.findByText(/kuntarivejä on yli 400/);
    expect(refusal.textContent?.replace(/\s+/g, " ").trim()).toBe(
      "rivi 402: kuntarivejä on yli 400; työllisyysalueeseen kuuluu enintään 400 kuntaa, joten loppua ei lueta",
    );
    expect(screen.queryByText(/CSV luettu/)).not.toBeInTheDocument();
  });
});
