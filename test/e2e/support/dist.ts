import { existsSync } from "fs";
import path from "path";

export const DIST = path.resolve(__dirname, "../../../dist");
export const SCREENSHOTS = path.resolve(__dirname, "../../../test-output/screenshots");

/** The end-to-end tests run against the built pane (`npm test` builds first). */
export function requireBuiltPane(): void {
  for (const file of ["taskpane.html", "taskpane.js"]) {
    if (!existsSync(path.join(DIST, file))) {
      throw new Error(`dist/${file} is missing: run \`npm run build\` first (npm test does).`);
    }
  }
}
