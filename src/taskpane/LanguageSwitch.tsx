import { Field, Select, makeStyles } from "@fluentui/react-components";
import { LANGS, isLang, type Lang } from "../i18n/lang";
import { LANGUAGE_NAMES } from "../i18n/ui";
import { useLang } from "./strings";

const useStyles = makeStyles({
  root: { minWidth: "8rem" },
});

export interface LanguageSwitchProps {
  readonly onChange: (lang: Lang) => void;
}

/** Follows Office's display language by default; the user may still choose another. */
export function LanguageSwitch({ onChange }: LanguageSwitchProps) {
  const { lang, t } = useLang();
  const styles = useStyles();
  return (
    <Field label={t.languageLabel} className={styles.root} orientation="horizontal">
      <Select
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
    </Field>
  );
}
