/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import { ErrorBoundary } from "../../src/taskpane/ErrorBoundary";

function Broken(): never {
  throw new Error("rikki");
}

describe("ErrorBoundary", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("shows a rendering bug plainly, in the pane's language, with a way to reload", () => {
    render(
      <ErrorBoundary lang="sv">
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Ett oväntat fel inträffade i panelen: rikki.");
    expect(within(alert).getByRole("button", { name: "Ladda om panelen" })).toBeEnabled();
  });

  it("renders its children when nothing fails", () => {
    render(
      <ErrorBoundary lang="fi">
        <p>Työllisyysalue</p>
      </ErrorBoundary>,
    );
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByText("Työllisyysalue")).toBeInTheDocument();
  });
});
