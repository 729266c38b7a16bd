import {
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { findMunicipality, type Area } from "../domain/areas";
import { COLUMN_FIELDS, TEXT_FIELDS, type ColumnField } from "../domain/members";
import type { FigureField } from "../domain/statfin";
import { areaSourceStrings } from "../i18n/areaSource";
import { issueLine, listProblems } from "../i18n/input";
import { sheetLabels } from "../i18n/sheetLabels";
import { memberName } from "./areaMembers";
import { useMappingStyles } from "./ColumnMapping";
import type { FileSource, VariableChoice } from "./fileSource";
import { useLang } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: "1.25rem" },
});

export interface StatFinSummaryProps {
  readonly source: FileSource;
  /** The chosen area, whose members the files were read for; null for the user's own selection. */
  readonly area: Area | null;
  readonly onYear: (year: string) => void;
  /** What an unrecognised variable holds; undefined takes the choice back. */
  readonly onMap: (label: string, choice: VariableChoice | undefined) => void;
}

const UNCHOSEN = "";

/** A variable holds figures: never a name or a municipality code. */
const isTextField = (field: ColumnField): boolean => (TEXT_FIELDS as readonly ColumnField[]).includes(field);

/**
 * What was recognised in the opened files, before anything is generated: each variable and the
 * field it fills, the year (a choice when the files hold several), the members found and missing,
 * the rows skipped; an unrecognised variable gets a dropdown to say what it holds. Problems are
 * errors; the one-line status is a live region, so a screen reader hears each new reading.
 */
export function StatFinSummary({ source, area, onYear, onMap }: StatFinSummaryProps) {
  const { lang } = useLang();
  const s = areaSourceStrings[lang];
  const styles = useStyles();
  const mappingStyles = useMappingStyles();
  const fields = sheetLabels[lang].fields;
  const { reading, choices } = source;
  const word = (issues: readonly Parameters<typeof issueLine>[1][]) =>
    listProblems(lang, issues, (issue) => issueLine(lang, issue));

  if (!reading.ok) {
    const problems = word(reading.error);
    return (
      <div className={styles.root}>
        <Text role="status">{s.failedStatus(reading.error.length)}</Text>
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{s.fileProblemsTitle}</MessageBarTitle>
            <ul className={styles.list}>
              {problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  }

  const value = reading.value;
  const year = value.year ?? "–";
  const memberCount = area ? area.members.length : value.municipalities.length;
  const found = area ? value.members.found : value.municipalities.length;
  // A variable the user has mapped stays in the list, so the choice can be changed back.
  const unrecognised = [
    ...value.unrecognised,
    ...Object.keys(choices.mapping)
      .filter((label) => !value.unrecognised.some((variable) => variable.label === label))
      .map((label) => ({ label, file: "", line: 0 })),
  ];
  // The counts and the missing members are said above; the lists give the rest.
  const shownAbove = new Set(["statfinMemberMissing", "statfinIgnoredRows", "statfinAggregateRows"]);
  const blocking = word(value.blocking.filter((issue) => !shownAbove.has(issue.problem.kind)));
  const missing = value.members.missing.map((name) => {
    const member = findMunicipality(name);
    return member ? memberName(lang, member) : name;
  });
  const notes = word(value.warnings.filter((issue) => !shownAbove.has(issue.problem.kind)));

  return (
    <div className={styles.root}>
      <h3 className={styles.heading}>{s.recognisedHeading}</h3>
      <Text role="status">{s.recognisedStatus(value.recognised.length, year, found, memberCount)}</Text>
      <ul className={styles.list}>
        {value.recognised.map((variable, index) => (
          <li key={index}>{s.variableRow(variable.label, fields[variable.field], variable.file)}</li>
        ))}
      </ul>

      {value.years.length > 1 ? (
        <Field label={s.yearLabel}>
          <Select value={year} onChange={(_, data) => onYear(data.value)}>
            {[...value.years].reverse().map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Text>{s.yearOnly(year)}</Text>
      )}

      <Text>{area ? s.membersFound(found, memberCount) : s.allRowsMembers(memberCount)}</Text>
      {value.ignoredRows > 0 && <Text>{s.ignoredRows(value.ignoredRows)}</Text>}
      {value.aggregateRows > 0 && <Text>{s.aggregateRows(value.aggregateRows)}</Text>}

      {(value.members.missing.length > 0 || blocking.length > 0) && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{s.fileProblemsTitle}</MessageBarTitle>
            <ul className={styles.list}>
              {value.members.missing.length > 0 && <li>{s.membersMissing(missing.join(", "))}</li>}
              {blocking.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {unrecognised.length > 0 && (
        <fieldset className={mappingStyles.root}>
          <legend className={mappingStyles.legend}>{s.unrecognisedHeading}</legend>
          <p className={mappingStyles.help}>{s.unrecognisedHelp}</p>
          {unrecognised.map((variable) => (
            <Field
              key={variable.label}
              label={
                variable.file === ""
                  ? variable.label
                  : s.unrecognisedVariable(variable.label, variable.file, variable.line)
              }
            >
              <Select
                value={choices.mapping[variable.label] ?? UNCHOSEN}
                onChange={(_, data) =>
                  onMap(variable.label, data.value === UNCHOSEN ? undefined : (data.value as VariableChoice))
                }
              >
                <option value={UNCHOSEN}>{s.chooseField}</option>
                <option value="ignore">{s.ignoreOption}</option>
                {COLUMN_FIELDS.filter((field): field is FigureField => !isTextField(field)).map((field) => (
                  <option key={field} value={field}>
                    {fields[field]}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </fieldset>
      )}

      {notes.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.fileNotesTitle}</MessageBarTitle>
            <ul className={styles.list}>
              {notes.map((note, index) => (
                <li key={index}>{note}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
