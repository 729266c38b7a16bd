import { makeStyles, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  description: { margin: 0, color: tokens.colorNeutralForeground3 },
});

export interface SectionProps {
  readonly heading: string;
  readonly description?: string;
  readonly children: ReactNode;
}

/** A step of the pane: a labelled region, so screen-reader users can jump between steps. */
export function Section({ heading, description, children }: SectionProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.root} aria-labelledby={id}>
      {/* Focused when the user moves to its step, so that a screen reader reads where they are. */}
      <h2 id={id} className={styles.heading} tabIndex={-1}>
        {heading}
      </h2>
      {description && <p className={styles.description}>{description}</p>}
      {children}
    </section>
  );
}
