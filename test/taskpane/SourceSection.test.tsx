/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SourceSection, type SourceSectionProps } from "../../src/taskpane/SourceSection";

const props = (overrides: Partial<SourceSectionProps>): SourceSectionProps => ({
  source: "csv",
  onSource: () => undefined,
  selectionAvailable: false,
  samples: [],
  sampleId: "",
  onSample: () => undefined,
  onUseSelection: () => undefined,
  selectionStatus: { state: "idle" },
  csvText: "",
  onCsvText: () => undefined,
  onReadCsv: () => undefined,
  csvStatus: { state: "idle" },
  ...overrides,
});

describe("SourceSection", () => {
  it("takes pasted CSV in a plain labelled text area before the engine chunk brings Fluent's", async () => {
    const onCsvText = jest.fn();
    render(<SourceSection {...props({ onCsvText })} />);
    const box = screen.getByRole("textbox", { name: /Liitä CSV/ });
    expect(box.tagName).toBe("TEXTAREA");
    await userEvent.setup().type(box, "K");
    expect(onCsvText).toHaveBeenCalledWith("K");
  });
});
