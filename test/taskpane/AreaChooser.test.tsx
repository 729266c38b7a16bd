/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { AREAS, findArea, type Area } from "../../src/domain/areas";
import type { Lang } from "../../src/i18n/lang";
import { AreaChooser } from "../../src/taskpane/AreaChooser";
import { LangProvider, langValue } from "../../src/taskpane/strings";

/** The "Työllisyysalue" chooser over the official classification, as a user searches and picks. */

function area(name: string): Area {
  const found = findArea(name);
  if (!found) throw new Error(`no area ${name}`);
  return found;
}

/** The chooser as the pane holds it: the chosen area kept by the parent, every choice recorded. */
function Chooser({ lang, chosen }: { readonly lang: Lang; readonly chosen: (Area | null)[] }) {
  const [value, setValue] = useState<Area | null>(null);
  return (
    <LangProvider value={langValue(lang)}>
      <AreaChooser
        areas={AREAS}
        value={value}
        onChange={(next) => {
          chosen.push(next);
          setValue(next);
        }}
      />
    </LangProvider>
  );
}

describe("AreaChooser", () => {
  it("lists every mainland area with its member count, and the user's own selection first", async () => {
    render(<Chooser lang="fi" chosen={[]} />);
    await userEvent.setup().click(screen.getByRole("combobox", { name: /Työllisyysalue/ }));
    const options = screen.getAllByRole("option");
    expect(options).toHaveLength(AREAS.length + 1);
    expect(options[0]).toHaveTextContent("Oma kuntavalinta");
    const pks = area("Pohjoinen Keski-Suomi");
    expect(screen.getByRole("option", { name: /^Pohjoinen Keski-Suomi/ })).toHaveTextContent(
      `${pks.members.length} kuntaa`,
    );
    // The classification's licence: the source is named beside the list.
    expect(screen.getByText("Lähde: Tilastokeskus")).toBeInTheDocument();
  });

  it("finds an area by typing part of its name and, chosen with the keyboard, lists its members with their codes", async () => {
    const chosen: (Area | null)[] = [];
    render(<Chooser lang="fi" chosen={chosen} />);
    const user = userEvent.setup();
    const box = screen.getByRole("combobox", { name: /Työllisyysalue/ });
    await user.type(box, "sipo");
    const listbox = screen.getByRole("listbox");
    expect(
      within(listbox)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Oma kuntavalinta", "Kerava-Sipoo2 kuntaa"]);
    await user.keyboard("{ArrowDown}{Enter}");
    expect(chosen).toEqual([area("Kerava-Sipoo")]);
    expect(box).toHaveValue("Kerava-Sipoo");
    expect(screen.getByText(/Jäsenkunnat \(2\):/)).toHaveTextContent("Kerava (245), Sipoo (753)");
  });

  it("shows names in Swedish for a Swedish user, who may search in any of the three languages", async () => {
    const chosen: (Area | null)[] = [];
    render(<Chooser lang="sv" chosen={chosen} />);
    const user = userEvent.setup();
    const box = screen.getByRole("combobox", { name: /Sysselsättningsområde/ });
    await user.type(box, "Keski-Suomi");
    await user.click(screen.getByRole("option", { name: /^Norra Mellersta Finland/ }));
    const pks = area("Pohjoinen Keski-Suomi");
    expect(chosen).toEqual([pks]);
    expect(box).toHaveValue(pks.sv);
    const members = screen.getByText(/Medlemskommuner \(13\):/);
    for (const member of pks.members) expect(members).toHaveTextContent(`${member.sv} (${member.code})`);
    expect(screen.getByText("Källa: Statistikcentralen")).toBeInTheDocument();
  });

  it("says so when nothing matches, and goes back to the user's own selection when chosen", async () => {
    const chosen: (Area | null)[] = [];
    render(<Chooser lang="en" chosen={chosen} />);
    const user = userEvent.setup();
    const box = screen.getByRole("combobox", { name: /Employment area/ });
    await user.type(box, "kymppi");
    await user.click(screen.getByRole("option", { name: /^Kymppi/ }));
    await user.clear(box);
    await user.type(box, "zzz");
    expect(screen.getByRole("option", { name: "No matches" })).toHaveAttribute("aria-disabled", "true");
    await user.clear(box);
    await user.click(screen.getByRole("option", { name: "Own selection of municipalities" }));
    expect(chosen).toEqual([area("Kymppi"), null]);
    expect(screen.getByText("Source: Statistics Finland")).toBeInTheDocument();
  });
});
