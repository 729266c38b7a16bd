// Offline validation of the add-in only manifest: Microsoft's XSDs (schemas/, patched as listed in
// schemas/NOTES.md) through xmllint-wasm, then the checks the XSDs cannot express, one function per
// rule (RULES below) over the tree saxes reads: resource ids that resolve, https everywhere, every
// URL on the add-in's own origin, icon files that exist as PNGs of the size they are used at,
// consistent locale overrides, the TE namespace, requirement sets and one shared runtime.
// `office-addin-manifest validate` does similar work but needs Microsoft's web service.
//
// Usage: tsx scripts/validate-manifest.ts [manifest.xml]   (exit 0 valid, 1 problems, 2 usage)
import * as fs from "fs";
import * as path from "path";
import { PNG } from "pngjs";
import { SaxesParser } from "saxes";
import { validateXML } from "xmllint-wasm";
import { DEV_BASE_URL } from "./manifest-urls";

/** One thing wrong with a manifest. `line` is 1-based, null when the problem has no single place. */
export interface ManifestProblem {
  readonly line: number | null;
  readonly rule: ManifestRule;
  readonly message: string;
}

export type ManifestRule =
  | "xml"
  | "xsd"
  | "id"
  | "locale"
  | "resid"
  | "url"
  | "file"
  | "icon"
  | "namespace"
  | "requirements"
  | "runtime";

export interface ValidateOptions {
  /** Name used in messages. */
  readonly fileName?: string;
  /** Where the icons behind https://localhost:3000/assets/… are; default <repo>/assets. */
  readonly assetsDir?: string;
  /** Where the XSDs are; default <repo>/schemas. */
  readonly schemasDir?: string;
  /**
   * Files the build serves from dist/ besides assets/ (the build contract of docs/functions.md).
   */
  readonly servedFiles?: readonly string[];
}

const repoRoot = path.resolve(__dirname, "..");

export const SERVED_FILES: readonly string[] = [
  "taskpane.html",
  "support.html",
  "functions.js",
  "functions.json",
  "functions.sv.json",
  "functions.en.json",
];

/**
 * Custom-function namespace fixed by docs/functions.md: =TE.TYOVOIMA_RIITTAA(…) in every language.
 */
export const FUNCTIONS_NAMESPACE = "TE";

const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  xmlns: "http://www.w3.org/2000/xmlns/",
  xml: "http://www.w3.org/XML/1998/namespace",
} as const;

// ---------------------------------------------------------------------------------------------
// The manifest as a tree of elements with their line numbers, read by saxes (a strict,
// namespace-aware XML parser). A DOCTYPE is refused rather than expanded.

interface XmlAttr {
  readonly qname: string;
  readonly local: string;
  readonly ns: string;
  readonly value: string;
}

interface XmlElement {
  readonly qname: string;
  readonly local: string;
  readonly ns: string;
  /** Line of the start tag's "<name". */
  readonly line: number;
  readonly attrs: readonly XmlAttr[];
  readonly children: XmlElement[];
  text: string;
}

class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

