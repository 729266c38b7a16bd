import {
  Button,
  Label,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useId, useRef, useState, type DragEvent } from "react";
import { areaSourceStrings } from "../i18n/areaSource";
import { errorText } from "./errorText";
import type { FileBytes } from "./fileSource";
import { useLang } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  help: { color: tokens.colorNeutralForeground3 },
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  active: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
  names: { color: tokens.colorNeutralForeground2, wordBreak: "break-word" },
});

export interface FileDropProps {
  /** The files read so far; new ones are added to them (population from 11ra, unemployed from 12r5). */
  readonly fileNames: readonly string[];
  readonly onFiles: (files: FileBytes[]) => void;
  readonly onClear: () => void;
  /** Shown while the files are being read. */
  readonly busy?: boolean;
}

/** A file's bytes, as the reader takes them (it decodes Windows-1252, UTF-8 and UTF-16 itself). */
export const fileBytes = (file: File): Promise<FileBytes> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name, bytes: new Uint8Array(reader.result as ArrayBuffer) });
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsArrayBuffer(file);
  });

/**
 * Opening Statistics Finland files: a button that opens the file picker (the keyboard's way) and a
 * zone the files can be dropped on. Several files may be chosen or dropped at once or one after
 * another; they are read together.
 */
export function FileDrop({ fileNames, onFiles, onClear, busy = false }: FileDropProps) {
  const { lang } = useLang();
  const s = areaSourceStrings[lang];
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const labelId = useId();
  const helpId = useId();
  const hintId = useId();
  const [active, setActive] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();

  const take = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    setFailure(undefined);
    const read: FileBytes[] = [];
    for (const file of files) {
      try {
        read.push(await fileBytes(file));
      } catch (error) {
        setFailure(s.fileUnreadable(file.name, errorText(error) ?? ""));
        return;
      }
    }
    onFiles(read);
  };
  const over = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setActive(true);
  };

  return (
    <div className={styles.root} role="group" aria-labelledby={labelId} aria-describedby={helpId}>
      <Label id={labelId} weight="semibold">
        {s.fileLabel}
      </Label>
      <Text id={helpId} className={styles.help} size={200}>
        {s.fileHelp}
      </Text>
      <div
        className={mergeClasses(styles.zone, active && styles.active)}
        data-testid="file-drop"
        onDragEnter={over}
        onDragOver={over}
        onDragLeave={() => setActive(false)}
        onDrop={(event) => {
          event.preventDefault();
          setActive(false);
          void take(event.dataTransfer.files);
        }}
      >
        <div className={styles.row}>
          <Button
            appearance="primary"
            onClick={() => input.current?.click()}
            aria-describedby={hintId}
            disabled={busy}
          >
            {s.chooseFiles}
          </Button>
          <Text id={hintId}>{active ? s.dropActive : s.dropHere}</Text>
          {busy && <Spinner size="tiny" label={s.readingFiles} />}
        </div>
        {fileNames.length > 0 && (
          <div className={styles.row}>
            <Text className={styles.names}>{s.filesChosen(fileNames.join(", "))}</Text>
            <Button appearance="subtle" size="small" onClick={onClear}>
              {s.clearFiles}
            </Button>
          </div>
        )}
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          tabIndex={-1}
          aria-hidden
          aria-label={s.chooseFiles}
          onChange={(event) => {
            void take(event.target.files);
            // The same file chosen again (after fixing it) is read again.
            event.target.value = "";
          }}
        />
      </div>
      {failure && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
