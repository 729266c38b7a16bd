import { run as functions } from "./functions";
import { run as sheets } from "./sheets";
import { run as startup } from "./startup";
import { run as statfin } from "./statfin";

/**
 * `npm run bench` (after a production build): each benchmark prints ratios against a baseline it
 * measures in the same run, never bare timings. Benchmarks run one after another, not in parallel.
 */
const benchmarks: readonly (() => Promise<void>)[] = [functions, sheets, startup, statfin];

async function main(): Promise<void> {
  for (const benchmark of benchmarks) await benchmark();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
