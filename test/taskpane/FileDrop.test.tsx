/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { FileBytes } from "../../src/taskpane/fileSource";
import { FileDrop } from "../../src/taskpane/FileDrop";

/** Opening Statistics Finland files: the picker (by button, so by keyboard too) and drag-and-drop. */

/** "Väkiluku" in Windows-1252, as PxWeb writes it: the bytes must reach the reader untouched. */
const CP1252 = Uint8Array.from([0x22, 0x56, 0xe4, 0x6b, 0x69, 0x6c, 0x75, 0x6b, 0x75, 0x22, 0x0d, 0x0a]);
const file = (name: string, bytes: Uint8Array) =>
  new File([bytes.slice().buffer as ArrayBuffer], name, { type: "text/csv" });

function renderDrop(fileNames: string[] = []) {
  const onFiles = jest.fn<void, [FileBytes[]]>();
  const onClear = jest.fn();
  render(<FileDrop fileNames={fileNames} onFiles={onFiles} onClear={onClear} />);
  return { onFiles, onClear };
}

const bytesOf = (read: FileBytes) => Array.from(read.bytes);

describe("FileDrop", () => {
  it("is a labelled group whose button opens the file picker from the keyboard", async () => {
    renderDrop();
    expect(screen.getByRole("group", { name: "Tilastokeskuksen tiedostot" })).toHaveAccessibleDescription(
      /11ra, 11re, 115b, 12r5/,
    );
    const picker = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!picker) throw new Error("no file input");
    expect(picker).toHaveAttribute("multiple");
    const opened = jest.spyOn(picker, "click");
    const user = userEvent.setup();
    await user.tab();
    const button = screen.getByRole("button", { name: "Valitse tiedostot…" });
    expect(button).toHaveFocus();
    expect(button).toHaveAccessibleDescription("tai pudota tiedostot tähän");
    await user.keyboard("{Enter}");
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it("hands the chosen files' bytes over as they are, several at once", async () => {
    const { onFiles } = renderDrop();
    const picker = document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
    const second = Uint8Array.from([0x31, 0x32]);
    await userEvent.setup().upload(picker, [file("11ra.csv", CP1252), file("12r5.csv", second)]);
    await waitFor(() => expect(onFiles).toHaveBeenCalledTimes(1));
    const [read] = onFiles.mock.calls[0] as [FileBytes[]];
    expect(read.map((f) => f.name)).toEqual(["11ra.csv", "12r5.csv"]);
    expect(read.map(bytesOf)).toEqual([Array.from(CP1252), Array.from(second)]);
  });

  it("takes files dropped on the zone, and shows the zone ready while they are dragged over it", async () => {
    const { onFiles } = renderDrop();
    const zone = screen.getByTestId("file-drop");
    fireEvent.dragEnter(zone, { dataTransfer: { files: [], dropEffect: "none" } });
    expect(screen.getByText("Pudota tiedostot")).toBeInTheDocument();
    fireEvent.drop(zone, { dataTransfer: { files: [file("115b.csv", CP1252)] } });
    await waitFor(() => expect(onFiles).toHaveBeenCalledTimes(1));
    const [read] = onFiles.mock.calls[0] as [FileBytes[]];
    expect(read.map((f) => f.name)).toEqual(["115b.csv"]);
    expect(read.map(bytesOf)).toEqual([Array.from(CP1252)]);
    expect(screen.getByText("tai pudota tiedostot tähän")).toBeInTheDocument();
  });

  it("names the files read so far and removes them on request", async () => {
    const { onClear } = renderDrop(["11ra.csv", "12r5.csv"]);
    expect(screen.getByText("Tiedostot: 11ra.csv, 12r5.csv")).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("button", { name: "Poista tiedostot" }));
    expect(onClear).toHaveBeenCalledTimes(1);
  });
});
