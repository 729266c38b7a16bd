import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
  type TextareaProps,
} from "@fluentui/react-components";
import type { ComponentType, ReactNode } from "react";
import type { UiStrings } from "../i18n/ui";
import { useLang } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  help: { margin: 0, color: tokens.colorNeutralForeground3 },
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  status: { color: tokens.colorNeutralForeground2, whiteSpace: "pre-line" },
  textarea: { width: "100%" },
  // A sample's long name must not widen a 320 px pane: the dropdown fits and cuts the text.
  select: { width: "100%", maxWidth: "100%", minWidth: 0 },
  selectControl: { minWidth: 0, textOverflow: "ellipsis" },
});

export type SourceKind = "selection" | "file" | "csv" | "sample";

/** What reading a source gave; worded at render time, so a language switch rewords it too. */
export type ReadStatus =
  | { readonly state: "idle" }
  | { readonly state: "reading" }
  | { readonly state: "read" | "failed"; readonly text: (t: UiStrings) => string };

export interface SourceSectionProps {
  readonly source: SourceKind;
  readonly onSource: (source: SourceKind) => void;
  /** Outside Excel there is no selection to read. */
  readonly selectionAvailable: boolean;
  readonly samples: readonly { readonly id: string; readonly label: string }[];
  readonly sampleId: string;
  readonly onSample: (id: string) => void;
  /**
   * The employment-area chooser and the Statistics Finland file opener with its recognition
   * summary: they come with the engine chunk (the classification and the reader live there).
   */
  readonly areaChooser?: ReactNode;
  readonly fileSource?: ReactNode;
  readonly onUseSelection: () => void;
  readonly selectionStatus: ReadStatus;
  readonly csvText: string;
  /**
   * Fluent's text area, which comes with the engine chunk (the CSV reader it feeds lives there too);
   * a plain text area stands in for the moment before it arrives.
   */
  readonly CsvTextarea?: ComponentType<TextareaProps>;
  readonly onCsvText: (text: string) => void;
  readonly onReadCsv: () => void;
  readonly csvStatus: ReadStatus;
  /** The column mapping, when the figures came from a range or CSV. */
  readonly mapping?: ReactNode;
  /** "2 municipalities, total labour force 30 566", once something has been read. */
  readonly summary?: string;
  /** Rows left out on purpose (total rows of a selection), one line each. */
  readonly notices?: readonly string[];
}

function StatusLine({ status }: { readonly status: ReadStatus }) {
  const { t } = useLang();
  const styles = useStyles();
  if (status.state === "idle") return null;
  if (status.state === "reading") return <Spinner size="tiny" label={t.readingSelection} />;
  return <Text className={styles.status}>{status.text(t)}</Text>;
}

/** Where the municipalities' figures come from: the selected range, pasted CSV or a sample. */
export function SourceSection(props: SourceSectionProps) {
  const { t } = useLang();
  const styles = useStyles();
  const { source } = props;
  return (
    <div className={styles.root}>
      <Field label={t.sourceLabel}>
        <RadioGroup value={source} onChange={(_, data) => props.onSource(data.value as SourceKind)}>
          {props.selectionAvailable && <Radio value="selection" label={t.sourceSelection} />}
          <Radio value="file" label={t.sourceFile} />
          <Radio value="csv" label={t.sourceCsv} />
          <Radio value="sample" label={t.sourceSample} />
        </RadioGroup>
      </Field>

      {source !== "sample" && (props.areaChooser ?? <Spinner size="tiny" />)}

      {source === "file" && (props.fileSource ?? <Spinner size="tiny" />)}

      {source === "selection" && (
        <>
          <p className={styles.help}>{t.selectionHelp}</p>
          <div className={styles.row}>
            <Button
              appearance="primary"
              onClick={props.onUseSelection}
              disabled={props.selectionStatus.state === "reading"}
            >
              {t.useSelection}
            </Button>
            <StatusLine status={props.selectionStatus} />
          </div>
        </>
      )}

      {source === "csv" && (
        <>
          <Field label={t.csvLabel} hint={t.csvHelp}>
            {props.CsvTextarea ? (
              <props.CsvTextarea
                className={styles.textarea}
                value={props.csvText}
                resize="vertical"
                rows={6}
                onChange={(_, data) => props.onCsvText(data.value)}
              />
            ) : (
              <textarea
                className={styles.textarea}
                aria-label={t.csvLabel}
                value={props.csvText}
                rows={6}
                onChange={(event) => props.onCsvText(event.target.value)}
              />
            )}
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" onClick={props.onReadCsv} disabled={props.csvText.trim() === ""}>
              {t.readCsv}
            </Button>
            <StatusLine status={props.csvStatus} />
          </div>
        </>
      )}

      {source === "sample" && (
        <Field label={t.sampleLabel}>
          <Select
            className={styles.select}
            select={{ className: styles.selectControl }}
            value={props.sampleId}
            onChange={(_, data) => props.onSample(data.value)}
          >
            {props.samples.map((sample) => (
              <option key={sample.id} value={sample.id}>
                {sample.label}
              </option>
            ))}
          </Select>
        </Field>
      )}

      {source !== "sample" && props.mapping}
      {props.summary && <Text weight="semibold">{props.summary}</Text>}
      {props.notices && props.notices.length > 0 && (
        <Text className={styles.status} role="status">
          {props.notices.join("\n")}
        </Text>
      )}
    </div>
  );
}
