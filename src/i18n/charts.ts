import type { Catalog } from "./lang";

/**
 * The words of the generated sheets' charts and of the Kunnat sheet's year-by-year projection
 * (docs/sheets.md#charts): chart titles, the projection block's heading and its year column. The
 * projection's other two columns reuse the Kunnat summary's labels (src/i18n/sheets.ts).
 */
export interface ChartTexts {
  /** Heading of the Kunnat sheet's projection block. */
  readonly projection: string;
  readonly year: string;
  /**
   * Title of the Kunnat chart; `area` is the user's name of the employment area, last, so that a
   * title never starts with the user's "=".
   */
  readonly labourForce: (area: string) => string;
  readonly costShares: string;
  readonly budgetLines: string;
}

export const chartTexts: Catalog<ChartTexts> = {
  fi: {
    projection: "Työvoimaennuste vuosittain",
    year: "Vuosi",
    labourForce: (area) => `Työvoimaennuste ja vähimmäistyövoima – ${area}`,
    costShares: "Maksuosuudet jäsenkunnittain",
    budgetLines: "Budjettirivit vuosittain",
  },
  sv: {
    projection: "Arbetskraftsprognos per år",
    year: "År",
    labourForce: (area) => `Arbetskraftsprognos och minsta arbetskraft – ${area}`,
    costShares: "Betalningsandelar per medlemskommun",
    budgetLines: "Budgetposter per år",
  },
  en: {
    projection: "Labour-force projection by year",
    year: "Year",
    labourForce: (area) => `Projected labour force and the threshold – ${area}`,
    costShares: "Cost shares by member municipality",
    budgetLines: "Budget lines by year",
  },
};
