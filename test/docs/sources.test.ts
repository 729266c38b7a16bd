import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

/*
 * Sources the reader can open: the repository cites docs/sources.md (rules and their public
 * sources) and its own docs, never files outside the repository. The forbidden patterns are built
 * from pieces so that this file does not match them itself.
 */

const ROOT = path.resolve(__dirname, "../..");
const SOURCES = "docs/sources.md";

const FORBIDDEN: readonly { what: string; pattern: RegExp }[] = [
  { what: "a path into the steering folder", pattern: new RegExp(["\\.\\.", "shared"].join("/")) },
  { what: "a design-document section", pattern: new RegExp(["DESIGN", "(\\.md)?\\s*§"].join("")) },
  { what: "a domain-document section", pattern: new RegExp(["DOMAIN", "(\\.md)?\\s*§"].join("")) },
  { what: "a seed document by number", pattern: new RegExp(["seeds?", "\\s+\\d{3}"].join(""), "i") },
];

/** Every tracked text file but the lock file, with its text. */
function trackedTexts(): { file: string; text: string }[] {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter((f) => f !== "" && path.basename(f) !== "package-lock.json");
  const texts: { file: string; text: string }[] = [];
  for (const file of files) {
    const full = path.join(ROOT, file);
    if (!fs.existsSync(full)) continue; // deleted in the work tree, not yet committed
    const bytes = fs.readFileSync(full);
    if (bytes.includes(0)) continue; // binary (icons)
    texts.push({ file, text: bytes.toString("utf8") });
  }
  return texts;
}

/** GitHub's heading slug: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .replace(/\s/g, "-");

/** The anchors a link into `markdown` can land on: explicit ids and heading slugs. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const m of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1]!);
  for (const m of markdown.matchAll(/^#{1,6}\s+(.+)$/gm)) anchors.add(slug(m[1]!));
  return anchors;
}

const texts = trackedTexts();
const sourcesText = fs.readFileSync(path.join(ROOT, SOURCES), "utf8");
const sourcesAnchors = anchorsOf(sourcesText);

/** Links to an anchor of docs/sources.md anywhere, and the docs folder's relative ones. */
function sourceLinks(): { file: string; anchor: string }[] {
  const links: { file: string; anchor: string }[] = [];
  for (const { file, text } of texts) {
    const relative = file.startsWith("docs/") ? /(?<![\w/.-])sources\.md#([\w-]+)/g : null;
    for (const m of text.matchAll(/docs\/sources\.md#([\w-]+)/g)) links.push({ file, anchor: m[1]! });
    if (relative) for (const m of text.matchAll(relative)) links.push({ file, anchor: m[1]! });
    if (file === SOURCES)
      for (const m of text.matchAll(/\]\(#([\w-]+)\)/g)) links.push({ file, anchor: m[1]! });
  }
  return links;
}

describe("sources the reader can open", () => {
  test("the tracked files are listed (git ls-files) and include the sources page", () => {
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.map((t) => t.file)).toContain(SOURCES);
  });

  test.each(FORBIDDEN.map((f) => [f.what, f.pattern] as const))(
    "no tracked file cites %s",
    (_what, pattern) => {
      const hits = texts.flatMap(({ file, text }) =>
        text
          .split("\n")
          .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      );
      expect(hits).toEqual([]);
    },
  );

  test("the patterns catch what they are meant to catch", () => {
    const samples = [
      "see ../" + "shar" + "ed/DOMAIN.md",
      "DESIGN" + " §3",
      "DOMAIN" + " §2",
      "Seed" + " 004: 95 %",
    ];
    samples.forEach((sample, i) => expect(FORBIDDEN[i]!.pattern.test(sample)).toBe(true));
    expect(FORBIDDEN[3]!.pattern.test("ORACLE_SEED=123")).toBe(false);
  });

  test("every anchor of docs/sources.md referenced in the repository exists on the page", () => {
    const links = sourceLinks();
    expect(links.length).toBeGreaterThan(50);
    const missing = links.filter((l) => !sourcesAnchors.has(l.anchor)).map((l) => `${l.file}: #${l.anchor}`);
    expect(missing).toEqual([]);
  });

  test("every rule the issue names has its anchor", () => {
    for (const anchor of [
      "threshold",
      "exemptions",
      "state-share-limit",
      "structural-change",
      "state-share-criteria",
      "working-age",
      "caseload",
      "personnel-cost",
      "cent-rounding",
      "glossary",
    ]) {
      expect(sourcesAnchors).toContain(anchor);
    }
  });

  test("every docs/<page>.md a file refers to exists", () => {
    const missing = texts.flatMap(({ file, text }) =>
      [...text.matchAll(/(?<![\w/.-])docs\/([\w-]+\.md)/g)]
        .map((m) => `docs/${m[1]!}`)
        .filter((doc) => !fs.existsSync(path.join(ROOT, doc)))
        .map((doc) => `${file}: ${doc}`),
    );
    expect(missing).toEqual([]);
  });
});
