/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TextDecoder as NodeTextDecoder } from "util";
import { findArea, type Area } from "../../src/domain/areas";
import type { Lang } from "../../src/i18n/lang";
import { readFiles, type FileSource } from "../../src/taskpane/fileSource";
import { StatFinSummary } from "../../src/taskpane/StatFinSummary";
import { LangProvider, langValue } from "../../src/taskpane/strings";
import { KERAVA_SIPOO_11RA, pxwebLong } from "../support/pxweb";

/** What the pane shows of opened files before anything is generated, read by the real reader. */

// jsdom lacks TextDecoder, which every browser the pane runs in has (the reader decodes with it).
globalThis.TextDecoder ??= NodeTextDecoder as typeof TextDecoder;

const keravaSipoo = findArea("Kerava-Sipoo") as Area;

function show(source: FileSource, area: Area | null, lang: Lang = "fi") {
  const onYear = jest.fn<void, [string]>();
  const onMap = jest.fn<void, [string, string | undefined]>();
  render(
    <LangProvider value={langValue(lang)}>
      <StatFinSummary source={source} area={area} onYear={onYear} onMap={onMap} />
    </LangProvider>,
  );
  return { onYear, onMap };
}

describe("StatFinSummary", () => {
  it("says in a live region what was recognised, lists each variable's field, and offers the files' years", async () => {
    const source = readFiles(
      [{ name: "11ra.csv", bytes: KERAVA_SIPOO_11RA }],
      { mapping: {} },
      keravaSipoo,
      "fi",
    );
    const { onYear } = show(source, keravaSipoo);
    expect(screen.getByRole("status")).toHaveTextContent(
      "Tunnistettu 3 muuttujaa, vuosi 2024, jäsenkuntia löytyi 2/2.",
    );
    const variables = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(variables).toEqual(
      expect.arrayContaining([
        "”Väkiluku” → Asukkaat (11ra.csv)",
        "”Työvoima” → Työvoima (11ra.csv)",
        "”Työttömät (työnhakijat)” → Työttömät (11ra.csv)",
      ]),
    );
    expect(screen.getByText("Muiden kuntien rivejä ohitettu: 3")).toBeInTheDocument();
    expect(screen.getByText("Koko maan ja alueiden summarivejä ohitettu: 1")).toBeInTheDocument();
    const year = screen.getByRole("combobox", { name: "Tilastovuosi" });
    expect(
      within(year)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["2024", "2023"]);
    await userEvent.setup().selectOptions(year, "2023");
    expect(onYear).toHaveBeenCalledWith("2023");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("names a missing member as an error, announced at once", () => {
    const keravaOnly = pxwebLong("11ra", ["2024"], [["KU245 Kerava", "Työvoima", 18875]]);
    const source = readFiles([{ name: "kerava.csv", bytes: keravaOnly }], { mapping: {} }, keravaSipoo, "sv");
    show(source, keravaSipoo, "sv");
    expect(screen.getByRole("status")).toHaveTextContent("1/2 medlemskommuner hittade");
    expect(screen.getByRole("alert")).toHaveTextContent("Medlemskommuner som saknas: Sibbo");
  });

  it("offers a dropdown for an unrecognised variable: a field or ignore", async () => {
    const withTaxes = pxwebLong(
      "omat",
      ["2024"],
      [
        ["KU245 Kerava", "Työvoima", 18875],
        ["KU245 Kerava", "Kunnallisvero", 150],
        ["KU753 Sipoo", "Työvoima", 11691],
        ["KU753 Sipoo", "Kunnallisvero", 90],
      ],
    );
    const files = [{ name: "omat.csv", bytes: withTaxes }];
    const { onMap } = show(readFiles(files, { mapping: {} }, keravaSipoo, "en"), keravaSipoo, "en");
    const group = screen.getByRole("group", { name: "Unrecognised variables" });
    const dropdown = within(group).getByRole("combobox", { name: /'Kunnallisvero' \(omat\.csv, line \d+\)/ });
    expect(dropdown).toHaveValue("");
    expect(
      within(dropdown)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(expect.arrayContaining(["Choose…", "Ignore", "Residents", "Labour force"]));
    // Until then it keeps the files from being used: said as an error.
    expect(screen.getByRole("alert")).toHaveTextContent("Kunnallisvero");
    await userEvent.setup().selectOptions(dropdown, "ignore");
    expect(onMap).toHaveBeenCalledWith("Kunnallisvero", "ignore");
  });

  it("keeps a mapped variable's dropdown, showing the choice, so it can be changed back", () => {
    const withTaxes = pxwebLong(
      "omat",
      ["2024"],
      [
        ["KU245 Kerava", "Työvoima", 18875],
        ["KU245 Kerava", "Kunnallisvero", 150],
      ],
    );
    const files = [{ name: "omat.csv", bytes: withTaxes }];
    show(readFiles(files, { mapping: { Kunnallisvero: "stateShare" } }, null, "fi"), null, "fi");
    expect(screen.getByRole("combobox", { name: "Kunnallisvero" })).toHaveValue("stateShare");
    expect(screen.getByRole("status")).toHaveTextContent("jäsenkuntia löytyi 1/1");
  });

  it("shows a file that cannot be read as an error naming the problem", () => {
    const source = readFiles(
      [{ name: "tyhja.csv", bytes: new Uint8Array() }],
      { mapping: {} },
      keravaSipoo,
      "fi",
    );
    show(source, keravaSipoo);
    expect(screen.getByRole("status")).toHaveTextContent("Tiedostoja ei voitu käyttää");
    expect(screen.getByRole("alert")).toHaveTextContent(/Tiedostoissa on korjattavaa.*tyhja\.csv/);
  });
});
