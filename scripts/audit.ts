import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import semver from "semver";

/*
 * `npm run audit`: the production dependency tree from package-lock.json, checked against the
 * advisories committed under advisories/osv/ (OSV format), plus the packages advisories/embedded.json
 * records inside prebuilt files we ship. Exits 1 on a known-vulnerable version that
 * advisories/acknowledged.json does not explain, or on an acknowledgement that no longer matches.
 *
 * `npm run audit -- --refresh` asks the OSV database (api.osv.dev) about every production package
 * and writes the advisories it returns into advisories/osv/; review the diff and commit it. It needs
 * the network; without it, it says so and changes nothing. docs/dependencies.md has the policy.
 */

export interface Installed {
  readonly name: string;
  readonly version: string;
  /** Where it comes from: its lockfile path, or the prebuilt file it is embedded in. */
  readonly where: string;
}

interface OsvEvent {
  readonly introduced?: string;
  readonly fixed?: string;
  readonly last_affected?: string;
  readonly limit?: string;
}
interface OsvAffected {
  readonly package: { readonly ecosystem: string; readonly name: string };
  readonly ranges?: readonly { readonly type: string; readonly events: readonly OsvEvent[] }[];
  readonly versions?: readonly string[];
}
export interface OsvEntry {
  readonly id: string;
  readonly summary?: string;
  readonly aliases?: readonly string[];
  readonly withdrawn?: string;
  readonly affected: readonly OsvAffected[];
}

export interface Acknowledgement {
  readonly id: string;
  readonly package: string;
  readonly version: string;
  /** The copy meant, exactly as the audit names it: a lockfile path or `host@version/file`. */
  readonly where: string;
  readonly reason: string;
}

export interface Finding {
  readonly advisory: OsvEntry;
  readonly installed: Installed;
  readonly acknowledged?: Acknowledgement;
}

interface LockEntry {
  readonly version?: string;
  readonly dev?: boolean;
  readonly link?: boolean;
  readonly name?: string;
}

/**
 * Every package npm installs without --omit=dev excluded, i.e. what `npm ci --omit=dev` keeps:
 * lockfile entries not marked `dev` (devOptional ones are kept, as npm keeps them).
 */
export function productionPackages(lock: { packages?: Record<string, LockEntry> }): Installed[] {
  const installed: Installed[] = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path === "" || entry.dev || entry.link || !entry.version) continue;
    const name = entry.name ?? path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
    installed.push({ name, version: entry.version, where: path });
  }
  return installed.sort((a, b) => a.name.localeCompare(b.name) || a.where.localeCompare(b.where));
}

/** Is `version` inside one of the affected ranges (OSV ECOSYSTEM/SEMVER events, npm semver order)? */
export function affects(affected: OsvAffected, version: string): boolean {
  if (affected.versions?.includes(version)) return true;
  for (const range of affected.ranges ?? []) {
    if (range.type !== "ECOSYSTEM" && range.type !== "SEMVER") continue;
    // Events sorted by version, as OSV evaluates them: inside after an introduced, outside after a fix.
    const key = (event: OsvEvent) =>
      event.introduced ?? event.fixed ?? event.last_affected ?? event.limit ?? "0";
    const at = (v: string) => (v === "0" ? "0.0.0-0" : v);
    const events = [...range.events].sort((a, b) => semver.compare(at(key(a)), at(key(b))));
    let inside = false;
    for (const event of events) {
      if (event.introduced !== undefined && semver.gte(version, at(event.introduced))) inside = true;
      else if (event.fixed !== undefined && semver.gte(version, event.fixed)) inside = false;
      else if (event.last_affected !== undefined && semver.gt(version, event.last_affected)) inside = false;
      else if (event.limit !== undefined && semver.gte(version, event.limit)) inside = false;
    }
    if (inside) return true;
  }
  return false;
}

/** Each installed version an advisory affects, with its acknowledgement if there is one. */
export function findings(
  installed: readonly Installed[],
  advisories: readonly OsvEntry[],
  acknowledged: readonly Acknowledgement[],
): Finding[] {
  const found: Finding[] = [];
  for (const advisory of advisories) {
    if (advisory.withdrawn) continue;
    for (const affected of advisory.affected) {
      if (affected.package.ecosystem !== "npm") continue;
      for (const item of installed) {
        if (item.name !== affected.package.name || !semver.valid(item.version)) continue;
        if (!affects(affected, item.version)) continue;
        const acknowledgement = acknowledged.find(
          (a) =>
            a.id === advisory.id &&
            a.package === item.name &&
            a.version === item.version &&
            a.where === item.where,
        );
        found.push(
          acknowledgement
            ? { advisory, installed: item, acknowledged: acknowledgement }
            : { advisory, installed: item },
        );
      }
    }
  }
  return found;
}

