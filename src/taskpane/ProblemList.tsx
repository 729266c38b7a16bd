import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import { useLang } from "./strings";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: "1.25rem" },
});

export interface ProblemListProps {
  readonly problems: readonly string[];
}

/** Everything to fix before generating, each naming its cell, column or field. */
export function ProblemList({ problems }: ProblemListProps) {
  const { t } = useLang();
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.problemsHeading}</MessageBarTitle>
        <ul className={styles.list}>
          {problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
