import { inputWords } from "./input";
import { sampleFormWords, sampleNames } from "./samples";
import { ui } from "./ui";

/**
 * The Swedish catalogs the pane loads in their own chunk (languages.ts, which types
 * them where it installs them: importing it here would make a cycle).
 */
export const pack = { ui, inputWords, sampleNames, sampleFormWords };