/** Acknowledgements that match no finding: their reason no longer applies, so they must go. */
export const staleAcknowledgements = (
  acknowledged: readonly Acknowledgement[],
  found: readonly Finding[],
): Acknowledgement[] => acknowledged.filter((a) => !found.some((f) => f.acknowledged === a));

interface Embedded {
  readonly in: string;
  readonly inVersion: string;
  readonly file: string;
  readonly package: string;
  readonly version: string;
}

export interface Repository {
  readonly lock: { packages?: Record<string, LockEntry> };
  readonly advisories: OsvEntry[];
  readonly embedded: Embedded[];
  readonly acknowledged: Acknowledgement[];
}

export function readRepository(root: string): Repository {
  const json = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), "utf8")) as T;
  const osv = join(root, "advisories", "osv");
  const advisories = readdirSync(osv)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => json<OsvEntry>(join("advisories", "osv", name)));
  return {
    lock: json("package-lock.json"),
    advisories,
    embedded: json<{ embedded: Embedded[] }>("advisories/embedded.json").embedded,
    acknowledged: json<{ acknowledged: Acknowledgement[] }>("advisories/acknowledged.json").acknowledged,
  };
}

/** What we ship: the production tree, and the embedded packages whose host is in it at that version. */
export function shipped(repository: Repository): Installed[] {
  const tree = productionPackages(repository.lock);
  const embedded = repository.embedded
    .filter((e) => tree.some((p) => p.name === e.in && p.version === e.inVersion))
    .map((e) => ({ name: e.package, version: e.version, where: `${e.in}@${e.inVersion}/${e.file}` }));
  return [...tree, ...embedded];
}

export interface Report {
  readonly ok: boolean;
  readonly lines: string[];
}

export function audit(repository: Repository): Report {
  const installed = shipped(repository);
  const found = findings(installed, repository.advisories, repository.acknowledged);
  const stale = staleAcknowledgements(repository.acknowledged, found);
  const open = found.filter((f) => !f.acknowledged);
  const lines = [
    `${installed.length} production packages (${new Set(installed.map((p) => p.name)).size} names) ` +
      `checked against ${repository.advisories.length} advisories in advisories/osv/`,
  ];
  for (const f of found) {
    const { advisory, installed: item } = f;
    const state = f.acknowledged ? "acknowledged" : "VULNERABLE";
    lines.push(
      `${state}: ${item.name}@${item.version} (${item.where}) ${advisory.id}: ${advisory.summary ?? ""}`,
    );
    if (f.acknowledged) lines.push(`  reason: ${f.acknowledged.reason}`);
  }
  for (const a of stale) {
    lines.push(
      `STALE acknowledgement: ${a.id} for ${a.package}@${a.version} (${a.where}) matches nothing shipped; remove it`,
    );
  }
  const ok = open.length === 0 && stale.length === 0;
  lines.push(ok ? "audit passed" : `audit FAILED: ${open.length} vulnerable, ${stale.length} stale`);
  return { ok, lines };
}

/** Asks api.osv.dev about every shipped package and stores the advisories it names. */
async function refresh(root: string): Promise<number> {
  const repository = readRepository(root);
  const installed = shipped(repository);
  const queries = installed.map((p) => ({ package: { ecosystem: "npm", name: p.name }, version: p.version }));
  const ids = new Set<string>();
  try {
    for (let i = 0; i < queries.length; i += 500) {
      const response = await fetch("https://api.osv.dev/v1/querybatch", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ queries: queries.slice(i, i + 500) }),
      });
      if (!response.ok) throw new Error(`querybatch answered ${response.status}`);
      const body = (await response.json()) as { results: { vulns?: { id: string }[] }[] };
      for (const result of body.results) for (const vuln of result.vulns ?? []) ids.add(vuln.id);
    }
    for (const id of ids) {
      const response = await fetch(`https://api.osv.dev/v1/vulns/${encodeURIComponent(id)}`);
      if (!response.ok) throw new Error(`vulns/${id} answered ${response.status}`);
      writeFileSync(
        join(root, "advisories", "osv", `${id}.json`),
        `${JSON.stringify(await response.json(), null, 2)}\n`,
      );
    }
  } catch (error) {
    console.error(`refresh failed, nothing changed beyond files already written: ${String(error)}`);
    return 2;
  }
  console.log(`${ids.size} advisories written to advisories/osv/; review and commit them`);
  return 0;
}

async function main(): Promise<number> {
  const root = resolve(__dirname, "..");
  if (!existsSync(join(root, "package-lock.json"))) throw new Error("package-lock.json not found");
  if (process.argv.includes("--refresh")) {
    const code = await refresh(root);
    if (code !== 0) return code;
  }
  const report = audit(readRepository(root));
  console.log(report.lines.join("\n"));
  return report.ok ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
