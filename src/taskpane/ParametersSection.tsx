import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { MAX_PLANNING_YEARS, MIN_PLANNING_YEARS } from "../domain/budgetRules";
import type { Criterion } from "../domain/model";
import { annualPersonnelCost } from "../domain/personYears";
import { formatNumber } from "../i18n/format";
import { resizeBudget, weightSum, type FieldId, type FormState } from "./form";
import { parseNumberInput } from "./numberInput";
import { NumberField } from "./NumberField";
import { useLang } from "./strings";
import { WeightsEditor } from "./WeightsEditor";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(9rem, 1fr))",
    // Inputs line up even when one label wraps onto two lines.
    alignItems: "end",
    gap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  wide: { gridColumn: "1 / -1" },
  group: { margin: 0, padding: 0, border: "none", minWidth: 0 },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
  },
  subLegend: { padding: 0, marginBottom: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 },
  note: { margin: `${tokens.spacingVerticalXS} 0 0`, color: tokens.colorNeutralForeground3 },
});

/**
 * The Pohjoinen Keski-Suomi plan's example salary (docs/sources.md#personnel-cost), to show what
 * the two factors make of a monthly salary.
 */
const EXAMPLE_SALARY = 3600;
const PLANNING_YEAR_COUNTS = Array.from(
  { length: MAX_PLANNING_YEARS - MIN_PLANNING_YEARS + 1 },
  (_, i) => i + MIN_PLANNING_YEARS,
);

export interface ParametersSectionProps {
  readonly form: FormState;
  readonly onChange: (form: FormState) => void;
  /** Messages from validating the whole input, by the field they belong to. */
  readonly errors: Readonly<Partial<Record<FieldId, string>>>;
  /** The planning years the budget fields stand for. */
  readonly budgetYears: readonly number[];
  /** The base has no budget: empty totals mean the amount to split (the sheet's template). */
  readonly budgetTemplate: boolean;
  readonly caseloadGroups: readonly string[];
  /** The base has no caseload groups: empty client counts mean none yet (the sheet's template). */
  readonly caseloadTemplate: boolean;
}

