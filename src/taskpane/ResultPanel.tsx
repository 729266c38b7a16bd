import { Link, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Ref } from "react";
import { ExcelTargetError } from "../excel/errors";
import type { UiStrings } from "../i18n/ui";
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

/** A failed generation as the pane reports it: what went wrong, and what the user must clean up. */
export interface GenerationFailure {
  readonly message: string;
  /** Sheets and names a failed rollback left in the workbook; empty when it is as it was. */
  readonly leftBehind: readonly string[];
  /** The workbook could not be read afterwards: `leftBehind` is what may be left. */
  readonly unverified: boolean;
}

/**
 * Never claims the workbook is unchanged when it is not: a rollback that failed too leaves sheets
 * or names behind, and each is listed for the user to delete by hand.
 */
export function generationFailure(t: UiStrings, error: unknown): GenerationFailure {
  const reason = error instanceof Error ? error.message : typeof error === "string" ? error : t.unknownError;
  const left = error instanceof ExcelTargetError ? error.leftBehind : { sheets: [], names: [] };
  const unverified = error instanceof ExcelTargetError && error.leftBehind.unverified === true;
  const leftBehind = [...left.sheets.map(t.leftBehindSheet), ...left.names.map(t.leftBehindName)];
  return {
    message: leftBehind.length > 0 ? t.generateFailedLeftBehind(reason) : t.generateFailed(reason),
    leftBehind,
    unverified,
  };
}

export interface ResultPanelProps {
  /** Receives focus when a generation ends, so keyboard and screen-reader users land on the outcome. */
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly result?: GenerationResult;
  readonly fileName?: string;
  readonly error?: GenerationFailure;
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
        {error && <p className={styles.text}>{error.message}</p>}
        {error && error.leftBehind.length > 0 && (
          <>
            <p className={styles.text}>
              {error.unverified ? t.leftBehindUnverifiedHeading : t.leftBehindHeading}
            </p>
            <ul className={styles.list}>
              {error.leftBehind.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </>
        )}
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
