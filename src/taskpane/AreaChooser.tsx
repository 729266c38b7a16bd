import { Caption1, Combobox, Field, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Area } from "../domain/areas";
import { foldName } from "../domain/members";
import { areaSourceStrings } from "../i18n/areaSource";
import { areaName, memberLabel } from "./areaMembers";
import { useLang } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // A long area name must not widen a 320 px pane.
  combobox: { width: "100%", maxWidth: "100%", minWidth: 0 },
  count: { color: tokens.colorNeutralForeground3, marginInlineStart: tokens.spacingHorizontalS },
  members: { color: tokens.colorNeutralForeground2 },
  source: { color: tokens.colorNeutralForeground3 },
});

export interface AreaChooserProps {
  /** The employment areas of the official classification. */
  readonly areas: readonly Area[];
  /** The chosen area, or null for the user's own selection of municipalities. */
  readonly value: Area | null;
  readonly onChange: (area: Area | null) => void;
}

const OWN = "own";
const NO_MATCH = "none";

/** Does the area match what the user typed, in any of its three names? */
const matches = (area: Area, query: string): boolean =>
  [area.fi, area.sv, area.en].some((name) => foldName(name).includes(query));

/**
 * "Työllisyysalue": a searchable list of the official employment areas (names in the pane's
 * language, any language matches), each with its member count, and the user's own selection of
 * municipalities. The chosen area's members are listed below with their codes, and the source line
 * the classification's licence asks for.
 */
export function AreaChooser({ areas, value, onChange }: AreaChooserProps) {
  const { lang } = useLang();
  const s = areaSourceStrings[lang];
  const styles = useStyles();
  // The user's own selection shows as an empty search box, said in words below it.
  const chosenText = value ? areaName(lang, value) : "";
  // What the user types to search; null while the box shows the chosen option's text.
  const [query, setQuery] = useState<string | null>(null);
  const folded = foldName(query ?? "");
  const shown = useMemo(
    () => (folded === "" ? areas : areas.filter((area) => matches(area, folded))),
    [areas, folded],
  );

  return (
    <div className={styles.root}>
      <Field label={s.areaLabel} hint={s.areaHint}>
        <Combobox
          className={styles.combobox}
          placeholder={s.areaPlaceholder}
          value={query ?? chosenText}
          selectedOptions={[value ? String(value.code) : OWN]}
          onChange={(event) => setQuery(event.target.value)}
          // Typing replaces the chosen name rather than adding to it.
          onFocus={(event) => event.target.select()}
          onOptionSelect={(_, data) => {
            // Typing clears Fluent's own selection; the choice stands until another option is picked.
            if (data.optionValue === undefined || data.optionValue === NO_MATCH) return;
            setQuery(null);
            onChange(areas.find((area) => String(area.code) === data.optionValue) ?? null);
          }}
          onOpenChange={(_, data) => {
            if (!data.open) setQuery(null);
          }}
        >
          <Option value={OWN} text={s.ownSelection}>
            {s.ownSelection}
          </Option>
          {shown.map((area) => {
            const name = areaName(lang, area);
            return (
              <Option key={area.code} value={String(area.code)} text={name}>
                {name}
                <span className={styles.count}>{s.memberCount(area.members.length)}</span>
              </Option>
            );
          })}
          {shown.length === 0 && (
            <Option value={NO_MATCH} text={s.noAreaMatch} disabled>
              {s.noAreaMatch}
            </Option>
          )}
        </Combobox>
      </Field>
      {value ? (
        <Text className={styles.members} size={200}>
          {s.membersOf(value.members.length)}{" "}
          {value.members.map((member) => memberLabel(lang, member)).join(", ")}
        </Text>
      ) : (
        <Text className={styles.members} size={200}>
          {s.ownSelectionHelp}
        </Text>
      )}
      <Caption1 className={styles.source}>{s.sourceLine}</Caption1>
    </div>
  );
}
