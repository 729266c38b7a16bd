import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Every file operation of the atomic write, in order, through the real file system: the test
 * proves the temporary file is flushed (fsync) before it is renamed or linked into place, and the
 * directory after.
 */
const operations: string[] = [];
jest.mock("node:fs/promises", () => {
  const actual = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
  const { basename } = jest.requireActual<typeof import("node:path")>("node:path");
  const name = (path: unknown) => {
    const base = basename(String(path));
    return base.endsWith(".tmp") ? "temporary" : base;
  };
  return {
    ...actual,
    open: async (path: string, flags: string) => {
      const handle = await actual.open(path, flags);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        operations.push(`sync ${name(path)}`);
        return sync();
      };
      return handle;
    },
    rename: async (from: string, to: string) => {
      operations.push(`rename ${name(from)} ${name(to)}`);
      return actual.rename(from, to);
    },
    link: async (from: string, to: string) => {
      operations.push(`link ${name(from)} ${name(to)}`);
      return actual.link(from, to);
    },
  };
});

// Imported after the mock, so that it uses it.
import { removeStaleTemporaries, STALE_TEMPORARY_MS, writeAtomically } from "../../src/cli/files";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tyollisyysalue-files-"));
  operations.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const DIR_NAME = () => dir.split("/").pop();

describe("writeAtomically", () => {
  test("flushes the temporary file before it takes the target's name, and the directory after", async () => {
    const target = join(dir, "out.xlsx");
    await writeAtomically(target, new Uint8Array([1, 2, 3]), true);
    expect(operations).toEqual(["sync temporary", "rename temporary out.xlsx", `sync ${DIR_NAME()}`]);
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);

    operations.length = 0;
    const fresh = join(dir, "new.xlsx");
    await writeAtomically(fresh, new Uint8Array([4]), false);
    expect(operations).toEqual(["sync temporary", "link temporary new.xlsx", `sync ${DIR_NAME()}`]);
    expect(readdirSync(dir).sort()).toEqual(["new.xlsx", "out.xlsx"]);
  });

  test("removes a temporary file a killed earlier write of the same target left behind", async () => {
    const left = ".out.xlsx.999999999.0123456789ab.tmp";
    writeFileSync(join(dir, left), "half a workbook");
    await writeAtomically(join(dir, "out.xlsx"), new Uint8Array([1]), false);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });
});

describe("removeStaleTemporaries", () => {
  const dead = () => false;
  const alive = () => true;
  const create = (name: string, ageMs = 0) => {
    const file = join(dir, name);
    writeFileSync(file, "x");
    const when = (Date.now() - ageMs) / 1000;
    utimesSync(file, when, when);
  };

  test("removes only our pattern for this target, and only when its process is gone or it is old", async () => {
    create(".out.xlsx.4242.0123456789ab.tmp"); // dead writer: removed
    create(".out.xlsx.4343.0123456789ab.tmp"); // live writer, fresh: kept
    create(".out.xlsx.4444.abcdefabcdef.tmp", STALE_TEMPORARY_MS + 60_000); // live id, but old: removed
    create(".other.xlsx.4242.0123456789ab.tmp"); // another target's: kept
    create(".out.xlsx.4242.0123456789AB.tmp"); // not our pattern (upper-case hex): kept
    create(".out.xlsx.4242.tmp"); // not our pattern: kept
    create("out.xlsx.4242.0123456789ab.tmp"); // no leading dot: kept
    create(`.out.xlsx.${process.pid}.0123456789ab.tmp`); // this very process: kept
    const living = new Set([4343, 4444]);
    const removed = await removeStaleTemporaries(join(dir, "out.xlsx"), { alive: (pid) => living.has(pid) });
    expect(removed.sort()).toEqual([".out.xlsx.4242.0123456789ab.tmp", ".out.xlsx.4444.abcdefabcdef.tmp"]);
    expect(readdirSync(dir).sort()).toEqual(
      [
        ".other.xlsx.4242.0123456789ab.tmp",
        ".out.xlsx.4242.0123456789AB.tmp",
        ".out.xlsx.4242.tmp",
        ".out.xlsx.4343.0123456789ab.tmp",
        `.out.xlsx.${process.pid}.0123456789ab.tmp`,
        "out.xlsx.4242.0123456789ab.tmp",
      ].sort(),
    );
  });

  test("reads a target name with pattern characters literally", async () => {
    create(".a+b (1).xlsx.4242.0123456789ab.tmp");
    create(".aab (1).xlsx.4242.0123456789ab.tmp");
    expect(await removeStaleTemporaries(join(dir, "a+b (1).xlsx"), { alive: dead })).toEqual([
      ".a+b (1).xlsx.4242.0123456789ab.tmp",
    ]);
  });

  test("leaves directories and a missing directory alone", async () => {
    const { mkdirSync } = jest.requireActual<typeof import("node:fs")>("node:fs");
    mkdirSync(join(dir, ".out.xlsx.4242.0123456789ab.tmp"));
    expect(await removeStaleTemporaries(join(dir, "out.xlsx"), { alive: dead })).toEqual([]);
    expect(await removeStaleTemporaries(join(dir, "missing", "out.xlsx"), { alive })).toEqual([]);
  });
});
