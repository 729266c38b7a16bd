import { Field, ProgressBar } from "@fluentui/react-components";
import type { Progress } from "../sheets/target";
import { useLang } from "./strings";

export type Step = Parameters<Progress>[1];

export interface ProgressViewProps {
  readonly fraction: number;
  readonly step: Step;
}

/** How far the writing has got; announced to screen readers by the live region around it. */
export function ProgressView({ fraction, step }: ProgressViewProps) {
  const { t } = useLang();
  return (
    <Field label={t.progressLabel} hint={t.steps[step]}>
      <ProgressBar value={Math.max(0, Math.min(1, fraction))} max={1} thickness="large" />
    </Field>
  );
}
