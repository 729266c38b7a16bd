import { Label, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { LANGS, isLang, type Lang } from "../i18n/lang";
import { loadLanguage } from "../i18n/languages";
import { LANGUAGE_NAMES } from "../i18n/ui";
import { useLang } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface LanguageSwitchProps {
  readonly onChange: (lang: Lang) => void;
}

/** Loads the other languages' catalogs as soon as the user comes near the switch. */
const prefetch = () => {
  for (const code of LANGS) loadLanguage(code).catch(() => undefined);
};

/** Starts in the language initialLanguage chose (language.ts); the user may choose another. */
export function LanguageSwitch({ onChange }: LanguageSwitchProps) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.root} onFocus={prefetch} onPointerEnter={prefetch}>
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
