import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useLang } from "./strings";

/**
 * The pane as steps (source → parameters → sheets → result), one on screen at a time, so that on a
 * 320–450 px pane the next action is never thousands of pixels down: a list of the steps on top
 * (an ordered list, the current one `aria-current="step"`), and Back/Next kept in view at the
 * bottom of the pane.
 */

export const STEP_KEYS = ["source", "parameters", "sheets", "result"] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export interface StepInfo {
  readonly key: StepKey;
  readonly label: string;
  /** How many of the problems that block generating are fixed in this step. */
  readonly problems: number;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    // Two by two in a narrow pane, one row when there is room.
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    "@media (min-width: 40rem)": { gridTemplateColumns: "repeat(4, minmax(0, 1fr))" },
    gap: tokens.spacingHorizontalXS,
  },
  step: {
    width: "100%",
    height: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: 0,
    paddingInline: tokens.spacingHorizontalXS,
  },
  current: {
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    color: tokens.colorBrandForeground1,
    ":hover": { borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  },
  label: { display: "flex", flexDirection: "column" },
  problems: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  // Stays in view at the bottom of the pane however long the step is.
  buttons: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  next: { marginInlineStart: "auto" },
});

export interface StepListProps {
  readonly steps: readonly StepInfo[];
  readonly current: StepKey;
  readonly onSelect: (step: StepKey) => void;
}

/** Where the user is, and a way to any other step. */
export function StepList({ steps, current, onSelect }: StepListProps) {
  const { t } = useLang();
  const styles = useStyles();
  return (
    <nav aria-label={t.stepsLabel}>
      <ol className={styles.list}>
        {steps.map((step) => (
          <li key={step.key}>
            <Button
              appearance="transparent"
              className={mergeClasses(styles.step, step.key === current && styles.current)}
              aria-current={step.key === current ? "step" : undefined}
              onClick={() => onSelect(step.key)}
            >
              <span className={styles.label}>
                {step.label}
                {step.problems > 0 && (
                  <span className={styles.problems}>{t.stepProblems(step.problems)}</span>
                )}
              </span>
            </Button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export interface StepButtonsProps {
  readonly previous?: StepInfo;
  readonly next?: StepInfo;
  readonly onSelect: (step: StepKey) => void;
}

/** Back and Next, naming the step each leads to. */
export function StepButtons({ previous, next, onSelect }: StepButtonsProps) {
  const { t } = useLang();
  const styles = useStyles();
  return (
    <div className={styles.buttons}>
      {previous && <Button onClick={() => onSelect(previous.key)}>{t.previousStep(previous.label)}</Button>}
      {next && (
        <Button appearance="primary" className={styles.next} onClick={() => onSelect(next.key)}>
          {t.nextStep(next.label)}
        </Button>
      )}
    </div>
  );
}