export function ParametersSection(props: ParametersSectionProps) {
  const { form, onChange, errors, budgetYears, budgetTemplate, caseloadGroups, caseloadTemplate } = props;
  const { lang, t } = useLang();
  const styles = useStyles();
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => onChange({ ...form, [key]: value });
  const number = (text: string): number | undefined => {
    const parsed = parseNumberInput(text);
    return parsed.kind === "number" ? parsed.value : undefined;
  };
  const factor = number(form.sideCostFactor);
  const months = number(form.monthsPerYear);

  const legend = (text: string) => <legend className={styles.legend}>{text}</legend>;
  // An empty required name is said once the user has been in the field, not before (NumberField alike).
  const [areaTouched, setAreaTouched] = useState(false);
  const areaError = form.area.trim() === "" && !areaTouched ? undefined : errors.area;

  return (
    <div className={styles.root}>
      <div className={styles.grid}>
        <Field label={t.areaName} required validationMessage={areaError} className={styles.wide}>
          <Input
            name="area"
            value={form.area}
            onChange={(_, data) => set("area", data.value)}
            onBlur={() => setAreaTouched(true)}
          />
        </Field>
        <NumberField
          label={t.year}
          name="year"
          value={form.year}
          required
          error={errors.year}
          onChange={(v) => set("year", v)}
        />
        <NumberField
          label={t.threshold}
          name="threshold"
          value={form.threshold}
          required
          error={errors.threshold}
          onChange={(v) => set("threshold", v)}
        />
      </div>

      <fieldset className={styles.group}>
        {legend(t.projectionHeading)}
        <div className={styles.grid}>
          <NumberField
            label={t.yearlyChange}
            name="yearlyChange"
            value={form.yearlyChange}
            error={errors.yearlyChange}
            suffix="%"
            onChange={(v) => set("yearlyChange", v)}
          />
          <NumberField
            label={t.projectionYears}
            name="projectionYears"
            value={form.projectionYears}
            error={errors.projectionYears}
            onChange={(v) => set("projectionYears", v)}
          />
        </div>
        <p className={styles.note}>{t.yearlyChangeHint}</p>
      </fieldset>

      <fieldset className={styles.group}>
        {legend(t.costSplitHeading)}
        <div className={styles.stack}>
          <div className={styles.grid}>
            <NumberField
              label={t.costTotal}
              name="costTotal"
              value={form.costTotal}
              required
              error={errors.costTotal}
              suffix="€"
              onChange={(v) => set("costTotal", v)}
            />
          </div>
          <WeightsEditor
            weights={form.weights}
            sum={weightSum(form)}
            error={errors.weights}
            onChange={(criterion: Criterion, value) =>
              set("weights", { ...form.weights, [criterion]: value })
            }
          />
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        {legend(t.budgetHeading)}
        <div className={styles.grid}>
          <Field label={t.planningYears} validationMessage={errors.planningYears}>
            <Select
              name="planningYears"
              value={String(form.budgetTotals.length)}
              onChange={(_, data) => set("budgetTotals", resizeBudget(form.budgetTotals, Number(data.value)))}
            >
              {PLANNING_YEAR_COUNTS.map((count) => (
                <option key={count} value={count}>
                  {count}
                </option>
              ))}
            </Select>
          </Field>
          {form.budgetTotals.map((total, i) => (
            <NumberField
              key={i}
              label={t.budgetYearTotal(String(budgetYears[i] ?? ""))}
              name={`budgetTotal.${i}`}
              value={total}
              required={!budgetTemplate}
              placeholder={budgetTemplate ? form.costTotal : undefined}
              suffix="€"
              error={errors[`budgetTotal.${i}`]}
              onChange={(v) =>
                set(
                  "budgetTotals",
                  form.budgetTotals.map((old, j) => (j === i ? v : old)),
                )
              }
            />
          ))}
        </div>
        {budgetTemplate && <p className={styles.note}>{t.budgetTemplateNote}</p>}
      </fieldset>

      <fieldset className={styles.group}>
        {legend(t.staffingHeading)}
        <div className={styles.grid}>
          <NumberField
            label={t.sideCostFactor}
            name="sideCostFactor"
            value={form.sideCostFactor}
            required
            error={errors.sideCostFactor}
            onChange={(v) => set("sideCostFactor", v)}
          />
          <NumberField
            label={t.monthsPerYear}
            name="monthsPerYear"
            value={form.monthsPerYear}
            required
            error={errors.monthsPerYear}
            onChange={(v) => set("monthsPerYear", v)}
          />
        </div>
        {factor !== undefined && months !== undefined && (
          <p className={styles.note}>
            {t.salaryExample(
              formatNumber(lang, EXAMPLE_SALARY),
              formatNumber(lang, annualPersonnelCost(EXAMPLE_SALARY, factor, months), 2),
            )}
          </p>
        )}
      </fieldset>

      <fieldset className={styles.group}>
        {legend(t.caseloadHeading)}
        <div className={styles.stack}>
          {caseloadGroups.map((name, i) => {
            const group = form.caseloads[i] ?? { clients: "", caseload: "" };
            const update = (key: "clients" | "caseload", value: string) =>
              set(
                "caseloads",
                form.caseloads.map((old, j) => (j === i ? { ...old, [key]: value } : old)),
              );
            return (
              <fieldset key={i} className={styles.group}>
                <legend className={styles.subLegend}>{name}</legend>
                <div className={styles.grid}>
                  <NumberField
                    label={t.clientsLabel}
                    name={`clients.${i}`}
                    value={group.clients}
                    required={!caseloadTemplate}
                    placeholder={caseloadTemplate ? "0" : undefined}
                    error={errors[`clients.${i}`]}
                    onChange={(v) => update("clients", v)}
                  />
                  <NumberField
                    label={t.caseloadLabel}
                    name={`caseload.${i}`}
                    value={group.caseload}
                    required
                    error={errors[`caseload.${i}`]}
                    onChange={(v) => update("caseload", v)}
                  />
                </div>
              </fieldset>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