function parseXml(source: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let root: XmlElement | undefined;
  const stack: XmlElement[] = [];
  let tagLine = 1;
  let lastClosed: XmlElement | undefined;
  parser.on("error", (error) => {
    // saxes prefixes "line:column: "; the line is kept apart, the words are made to stand alone.
    let message = error.message.replace(/^\d+:\d+: /, "").replace(/\.$/, "");
    if (message === "unexpected close tag" && lastClosed) {
      // saxes does not name the end tag; it is the last one before the parser's position.
      const endTag = /^<\/([^\s>]*)/.exec(source.slice(source.lastIndexOf("</", parser.position)));
      message = `end tag </${endTag?.[1] ?? "?"}> does not match <${lastClosed.qname}> (line ${lastClosed.line})`;
    }
    throw new XmlSyntaxError(message, parser.line);
  });
  parser.on("doctype", () => {
    throw new XmlSyntaxError("DOCTYPE and other declarations are not allowed in a manifest", parser.line);
  });
  parser.on("opentagstart", () => {
    tagLine = parser.line;
  });
  parser.on("opentag", (tag) => {
    const el: XmlElement = {
      qname: tag.name,
      local: tag.local,
      ns: tag.uri,
      line: tagLine,
      attrs: Object.values(tag.attributes).map((a) => ({
        qname: a.name,
        local: a.local,
        ns: a.uri,
        value: a.value,
      })),
      children: [],
      text: "",
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on("closetag", () => {
    lastClosed = stack.pop();
  });
  const addText = (text: string): void => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.write(source).close();
  if (!root) throw new XmlSyntaxError("no root element", 1);
  return root;
}

const splitQName = (qname: string): [prefix: string, local: string] => {
  const colon = qname.indexOf(":");
  return colon < 0 ? ["", qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
};

const attr = (el: XmlElement, local: string, ns = ""): string | undefined =>
  el.attrs.find((a) => a.local === local && a.ns === ns)?.value;

/** The xsi:type without its prefix ("CustomFunctions" for xsi:type="ov:CustomFunctions"). */
const xsiType = (el: XmlElement): string | undefined => {
  const value = attr(el, "type", NS.xsi);
  return value === undefined ? undefined : splitQName(value)[1];
};

const child = (el: XmlElement | undefined, ns: string, local: string): XmlElement | undefined =>
  el?.children.find((c) => c.ns === ns && c.local === local);

const childrenOf = (el: XmlElement | undefined, ns: string, local: string): XmlElement[] =>
  el ? el.children.filter((c) => c.ns === ns && c.local === local) : [];

function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    out.push(e);
    e.children.forEach(visit);
  };
  visit(el);
  return out;
}

// ---------------------------------------------------------------------------------------------
// XSD validation.

const READABLE_NAMESPACES: [string, string][] = [
  [NS.app, ""],
  [NS.ov, ""],
  [NS.bt, "bt:"],
  [NS.xsi, "xsi:"],
];

function readableXsdMessage(message: string): string {
  let text = message.replace(/^.*?Schemas (?:validity|parser) (?:error|warning) : /, "");
  for (const [uri, prefix] of READABLE_NAMESPACES) text = text.split(`{${uri}}`).join(prefix);
  return text.trim();
}

/** XSD problems of each manifest, in order: one xmllint run (schema compiled once) for all of them. */
async function xsdProblems(
  manifests: readonly { fileName: string; xml: string }[],
  schemasDir: string,
): Promise<ManifestProblem[][]> {
  const read = (f: string): { fileName: string; contents: string } => ({
    fileName: f,
    contents: fs.readFileSync(path.join(schemasDir, f), "utf8"),
  });
  let result: Awaited<ReturnType<typeof validateXML>>;
  try {
    const schemaFiles = fs.readdirSync(schemasDir).filter((f) => f.endsWith(".xsd"));
    result = await validateXML({
      xml: manifests.map((m) => ({ fileName: m.fileName, contents: m.xml })),
      schema: [read(MAIN_SCHEMA)],
      preload: schemaFiles.filter((f) => f !== MAIN_SCHEMA).map(read),
    });
  } catch (error) {
    const message = `the schemas in ${schemasDir} did not compile: ${String(error)}`;
    return manifests.map(() => [{ line: null, rule: "xsd", message }]);
  }
  const failed = new Set(
    result.rawOutput
      .split("\n")
      .map((line) => / fails to validate$/.exec(line) && line.slice(0, -" fails to validate".length))
      .filter((name): name is string => typeof name === "string"),
  );
  return manifests.map(({ fileName }) => {
    // Errors without a location are xmllint's context lines (source line and caret) under a parser error.
    const problems = result.errors
      .filter((e) => e.loc?.fileName === fileName)
      .map((e): ManifestProblem => ({
        line: e.loc?.lineNumber ?? null,
        rule: "xsd",
        message: readableXsdMessage(e.message),
      }));
    if (problems.length === 0 && failed.has(fileName)) {
      problems.push({ line: null, rule: "xsd", message: "fails XSD validation (xmllint gave no details)" });
    }
    return problems;
  });
}

// ---------------------------------------------------------------------------------------------
// Own checks.

type ResourceKind = "image" | "url" | "short" | "long";

const KIND_NAMES: Record<ResourceKind, string> = {
  image: "bt:Images/bt:Image",
  url: "bt:Urls/bt:Url",
  short: "bt:ShortStrings/bt:String",
  long: "bt:LongStrings/bt:String",
};

interface Override {
  readonly locale: string;
  readonly value: string;
  readonly line: number;
}

/** An element with a DefaultValue and per-locale <Override>s: a resource or a base-manifest setting. */
interface Localizable {
  readonly label: string;
  readonly el: XmlElement;
  readonly defaultValue: string | undefined;
  readonly overrides: readonly Override[];
}

interface Resource extends Localizable {
  readonly id: string;
  readonly kind: ResourceKind;
}

const localizable = (el: XmlElement, label: string, overrideNs: string): Localizable => ({
  label,
  el,
  defaultValue: attr(el, "DefaultValue"),
  overrides: childrenOf(el, overrideNs, "Override").map((o) => ({
    locale: attr(o, "Locale") ?? "",
    value: attr(o, "Value") ?? "",
    line: o.line,
  })),
});

/** Which kind of resource an element's resid must name (Microsoft's manifest reference). */
function expectedKind(el: XmlElement): ResourceKind | undefined {
  if (el.ns === NS.bt && el.local === "Image") return "image";
  if (el.ns !== NS.ov) return undefined;
  switch (el.local) {
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
    case "Runtime":
      return "url";
    case "Label":
    case "Title":
    case "Namespace":
      return "short";
    case "Description":
      return "long";
    default:
      return undefined;
  }
}

/** The path part of a URL as a file name; undefined when its %-escapes are malformed. */
function decodePath(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

const isFile = (file: string): boolean => fs.existsSync(file) && fs.statSync(file).isFile();

/** Width and height of a PNG file (decoded in full, CRCs checked), or why it is not a usable PNG. */
function pngSize(file: string): { width: number; height: number } | string {
  try {
    const { width, height } = PNG.sync.read(fs.readFileSync(file), { checkCRC: true });
    return { width, height };
  } catch (error) {
    return `is not a valid PNG file (${error instanceof Error ? error.message : String(error)})`;
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A culture name (language-REGION), the form Microsoft's localization article recommends.
const CULTURE = /^[a-z]{2,3}-[a-z0-9]{2,8}$/i;

type Options = Required<Omit<ValidateOptions, "fileName">>;
type Report = (line: number | null, rule: ManifestRule, message: string) => void;

const RESOURCE_KINDS = ["image", "url", "short", "long"] as const;
const keyOf = (kind: ResourceKind, resid: string): string => `${kind}\u0000${resid}`;

/** What the rules share, read once from the tree. */
interface Manifest {
  readonly root: XmlElement;
  readonly versionOverrides: XmlElement | undefined;
  /** Resources by keyOf(kind, id); the first definition of an id wins. */
  readonly resources: ReadonlyMap<string, Resource>;
  /** Resources defined again under an id already used for the same kind. */
  readonly duplicates: readonly Resource[];
  /** Every element with a resid, and the kind of resource it needs (undefined: unknown element). */
  readonly references: readonly { el: XmlElement; kind: ResourceKind | undefined; resid: string }[];
  /** <IconUrl>, <HighResolutionIconUrl>, <SupportUrl>. */
  readonly baseUrlSettings: readonly Localizable[];
  readonly defaultSource: XmlElement | undefined;
  /** Every setting whose values are URLs: the base ones, the pane's page, image and URL resources. */
  readonly urlSettings: readonly Localizable[];
  readonly appDomains: readonly XmlElement[];
  readonly defaultLocale: string;
  readonly functionsPoint: XmlElement | undefined;
  readonly runtimes: readonly XmlElement[];
}

function readManifest(root: XmlElement): Manifest {
  const versionOverrides = child(root, NS.ov, "VersionOverrides");
  const resourcesEl = child(versionOverrides, NS.ov, "Resources");
  const resources = new Map<string, Resource>();
  const duplicates: Resource[] = [];
  const containers: Record<ResourceKind, [string, string]> = {
    image: ["Images", "Image"],
    url: ["Urls", "Url"],
    short: ["ShortStrings", "String"],
    long: ["LongStrings", "String"],
  };
  for (const kind of RESOURCE_KINDS) {
    const [container, item] = containers[kind];
    for (const el of childrenOf(child(resourcesEl, NS.bt, container), NS.bt, item)) {
      const id = attr(el, "id") ?? "";
      const resource = { ...localizable(el, `${KIND_NAMES[kind]} "${id}"`, NS.bt), id, kind };
      if (resources.has(keyOf(kind, id))) duplicates.push(resource);
      else resources.set(keyOf(kind, id), resource);
    }
  }
  const references = (versionOverrides ? descendants(versionOverrides) : []).flatMap((el) => {
    const resid = attr(el, "resid");
    return resid === undefined ? [] : [{ el, kind: expectedKind(el), resid }];
  });
  const baseUrlSettings = (["IconUrl", "HighResolutionIconUrl", "SupportUrl"] as const).flatMap((name) =>
    childrenOf(root, NS.app, name).map((el) => localizable(el, `<${name}>`, NS.app)),
  );
  const defaultSource = child(child(root, NS.app, "DefaultSettings"), NS.app, "SourceLocation");
  const functionsPoint = descendants(root)
    .filter((e) => e.ns === NS.ov && e.local === "AllFormFactors")
    .flatMap((f) => childrenOf(f, NS.ov, "ExtensionPoint"))
    .find((e) => xsiType(e) === "CustomFunctions");
  return {
    root,
    versionOverrides,
    resources,
    duplicates,
    references,
    baseUrlSettings,
    defaultSource,
    urlSettings: [
      ...baseUrlSettings,
      ...(defaultSource ? [localizable(defaultSource, "<DefaultSettings><SourceLocation>", NS.app)] : []),
      ...[...resources.values()].filter((r) => r.kind === "image" || r.kind === "url"),
    ],
    appDomains: childrenOf(child(root, NS.app, "AppDomains"), NS.app, "AppDomain"),
    defaultLocale: child(root, NS.app, "DefaultLocale")?.text.trim() ?? "",
    functionsPoint,
    runtimes: descendants(root).filter((e) => e.ns === NS.ov && e.local === "Runtime"),
  };
}

/** Every URL value of the manifest with its line and label (DefaultValues, Overrides, AppDomains). */
function urlValues(m: Manifest): { value: string; line: number; label: string }[] {
  return [
    ...m.urlSettings.flatMap((s) => [
      ...(s.defaultValue === undefined ? [] : [{ value: s.defaultValue, line: s.el.line, label: s.label }]),
      ...s.overrides.map((o) => ({ value: o.value, line: o.line, label: `${s.label} (${o.locale})` })),
    ]),
    ...m.appDomains.map((el) => ({ value: el.text.trim(), line: el.line, label: "<AppDomain>" })),
  ];
}

/** The parsed https URL, or undefined when it is not one (checkHttps reports those). */
function httpsUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

/** <Id> is a GUID. */
function checkId(m: Manifest, report: Report): void {
  const id = child(m.root, NS.app, "Id");
  const idText = id?.text.trim() ?? "";
  if (!id) report(null, "id", "<Id> is missing");
  else if (!GUID.test(idText) || /^[0-]+$/.test(idText)) {
    report(id.line, "id", `<Id> "${idText}" is not a GUID like 0f8fad5b-d9cb-469f-a165-70867728950e`);
  }
}

/** <DefaultLocale> is a culture name. */
function checkDefaultLocale(m: Manifest, report: Report): void {
  const el = child(m.root, NS.app, "DefaultLocale");
  if (!el || m.defaultLocale === "") report(null, "locale", "<DefaultLocale> is missing");
  else if (!CULTURE.test(m.defaultLocale)) {
    report(el.line, "locale", `<DefaultLocale> "${m.defaultLocale}" is not a culture name such as fi-FI`);
  }
}

/** Each resource id is defined once per kind. */
function checkDuplicateResources(m: Manifest, report: Report): void {
  for (const d of m.duplicates) {
    const earlier = m.resources.get(keyOf(d.kind, d.id));
    report(
      d.el.line,
      "resid",
      `${KIND_NAMES[d.kind]} id "${d.id}" is defined twice (also line ${earlier?.el.line ?? "?"})`,
    );
  }
}

/** Every resid names a resource of the kind its element needs. */
function checkResids(m: Manifest, report: Report): void {
  for (const { el, kind, resid } of m.references) {
    if (!kind) {
      report(
        el.line,
        "resid",
        `<${el.qname} resid="${resid}"> is not an element this validator knows to resolve`,
      );
      continue;
    }
    if (m.resources.has(keyOf(kind, resid))) continue;
    const elsewhere = RESOURCE_KINDS.filter((k) => m.resources.has(keyOf(k, resid)));
    report(
      el.line,
      "resid",
      elsewhere.length > 0
        ? `<${el.qname} resid="${resid}"> needs a ${KIND_NAMES[kind]}, but "${resid}" is a ${elsewhere
            .map((k) => KIND_NAMES[k])
            .join(" and a ")}`
        : `<${el.qname} resid="${resid}"> refers to no ${KIND_NAMES[kind]} (dangling resid)`,
    );
  }
}

/** Every resource is used. */
function checkUnusedResources(m: Manifest, report: Report): void {
  const used = new Set(m.references.flatMap((r) => (r.kind ? [keyOf(r.kind, r.resid)] : [])));
  for (const [key, resource] of m.resources) {
    if (!used.has(key)) report(resource.el.line, "resid", `${resource.label} is defined but never used`);
  }
}

/** URLs are absolute https URLs, and no other value holds a plain-http link. */
function checkHttps(m: Manifest, report: Report): void {
  const values = urlValues(m);
  for (const { value, line, label } of values) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      report(line, "url", `${label}: "${value}" is not an absolute URL`);
      continue;
    }
    if (url.protocol !== "https:") {
      report(
        line,
        "url",
        `${label}: "${value}" must use https (Office refuses add-in content over ${url.protocol})`,
      );
    }
  }
  // Anything else that looks like a plain-http URL (namespace names are identifiers, not links).
  const known = new Set(values.map((v) => v.value));
  for (const el of descendants(m.root)) {
    const texts = [
      ...el.attrs.filter((a) => a.ns !== NS.xmlns && a.ns !== NS.xsi).map((a) => a.value),
      el.text,
    ];
    for (const text of texts) {
      if (known.has(text) || known.has(text.trim())) continue;
      const plain = /\bhttp:\/\/[^\s"'<>]*/i.exec(text);
      if (plain) report(el.line, "url", `<${el.qname}>: "${plain[0]}" must use https`);
    }
  }
}

/**
 * Every URL is on the add-in's own origin, the one its page (<DefaultSettings><SourceLocation>)
 * is served from: the add-in loads nothing from and sends its users to no other host.
 */
function checkOwnOrigin(m: Manifest, report: Report): void {
  const page = m.defaultSource ? attr(m.defaultSource, "DefaultValue") : undefined;
  const origin = page === undefined ? undefined : httpsUrl(page)?.origin;
  if (origin === undefined) return;
  for (const { value, line, label } of urlValues(m)) {
    const url = httpsUrl(value);
    if (url && url.origin !== origin) {
      report(
        line,
        "url",
        `${label}: "${value}" is not on the add-in's own origin ${origin} (that of <DefaultSettings><SourceLocation>)`,
      );
    }
  }
}

/** Development URLs name files the build serves (assets/ or the built pages and metadata). */
function checkServedFiles(m: Manifest, report: Report, options: Options): void {
  const base = DEV_BASE_URL + "/";
  for (const { value, line, label } of urlValues(m)) {
    const url = httpsUrl(value);
    if (!url || !value.startsWith(base)) continue;
    const file = decodePath(url.pathname.slice(new URL(base).pathname.length));
    if (file === undefined) {
      report(line, "url", `${label}: "${value}" has a malformed %-escape`);
    } else if (file.startsWith("assets/")) {
      const onDisk = path.join(options.assetsDir, file.slice("assets/".length));
      if (!isFile(onDisk)) report(line, "file", `${label}: ${value} names ${file}, which is not in assets/`);
    } else if (!options.servedFiles.includes(file)) {
      report(line, "file", `${label}: ${value} names ${file}, which the build does not produce`);
    }
  }
}

/** Each image file is a valid PNG of the size it is used at. */
function checkIcons(m: Manifest, report: Report, options: Options): void {
  const base = DEV_BASE_URL + "/assets/";
  const uses: { resource: Localizable; size: number; line: number; what: string }[] = [];
  for (const ref of m.references) {
    const resource = ref.kind === "image" ? m.resources.get(keyOf("image", ref.resid)) : undefined;
    const size = Number(attr(ref.el, "size"));
    if (resource && Number.isInteger(size)) {
      uses.push({ resource, size, line: ref.el.line, what: `<bt:Image size="${size}">` });
    }
  }
  // learn.microsoft.com/javascript/api/manifest/iconurl and highresolutioniconurl: 32 and 64 px.
  const baseSizes: Record<string, number> = { "<IconUrl>": 32, "<HighResolutionIconUrl>": 64 };
  for (const setting of m.baseUrlSettings) {
    const size = baseSizes[setting.label];
    if (size) uses.push({ resource: setting, size, line: setting.el.line, what: setting.label });
  }
  const checked = new Set<string>();
  for (const use of uses) {
    for (const value of [use.resource.defaultValue, ...use.resource.overrides.map((o) => o.value)]) {
      if (value === undefined || !value.startsWith(base)) continue;
      const name = decodePath(value.slice(base.length));
      if (name === undefined) continue;
      const file = path.join(options.assetsDir, name);
      const key = `${file}\u0000${use.size}`;
      if (!isFile(file) || checked.has(key)) continue;
      checked.add(key);
      const size = pngSize(file);
      if (typeof size === "string") report(use.line, "icon", `${use.what}: ${value} ${size}`);
      else if (size.width !== use.size || size.height !== use.size) {
        report(
          use.line,
          "icon",
          `${use.what}: ${value} is ${size.width}×${size.height} px, but is used as a ${use.size}×${use.size} icon`,
        );
      }
    }
  }
}

/**
 * One set of override locales shared by every localized string (no half translations); URLs and
 * images are either language-neutral or carry the same set. The namespace is not a string to translate.
 */
function checkLocales(m: Manifest, report: Report): void {
  const namespaceRef = m.references.find((r) => r.el.local === "Namespace");
  const namespaceKey = namespaceRef ? keyOf("short", namespaceRef.resid) : "";
  const strings: Localizable[] = [
    ...(["DisplayName", "Description"] as const).flatMap((name) =>
      childrenOf(m.root, NS.app, name).map((el) => localizable(el, `<${name}>`, NS.app)),
    ),
    ...[...m.resources.entries()]
      .filter(([key, r]) => (r.kind === "short" || r.kind === "long") && key !== namespaceKey)
      .map(([, r]) => r),
  ];
  const normalize = (locale: string): string => locale.toLowerCase();
  const expected = new Map<string, string>();
  for (const item of strings) for (const o of item.overrides) expected.set(normalize(o.locale), o.locale);
  for (const item of [...strings, ...m.urlSettings]) {
    const seen = new Set<string>();
    for (const o of item.overrides) {
      const locale = normalize(o.locale);
      if (!CULTURE.test(o.locale)) {
        report(
          o.line,
          "locale",
          `${item.label}: Override Locale "${o.locale}" is not a culture name such as sv-SE`,
        );
      }
      if (seen.has(locale)) report(o.line, "locale", `${item.label}: locale ${o.locale} is overridden twice`);
      seen.add(locale);
      if (m.defaultLocale !== "" && locale === normalize(m.defaultLocale)) {
        report(
          o.line,
          "locale",
          `${item.label}: ${o.locale} is the DefaultLocale; put that text in DefaultValue`,
        );
      }
      if (!expected.has(locale)) {
        report(o.line, "locale", `${item.label}: locale ${o.locale} appears on no localized string`);
      }
    }
    if (!strings.includes(item) && item.overrides.length === 0) continue;
    const missing = [...expected].filter(([locale]) => !seen.has(locale)).map(([, shown]) => shown);
    if (missing.length > 0) {
      report(item.el.line, "locale", `${item.label} has no Override for ${missing.join(", ")}`);
    }
  }
}

/** The custom functions are declared, in the TE namespace in every language. */
function checkNamespace(m: Manifest, report: Report): void {
  if (!m.functionsPoint) {
    report(
      null,
      "namespace",
      'no <ExtensionPoint xsi:type="CustomFunctions"> declares the TE custom functions',
    );
    return;
  }
  const namespaceEl = child(m.functionsPoint, NS.ov, "Namespace");
  if (!namespaceEl) {
    report(m.functionsPoint.line, "namespace", "the custom functions have no <Namespace>");
    return;
  }
  const resource = m.resources.get(keyOf("short", attr(namespaceEl, "resid") ?? ""));
  if (!resource) return; // a dangling resid, reported by checkResids
  if (resource.defaultValue !== FUNCTIONS_NAMESPACE) {
    report(
      resource.el.line,
      "namespace",
      `the custom-function namespace is "${resource.defaultValue ?? ""}"; the contract is "${FUNCTIONS_NAMESPACE}"`,
    );
  }
  for (const o of resource.overrides) {
    report(
      o.line,
      "namespace",
      `the namespace must be ${FUNCTIONS_NAMESPACE} in every language, not "${o.value}" for ${o.locale}`,
    );
  }
}

/** The base <Requirements> name the sets needed to install what the manifest declares. */
function checkRequirements(m: Manifest, report: Report): void {
  const sets = new Set(
    childrenOf(child(child(m.root, NS.app, "Requirements"), NS.app, "Sets"), NS.app, "Set").map(
      (set) => attr(set, "Name") ?? "",
    ),
  );
  if (m.runtimes.some((r) => attr(r, "lifetime") === "long") && !sets.has("SharedRuntime")) {
    report(
      null,
      "requirements",
      'a long-lived <Runtime> needs <Set Name="SharedRuntime"> in the base <Requirements>',
    );
  }
  if (m.functionsPoint && !sets.has("CustomFunctionsRuntime")) {
    report(
      null,
      "requirements",
      'custom functions need <Set Name="CustomFunctionsRuntime"> in the base <Requirements>',
    );
  }
}

/** One long-lived shared runtime, and every part loads its page. */
function checkRuntime(m: Manifest, report: Report): void {
  if (m.runtimes.length > 1)
    report(m.runtimes[1]?.line ?? null, "runtime", "only one <Runtime> is supported");
  const runtime = m.runtimes[0];
  if (!runtime) return;
  const runtimeResid = attr(runtime, "resid") ?? "";
  if (attr(runtime, "lifetime") !== "long") {
    report(runtime.line, "runtime", 'the Excel shared runtime needs lifetime="long"');
  }
  const mustShare: { el: XmlElement | undefined; what: string }[] = [
    {
      el: child(child(m.functionsPoint, NS.ov, "Page"), NS.ov, "SourceLocation"),
      what: "the custom-functions <Page>",
    },
    ...descendants(m.root)
      .filter((e) => e.ns === NS.ov && e.local === "Action" && xsiType(e) === "ShowTaskpane")
      .map((a) => ({ el: child(a, NS.ov, "SourceLocation"), what: "the ShowTaskpane <Action>" })),
    ...descendants(m.root)
      .filter((e) => e.ns === NS.ov && e.local === "FunctionFile")
      .map((el) => ({ el, what: "<FunctionFile>" })),
  ];
  for (const { el, what } of mustShare) {
    const resid = el ? attr(el, "resid") : undefined;
    if (el && resid !== runtimeResid) {
      report(
        el.line,
        "runtime",
        `${what} loads "${resid ?? ""}", not the shared runtime's "${runtimeResid}"`,
      );
    }
  }
  const runtimeUrl = m.resources.get(keyOf("url", runtimeResid))?.defaultValue;
  const paneUrl = m.defaultSource ? attr(m.defaultSource, "DefaultValue") : undefined;
  if (runtimeUrl !== undefined && paneUrl !== undefined && runtimeUrl !== paneUrl) {
    report(
      m.defaultSource?.line ?? null,
      "runtime",
      `<DefaultSettings><SourceLocation> is ${paneUrl}, but the shared runtime page is ${runtimeUrl}`,
    );
  }
}

/** The project's own checks, one function per rule, in the order their problems are listed. */
const RULES: readonly ((m: Manifest, report: Report, options: Options) => void)[] = [
  checkId,
  checkDefaultLocale,
  checkDuplicateResources,
  checkResids,
  checkUnusedResources,
  checkHttps,
  checkOwnOrigin,
  checkServedFiles,
  checkIcons,
  checkLocales,
  checkNamespace,
  checkRequirements,
  checkRuntime,
];

function ownChecks(root: XmlElement, options: Options): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const report: Report = (line, rule, message) => problems.push({ line, rule, message });
  const manifest = readManifest(root);
  for (const rule of RULES) rule(manifest, report, options);
  return problems;
}

/** Every problem with the manifest text `xml`; an empty list means it is valid. */
export async function validateManifest(
  xml: string,
  options: ValidateOptions = {},
): Promise<ManifestProblem[]> {
  const [problems = []] = await validateManifests(
    [{ fileName: options.fileName ?? "manifest.xml", xml }],
    options,
  );
  return problems;
}

/**
 * The problems of several manifests at once (`fileName`s must be distinct): the XSDs are compiled
 * once for all of them, which keeps a test of many broken variants fast.
 */
export async function validateManifests(
  manifests: readonly { fileName: string; xml: string }[],
  options: Omit<ValidateOptions, "fileName"> = {},
): Promise<ManifestProblem[][]> {
  const names = new Set(manifests.map((m) => m.fileName));
  if (names.size !== manifests.length) throw new Error("validateManifests: file names must be distinct");
  const resolved = {
    assetsDir: options.assetsDir ?? path.join(repoRoot, "assets"),
    schemasDir: options.schemasDir ?? path.join(repoRoot, "schemas"),
    servedFiles: options.servedFiles ?? SERVED_FILES,
  };
  const xsd = await xsdProblems(manifests, resolved.schemasDir);
  return manifests.map(({ xml }, i) => {
    const problems = [...(xsd[i] ?? [])];
    try {
      problems.push(...ownChecks(parseXml(xml), resolved));
    } catch (error) {
      if (!(error instanceof XmlSyntaxError)) throw error;
      problems.push({ line: error.line, rule: "xml", message: `not well-formed XML: ${error.message}` });
    }
    return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  });
}

/** "manifest.xml:12: [resid] …" lines, the form editors and CI logs turn into links. */
export function formatProblems(problems: readonly ManifestProblem[], fileName: string): string {
  return problems.map((p) => `${fileName}:${p.line ?? "-"}: [${p.rule}] ${p.message}`).join("\n");
}

interface CliOutput {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** The command line: returns the exit code (0 valid, 1 problems or unreadable file, 2 usage). */
export async function runCli(argv: readonly string[], io: CliOutput = processOutput): Promise<number> {
  if (argv.length > 1 || argv[0] === "--help" || argv[0] === "-h") {
    io.err("usage: tsx scripts/validate-manifest.ts [manifest.xml]\n");
    return 2;
  }
  const file = argv[0] ?? "manifest.xml";
  let xml: string;
  try {
    xml = fs.readFileSync(file, "utf8");
  } catch (error) {
    io.err(`${file}: cannot read: ${(error as Error).message}\n`);
    return 1;
  }
  const problems = await validateManifest(xml, { fileName: path.basename(file) });
  if (problems.length === 0) {
    io.out(`${file}: valid (Microsoft XSDs in schemas/ and the project's own checks)\n`);
    return 0;
  }
  io.err(`${formatProblems(problems, file)}\n${file}: ${problems.length} problem(s)\n`);
  return 1;
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `validate-manifest: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
