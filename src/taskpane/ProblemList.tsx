import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useLang } from "./strings";
import type { ProblemPlace } from "./validation";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: "1.25rem" },
  // A problem that can be shown reads as a link to the step and field where it is fixed.
  link: {
    padding: 0,
    border: "none",
    background: "none",
    font: "inherit",
    textAlign: "start",
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    cursor: "pointer",
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
  },
});

export interface ProblemListProps {
  readonly problems: readonly string[];
  /** Where each problem is fixed; an item with a place leads there. */
  readonly places?: readonly (ProblemPlace | undefined)[];
  readonly onShow?: (place: ProblemPlace) => void;
}

/** Everything to fix before generating, each naming its cell, column or field. */
export function ProblemList({ problems, places = [], onShow }: ProblemListProps) {
  const { t } = useLang();
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.problemsHeading}</MessageBarTitle>
        <ul className={styles.list}>
          {problems.map((problem, index) => {
            const place = places[index];
            return (
              <li key={index}>
                {place && onShow ? (
                  <button type="button" className={styles.link} onClick={() => onShow(place)}>
                    {problem}
                  </button>
                ) : (
                  problem
                )}
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
