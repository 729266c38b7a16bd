import type { Page } from "playwright-core";

/** Moves the pane to step `n` (1 source, 2 parameters, 3 sheets, 4 result) through its list of steps. */
export async function goToStep(page: Page, n: 1 | 2 | 3 | 4): Promise<void> {
  const step = page
    .getByRole("navigation")
    .getByRole("listitem")
    .nth(n - 1)
    .getByRole("button");
  await step.click();
  await page.waitForFunction(
    (index) => document.querySelectorAll("nav li button")[index]?.getAttribute("aria-current") === "step",
    n - 1,
  );
}
