/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
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
    expect(screen.getByRole("alert").textContent).toContain("Ett oväntat fel inträffade i panelen: rikki.");
    expect(screen.getByRole("button", { name: "Ladda om panelen" })).toBeTruthy();
  });

  it("renders its children when nothing fails", () => {
    render(
      <ErrorBoundary lang="fi">
        <p>Työllisyysalue</p>
      </ErrorBoundary>,
    );
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByText("Työllisyysalue")).toBeTruthy();
  });
});
