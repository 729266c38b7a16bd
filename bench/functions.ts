import fs from "fs";
import path from "path";
import zlib from "zlib";
import { median } from "./stats";

/*
 * Benchmark of the custom functions as shipped: dist/functions.js (the production build) loaded
 * the way Excel's runtime loads it, each function over a 10 000-cell range, against a plain
 * JavaScript loop computing the same answer from the same array in the same run. Reported as a
 * ratio (goal ≤ 2×), never as absolute times, plus the bundle's size (goal ≤ 40 KB minified).
 */

const DIST = path.resolve(__dirname, "../dist");
const CELLS = 10_000;
const WARMUP_ROUNDS = 30;
const SAMPLES = 9;
/** Each sample times a batch of calls lasting about this much CPU time, well above the clock's grain. */
const BATCH_MS = 20;

type Fn = (...args: unknown[]) => unknown;

/**
 * Runs the bundle with the runtime's globals, as much as it uses (associate, Error, ErrorCode),
 * given to it as the names `CustomFunctions` and `Office`. It runs in this realm, not a vm
 * context, so that it and the plain loop read the same arrays on equal terms (arrays from another
 * realm are slower to read, which would blame the functions for the harness).
 */
function loadBundle(): Map<string, Fn> {
  const associated = new Map<string, Fn>();
  class CustomFunctionError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? "");
    }
  }
  const CustomFunctions = {
    associate: (id: string, fn: Fn) => associated.set(id, fn),
    Error: CustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
  const Office = { context: { displayLanguage: "fi-FI" } };
  const code = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
  // The production bundle, exactly as Excel would load it, with the two globals it may use.
  new Function("CustomFunctions", "Office", code)(CustomFunctions, Office);
  return associated;
}

/**
 * CPU microseconds of this process (user + system), not wall time: on a machine shared with other
 * jobs, wall time mostly measures how long the scheduler kept us waiting.
 */
const cpuMicros = (): number => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** Microseconds per call, one per sample; `sink` keeps results alive so nothing is optimized away. */
function timePerCall(work: () => unknown, sink: unknown[]): number[] {
  let batch = 0;
  const start = cpuMicros();
  while (cpuMicros() - start < BATCH_MS * 1000) {
    sink[batch % 8] = work();
    batch++;
  }
  const samples: number[] = [];
  for (let s = 0; s < SAMPLES; s++) {
    const t0 = cpuMicros();
    for (let i = 0; i < batch; i++) sink[i % 8] = work();
    samples.push((cpuMicros() - t0) / batch);
  }
  return samples;
}

interface Case {
  readonly title: string;
  readonly call: () => unknown;
  readonly baseline: () => unknown;
  /** Both must give the same answer, or the comparison means nothing. */
  readonly same: (fromFunction: unknown, fromBaseline: unknown) => boolean;
}

/** Σ over a column of numbers, the loop anyone would write (no checks). */
function sumColumn(column: readonly (readonly unknown[])[]): number {
  let sum = 0;
  for (let r = 0; r < column.length; r++) sum += (column[r] as number[])[0] as number;
  return sum;
}

/** Largest remainder by hand: floor cents, then the leftover cents to the largest remainders. */
function reconcileByHand(total: number, column: readonly (readonly unknown[])[]): number[][] {
  const sum = sumColumn(column);
  const n = column.length;
  const floors = new Array<number>(n);
  const remainders = new Float64Array(n);
  let left = Math.round(total * 100);
  for (let i = 0; i < n; i++) {
    const exact = (total * 100 * ((column[i] as number[])[0] as number)) / sum;
    floors[i] = Math.floor(exact);
    remainders[i] = exact - (floors[i] as number);
    left -= floors[i] as number;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (remainders[b] as number) - (remainders[a] as number) || a - b,
  );
  for (let k = 0; k < left; k++) floors[order[k] as number] = (floors[order[k] as number] as number) + 1;
  return floors.map((cents) => [cents / 100]);
}

