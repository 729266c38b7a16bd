import { costShare, labourForceEnough, personYearsNeed } from "../../src/functions/functions";

/**
 * The wrappers as Excel's runtime calls them: by id, with whatever the cells hold. The TypeScript
 * signatures are there for the metadata generator (matrix or scalar); the runtime does not respect
 * them, passing null for an omitted argument and bare values for single cells.
 */
type ExcelCall = (...args: unknown[]) => unknown;

export const TE = {
  TYOVOIMA_RIITTAA: labourForceEnough as ExcelCall,
  KUSTANNUSOSUUS: costShare as ExcelCall,
  HTV_TARVE: personYearsNeed as ExcelCall,
};
