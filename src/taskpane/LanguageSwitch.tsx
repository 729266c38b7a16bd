import { Label, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { LANGS, isLang, type Lang } from "../i18n/lang";
import { LANGUAGE_NAMES } from "../i18n/ui";
import { useLang } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface LanguageSwitchProps {
  readonly onChange: (lang: Lang) => void;
}

/** Follows Office's display language by default; the user may still choose another. */
export function LanguageSwitch({ onChange }: LanguageSwitchProps) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.root}>
      <Label htmlFor={id}>{t.languageLabel}</Label>
      <Select
        id={id}
        value={lang}
        onChange={(_, data) => {
          if (isLang(data.value)) onChange(data.value);
        }}
      >
        {LANGS.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </Select>
    </div>
  );
}
