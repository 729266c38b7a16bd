import { screen, within } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";

/**
 * Moves the pane to step `n` (1 source, 2 parameters, 3 sheets and generate, 4 result) through its
 * list of steps, as a user clicks it, and checks the step is then the current one.
 */
export async function goToStep(user: ReturnType<typeof userEvent.setup>, n: 1 | 2 | 3 | 4): Promise<void> {
  const steps = within(screen.getByRole("navigation")).getAllByRole("button");
  await user.click(steps[n - 1] as HTMLElement);
  expect(steps[n - 1]).toHaveAttribute("aria-current", "step");
}