function cases(fns: Map<string, Fn>): Case[] {
  const fn = (id: string): Fn => {
    const found = fns.get(id);
    if (!found) throw new Error(`dist/functions.js did not associate ${id}`);
    return found;
  };
  const labourForce = Array.from({ length: CELLS }, (_, i) => [1000 + ((i * 7919) % 5000)]);
  const clients = Array.from({ length: CELLS }, (_, i) => [10 + ((i * 104729) % 400)]);
  const residents = Array.from({ length: CELLS }, (_, i) => [500 + ((i * 7907) % 60000)]);
  const own = [residents[4321] as number[]];
  const total = 7_300_000;
  const sameNumber = (a: unknown, b: unknown) => typeof a === "number" && Math.abs(a - (b as number)) < 1e-6;
  const sameColumn = (a: unknown, b: unknown) =>
    Array.isArray(a) &&
    a.length === (b as unknown[]).length &&
    a.every((row, i) => row[0] === (b as number[][])[i]?.[0]);

  return [
    {
      title: "TYOVOIMA_RIITTAA, 10 000 × 1",
      call: () => fn("TYOVOIMA_RIITTAA")(labourForce, null, -0.012, 25),
      baseline: () => sumColumn(labourForce) * (1 - 0.012) ** 25 >= 20000,
      same: (a, b) => a === b,
    },
    {
      title: "KUSTANNUSOSUUS, one row of 10 000 members",
      call: () => fn("KUSTANNUSOSUUS")(total, own, residents, null),
      baseline: () => [[Math.round(((total * (own[0]?.[0] as number)) / sumColumn(residents)) * 100) / 100]],
      same: sameColumn,
    },
    {
      title: "KUSTANNUSOSUUS, all 10 000 members spilled",
      call: () => fn("KUSTANNUSOSUUS")(total, residents, residents, null),
      baseline: () => reconcileByHand(total, residents),
      same: sameColumn,
    },
    {
      title: "HTV_TARVE, 10 000 × 1 at 130",
      call: () => fn("HTV_TARVE")(clients, 130, null),
      baseline: () => {
        let need = 0;
        for (let r = 0; r < clients.length; r++) need += ((clients[r] as number[])[0] as number) / (130 * 1);
        return need;
      },
      same: sameNumber,
    },
  ];
}

export async function run(): Promise<void> {
  const fns = loadBundle();
  const sink: unknown[] = [];
  console.log(
    `Custom functions (dist/functions.js), ${CELLS} cells, CPU time, median of 7 rounds × ${SAMPLES} samples:`,
  );
  for (const c of cases(fns)) {
    const fromFunction = c.call();
    const fromBaseline = c.baseline();
    if (!c.same(fromFunction, fromBaseline)) {
      throw new Error(
        `${c.title}: the function and the plain loop disagree, ${String(fromFunction)} vs ${String(fromBaseline)}`,
      );
    }
    for (let i = 0; i < WARMUP_ROUNDS; i++) {
      sink[0] = c.call();
      sink[1] = c.baseline();
    }
    // Alternate the two, so that a slow moment of the machine hits both alike.
    const ratios: number[] = [];
    for (let round = 0; round < 7; round++) {
      const fnTime = median(timePerCall(c.call, sink));
      const loopTime = median(timePerCall(c.baseline, sink));
      ratios.push(fnTime / loopTime);
    }
    const ratio = median(ratios);
    console.log(
      `  ${c.title.padEnd(44)} ${ratio.toFixed(2)}× the plain loop${ratio <= 2 ? "" : "  (over the 2× goal)"}`,
    );
  }
  const bundle = fs.readFileSync(path.join(DIST, "functions.js"));
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const gzipped = zlib.gzipSync(bundle, { level: 9 }).length;
  console.log(
    `  dist/functions.js: ${kb(bundle.length)} KB minified (goal ≤ 40 KB), ${kb(gzipped)} KB gzipped` +
      (bundle.length <= 40 * 1024 ? "" : "  (over the goal)"),
  );
  await Promise.resolve(sink.length);
}
