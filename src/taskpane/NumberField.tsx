import { Field, Input, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { parseNumberInput } from "./numberInput";
import { useLang } from "./strings";

const useStyles = makeStyles({
  input: { width: "100%", minWidth: 0 },
});

export interface NumberFieldProps {
  readonly label: string;
  /** The form field it is (FieldId), so that a problem in the list can lead to it. */
  readonly name?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly required?: boolean;
  /** A problem found by validating the whole input (e.g. "must be more than 0"). */
  readonly error?: string;
  readonly suffix?: string;
  /** Shown while empty: what an empty field stands for. */
  readonly placeholder?: string;
}

/**
 * A number typed as text, so that "0,5" and "0.5" both work; what cannot be read is said at once,
 * an empty required field only once the user has been in it (not while they are still reading).
 */
export function NumberField({
  label,
  name,
  value,
  onChange,
  hint,
  required,
  error,
  suffix,
  placeholder,
}: NumberFieldProps) {
  const { t } = useLang();
  const styles = useStyles();
  const [touched, setTouched] = useState(false);
  const parsed = parseNumberInput(value);
  const message =
    parsed.kind === "invalid"
      ? t.notANumber(parsed.text)
      : parsed.kind === "empty" && required
        ? touched
          ? t.required
          : undefined
        : error;
  return (
    <Field
      label={label}
      hint={hint}
      required={required}
      validationMessage={message}
      validationState={message ? "error" : "none"}
    >
      <Input
        className={styles.input}
        name={name}
        value={value}
        inputMode="decimal"
        autoComplete="off"
        contentAfter={suffix}
        placeholder={placeholder}
        onChange={(_, data) => onChange(data.value)}
        onBlur={() => setTouched(true)}
      />
    </Field>
  );
}
