import { Link, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Ref } from "react";
import type { GenerationResult } from "../sheets/target";
import { useLang } from "./strings";

const useStyles = makeStyles({
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    outline: "none",
  },
  text: { margin: `${tokens.spacingVerticalXS} 0 0` },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: "1.25rem" },
});

export interface ResultPanelProps {
  /** Receives focus when a generation ends, so keyboard and screen-reader users land on the outcome. */
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly result?: GenerationResult;
  readonly fileName?: string;
  readonly error?: string;
  /** Inside Excel: brings a new sheet to the front. */
  readonly onOpenSheet?: (name: string) => void;
}

export function ResultPanel({ headingRef, result, fileName, error, onOpenSheet }: ResultPanelProps) {
  const { t } = useLang();
  const styles = useStyles();
  return (
    <MessageBar intent={error ? "error" : "success"} layout="multiline">
      <MessageBarBody>
        <h2 ref={headingRef} tabIndex={-1} className={styles.heading}>
          {t.resultHeading}
        </h2>
        {error && <p className={styles.text}>{error}</p>}
        {fileName && <p className={styles.text}>{t.downloadReady(fileName)}</p>}
        {result && (
          <>
            <p className={styles.text}>{t.newSheets}:</p>
            <ul className={styles.list}>
              {result.sheets.map((sheet) => (
                <li key={sheet.key}>
                  {onOpenSheet ? (
                    <Link
                      as="button"
                      aria-label={t.openSheet(sheet.name)}
                      onClick={() => onOpenSheet(sheet.name)}
                    >
                      {sheet.name}
                    </Link>
                  ) : (
                    sheet.name
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
