/**
 * What the pane needs only once there is input to check or sheets to build: the input model's
 * validation (zod), the CSV reader and its text area, the sheet plans and their preview (with its
 * tabs), the official employment areas with their chooser, and Statistics Finland's file reader
 * with its file opener and recognition summary. The pane loads it right after its first paint (engine.ts), in its own chunk, so that the
 * page's start-up JS stays small.
 */
export { parseAreaInput } from "../domain/parse";
export { areaFigures } from "../domain/figures";
export { buildWorkbookPlan } from "../sheets/index";
export { sampleTexts } from "../i18n/sampleTexts";
export { csvIssue, readCsvText } from "./csvSource";
export { SheetPreview } from "./SheetPreview";
export { Textarea } from "@fluentui/react-components";
export { AREAS } from "../domain/areas";
export { joinRows } from "./areaJoin";
export { AreaChooser } from "./AreaChooser";
export { FileDrop } from "./FileDrop";
export { StatFinSummary } from "./StatFinSummary";
export { addFiles, fileIssue, readFiles } from "./fileSource";
