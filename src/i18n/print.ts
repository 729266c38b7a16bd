import type { Catalog } from "./lang";

/** Words of the printed page's header and footer (src/sheets/print.ts). */
export interface PrintTexts {
  /** "Page 2 / 5"; `page` and `pages` are Excel's codes for the numbers. */
  readonly pageOf: (page: string, pages: string) => string;
  /** Where the printed figures come from, at the foot of every page. */
  readonly source: string;
}

export const printTexts: Catalog<PrintTexts> = {
  fi: {
    pageOf: (page, pages) => `Sivu ${page} / ${pages}`,
    source:
      "Lähde: jäsenkuntien luvut syöttösoluista; laskenta Excelin kaavoilla (Työllisyysalue-apuohjelma)",
  },
  sv: {
    pageOf: (page, pages) => `Sida ${page} / ${pages}`,
    source:
      "Källa: medlemskommunernas uppgifter i inmatningscellerna; beräknat med Excels formler (tillägget Työllisyysalue)",
  },
  en: {
    pageOf: (page, pages) => `Page ${page} / ${pages}`,
    source:
      "Source: the member municipalities' figures in the input cells, calculated by Excel formulas (Työllisyysalue add-in)",
  },
};
