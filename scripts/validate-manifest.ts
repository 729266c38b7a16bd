// Offline validation of the add-in only manifest: Microsoft's XSDs (schemas/, patched as listed in
// schemas/NOTES.md) through xmllint-wasm, then the checks the XSDs cannot express: resource ids that
// resolve, https everywhere, icon files that exist at the size they are used, consistent locale
// overrides, the TE namespace, requirement sets and one shared runtime.
// `office-addin-manifest validate` does similar work but needs Microsoft's web service.
//
// Usage: tsx scripts/validate-manifest.ts [manifest.xml]   (exit 0 valid, 1 problems, 2 usage)
import * as fs from "fs";
import * as path from "path";
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
// A small namespace-aware XML reader that keeps line numbers (Node has no DOMParser). Manifests
// are plain elements, attributes, comments and text; a DOCTYPE is refused rather than expanded.

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
  readonly line: number;
  readonly attrs: readonly XmlAttr[];
  readonly children: XmlElement[];
  readonly parent: XmlElement | null;
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

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string, line: number): string {
  return text.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(";")) throw new XmlSyntaxError(`unterminated entity reference "${whole}"`, line);
    const hex = /^#x([0-9a-fA-F]+)$/.exec(name);
    const dec = /^#([0-9]+)$/.exec(name);
    if (hex?.[1]) return String.fromCodePoint(parseInt(hex[1], 16));
    if (dec?.[1]) return String.fromCodePoint(parseInt(dec[1], 10));
    const named = ENTITIES[name];
    if (named === undefined) throw new XmlSyntaxError(`unknown entity "&${name};"`, line);
    return named;
  });
}

function splitQName(qname: string): [prefix: string, local: string] {
  const colon = qname.indexOf(":");
  return colon < 0 ? ["", qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

const START_TAG = /<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;

function parseXml(source: string): XmlElement {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  let root: XmlElement | null = null;
  const stack: { el: XmlElement; scope: Map<string, string> }[] = [];
  let pos = 0;
  const baseScope = new Map<string, string>([["xml", NS.xml]]);

  while (pos < source.length) {
    const lt = source.indexOf("<", pos);
    const textEnd = lt < 0 ? source.length : lt;
    if (textEnd > pos) {
      const raw = source.slice(pos, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.el.text += decodeEntities(raw, lineAt(pos));
      else if (raw.trim() !== "") throw new XmlSyntaxError("text outside the root element", lineAt(pos));
    }
    if (lt < 0) break;
    const line = lineAt(lt);
    const closeOf = (marker: string, what: string): number => {
      const end = source.indexOf(marker, lt);
      if (end < 0) throw new XmlSyntaxError(`unterminated ${what}`, line);
      return end + marker.length;
    };
    if (source.startsWith("<?", lt)) {
      pos = closeOf("?>", "processing instruction");
    } else if (source.startsWith("<!--", lt)) {
      pos = closeOf("-->", "comment");
    } else if (source.startsWith("<![CDATA[", lt)) {
      const end = closeOf("]]>", "CDATA section");
      const top = stack[stack.length - 1];
      if (!top) throw new XmlSyntaxError("CDATA outside the root element", line);
      top.el.text += source.slice(lt + 9, end - 3);
      pos = end;
    } else if (source.startsWith("<!", lt)) {
      throw new XmlSyntaxError("DOCTYPE and other declarations are not allowed in a manifest", line);
    } else if (source.startsWith("</", lt)) {
      const end = closeOf(">", "end tag");
      const name = source.slice(lt + 2, end - 1).trim();
      const top = stack.pop();
      if (!top) throw new XmlSyntaxError(`end tag </${name}> without a start tag`, line);
      if (top.el.qname !== name) {
        throw new XmlSyntaxError(
          `end tag </${name}> does not match <${top.el.qname}> (line ${top.el.line})`,
          line,
        );
      }
      pos = end;
    } else {
      START_TAG.lastIndex = lt;
      const tag = START_TAG.exec(source);
      if (!tag?.[1]) throw new XmlSyntaxError("malformed start tag", line);
      const qname = tag[1];
      const parentEntry = stack[stack.length - 1];
      if (!parentEntry && root) throw new XmlSyntaxError("a second root element", line);
      const scope = new Map(parentEntry?.scope ?? baseScope);
      const rawAttrs: { qname: string; value: string }[] = [];
      const attrRe = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
      for (let m = attrRe.exec(tag[2] ?? ""); m; m = attrRe.exec(tag[2] ?? "")) {
        const attrName = m[1] ?? "";
        if (rawAttrs.some((a) => a.qname === attrName)) {
          throw new XmlSyntaxError(`attribute ${attrName} repeated on <${qname}>`, line);
        }
        const value = decodeEntities(m[2] ?? m[3] ?? "", line);
        rawAttrs.push({ qname: attrName, value });
        if (attrName === "xmlns") scope.set("", value);
        else if (attrName.startsWith("xmlns:")) scope.set(attrName.slice(6), value);
      }
      const resolve = (prefix: string, forAttribute: boolean): string => {
        if (forAttribute && prefix === "") return "";
        const uri = scope.get(prefix);
        if (uri === undefined && prefix !== "")
          throw new XmlSyntaxError(`undeclared prefix "${prefix}:"`, line);
        return uri ?? "";
      };
      const attrs: XmlAttr[] = rawAttrs.map(({ qname: name, value }) => {
        const [prefix, local] = splitQName(name);
        const ns = name === "xmlns" || prefix === "xmlns" ? NS.xmlns : resolve(prefix, true);
        return { qname: name, local, ns, value };
      });
      const [prefix, local] = splitQName(qname);
      const el: XmlElement = {
        qname,
        local,
        ns: resolve(prefix, false),
        line,
        attrs,
        children: [],
        parent: parentEntry?.el ?? null,
        text: "",
      };
      if (parentEntry) parentEntry.el.children.push(el);
      else root = el;
      if (tag[3] !== "/") stack.push({ el, scope });
      pos = lt + tag[0].length;
    }
  }
  const open = stack.pop();
  if (open) throw new XmlSyntaxError(`<${open.el.qname}> is never closed`, open.el.line);
  if (!root) throw new XmlSyntaxError("no root element", 1);
  return root;
}

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

/** Width and height of a PNG file, or a reason why it is not one. */
function pngSize(file: string): { width: number; height: number } | string {
  const bytes = fs.readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return "is not a PNG file";
  if (bytes.toString("latin1", 12, 16) !== "IHDR") return "is a PNG without an IHDR header";
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A culture name (language-REGION), the form Microsoft's localization article recommends.
const CULTURE = /^[a-z]{2,3}-[a-z0-9]{2,8}$/i;

function ownChecks(
  root: XmlElement,
  options: Required<Omit<ValidateOptions, "fileName">>,
): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const report = (line: number | null, rule: ManifestRule, message: string): void => {
    problems.push({ line, rule, message });
  };

  // Id and DefaultLocale.
  const id = child(root, NS.app, "Id");
  const idText = id?.text.trim() ?? "";
  if (!id) report(null, "id", "<Id> is missing");
  else if (!GUID.test(idText) || /^[0-]+$/.test(idText)) {
    report(id.line, "id", `<Id> "${idText}" is not a GUID like 0f8fad5b-d9cb-469f-a165-70867728950e`);
  }
  const defaultLocaleEl = child(root, NS.app, "DefaultLocale");
  const defaultLocale = defaultLocaleEl?.text.trim() ?? "";
  if (!defaultLocaleEl || defaultLocale === "") report(null, "locale", "<DefaultLocale> is missing");
  else if (!CULTURE.test(defaultLocale)) {
    report(
      defaultLocaleEl.line,
      "locale",
      `<DefaultLocale> "${defaultLocale}" is not a culture name such as fi-FI`,
    );
  }

  // Resources by kind.
  const versionOverrides = child(root, NS.ov, "VersionOverrides");
  const resourcesEl = child(versionOverrides, NS.ov, "Resources");
  const resources = new Map<string, Resource>();
  const keyOf = (kind: ResourceKind, resid: string): string => `${kind}\u0000${resid}`;
  const collect = (kind: ResourceKind, container: string, item: string): void => {
    for (const el of childrenOf(child(resourcesEl, NS.bt, container), NS.bt, item)) {
      const resid = attr(el, "id") ?? "";
      const key = keyOf(kind, resid);
      const earlier = resources.get(key);
      if (earlier) {
        report(
          el.line,
          "resid",
          `${KIND_NAMES[kind]} id "${resid}" is defined twice (also line ${earlier.el.line})`,
        );
        continue;
      }
      resources.set(key, { ...localizable(el, `${KIND_NAMES[kind]} "${resid}"`, NS.bt), id: resid, kind });
    }
  };
  collect("image", "Images", "Image");
  collect("url", "Urls", "Url");
  collect("short", "ShortStrings", "String");
  collect("long", "LongStrings", "String");

  // Every resid resolves to a resource of the kind its element needs.
  const used = new Set<string>();
  const references: { el: XmlElement; kind: ResourceKind; resid: string }[] = [];
  for (const el of versionOverrides ? descendants(versionOverrides) : []) {
    const resid = attr(el, "resid");
    if (resid === undefined) continue;
    const kind = expectedKind(el);
    if (!kind) {
      report(
        el.line,
        "resid",
        `<${el.qname} resid="${resid}"> is not an element this validator knows to resolve`,
      );
      continue;
    }
    references.push({ el, kind, resid });
    if (resources.has(keyOf(kind, resid))) {
      used.add(keyOf(kind, resid));
      continue;
    }
    const elsewhere = (["image", "url", "short", "long"] as const).filter((k) =>
      resources.has(keyOf(k, resid)),
    );
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
  for (const [key, resource] of resources) {
    if (!used.has(key)) report(resource.el.line, "resid", `${resource.label} is defined but never used`);
  }

  // URLs: https only; development URLs must name files the build serves.
  const base = DEV_BASE_URL + "/";
  const baseUrlSettings = (["IconUrl", "HighResolutionIconUrl", "SupportUrl"] as const).flatMap((name) =>
    childrenOf(root, NS.app, name).map((el) => localizable(el, `<${name}>`, NS.app)),
  );
  const defaultSource = child(child(root, NS.app, "DefaultSettings"), NS.app, "SourceLocation");
  const urlSettings: Localizable[] = [
    ...baseUrlSettings,
    ...(defaultSource ? [localizable(defaultSource, "<DefaultSettings><SourceLocation>", NS.app)] : []),
    ...[...resources.values()].filter((r) => r.kind === "image" || r.kind === "url"),
  ];
  const urlValues = new Set<string>();
  const checkUrl = (value: string, line: number, label: string): void => {
    urlValues.add(value);
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      report(line, "url", `${label}: "${value}" is not an absolute URL`);
      return;
    }
    if (url.protocol !== "https:") {
      report(
        line,
        "url",
        `${label}: "${value}" must use https (Office refuses add-in content over ${url.protocol})`,
      );
      return;
    }
    if (!value.startsWith(base)) return;
    const file = decodePath(url.pathname.slice(new URL(base).pathname.length));
    if (file === undefined) {
      report(line, "url", `${label}: "${value}" has a malformed %-escape`);
    } else if (file.startsWith("assets/")) {
      const onDisk = path.join(options.assetsDir, file.slice("assets/".length));
      if (!isFile(onDisk)) report(line, "file", `${label}: ${value} names ${file}, which is not in assets/`);
    } else if (!options.servedFiles.includes(file)) {
      report(line, "file", `${label}: ${value} names ${file}, which the build does not produce`);
    }
  };
  for (const setting of urlSettings) {
    if (setting.defaultValue !== undefined) checkUrl(setting.defaultValue, setting.el.line, setting.label);
    for (const o of setting.overrides) checkUrl(o.value, o.line, `${setting.label} (${o.locale})`);
  }
  for (const el of childrenOf(child(root, NS.app, "AppDomains"), NS.app, "AppDomain")) {
    checkUrl(el.text.trim(), el.line, "<AppDomain>");
  }
  // Anything else that looks like a plain-http URL (namespace names are identifiers, not links).
  for (const el of descendants(root)) {
    const values = [
      ...el.attrs.filter((a) => a.ns !== NS.xmlns && a.ns !== NS.xsi).map((a) => a.value),
      el.text,
    ];
    for (const value of values) {
      if (urlValues.has(value)) continue;
      const plain = /\bhttp:\/\/[^\s"'<>]*/i.exec(value);
      if (plain) report(el.line, "url", `<${el.qname}>: "${plain[0]}" must use https`);
    }
  }

  // Icons: each image file is a PNG of the size it is used at.
  const iconUses: { resource: Localizable; size: number; line: number; what: string }[] = [];
  for (const ref of references) {
    if (ref.kind !== "image") continue;
    const resource = resources.get(keyOf("image", ref.resid));
    const size = Number(attr(ref.el, "size"));
    if (resource && Number.isInteger(size)) {
      iconUses.push({ resource, size, line: ref.el.line, what: `<bt:Image size="${size}">` });
    }
  }
  // learn.microsoft.com/javascript/api/manifest/iconurl and highresolutioniconurl: 32 and 64 px.
  for (const setting of baseUrlSettings) {
    const size = setting.label === "<IconUrl>" ? 32 : setting.label === "<HighResolutionIconUrl>" ? 64 : 0;
    if (size > 0) iconUses.push({ resource: setting, size, line: setting.el.line, what: setting.label });
  }
  const sizeChecked = new Set<string>();
  for (const use of iconUses) {
    const urls = [use.resource.defaultValue, ...use.resource.overrides.map((o) => o.value)];
    for (const value of urls) {
      if (value === undefined || !value.startsWith(base + "assets/")) continue;
      const name = decodePath(value.slice((base + "assets/").length));
      if (name === undefined) continue;
      const file = path.join(options.assetsDir, name);
      const key = `${file}\u0000${use.size}`;
      if (!isFile(file) || sizeChecked.has(key)) continue;
      sizeChecked.add(key);
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

  // Locales: one set of override locales shared by every localized string (no half translations);
  // URLs and images are either language-neutral or carry the same set.
  const namespaceRef = references.find((r) => r.el.local === "Namespace");
  const namespaceKey = namespaceRef ? keyOf("short", namespaceRef.resid) : "";
  const baseStrings = (["DisplayName", "Description"] as const).flatMap((name) =>
    childrenOf(root, NS.app, name).map((el) => localizable(el, `<${name}>`, NS.app)),
  );
  const strings: Localizable[] = [
    ...baseStrings,
    ...[...resources.entries()]
      .filter(([key, r]) => (r.kind === "short" || r.kind === "long") && key !== namespaceKey)
      .map(([, r]) => r),
  ];
  const everything: Localizable[] = [...strings, ...urlSettings];
  const normalize = (locale: string): string => locale.toLowerCase();
  const expected = new Map<string, string>();
  for (const item of strings) for (const o of item.overrides) expected.set(normalize(o.locale), o.locale);
  for (const item of everything) {
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
      if (defaultLocale !== "" && locale === normalize(defaultLocale)) {
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
    const isString = strings.includes(item);
    if (!isString && item.overrides.length === 0) continue;
    const missing = [...expected].filter(([locale]) => !seen.has(locale)).map(([, shown]) => shown);
    if (missing.length > 0) {
      report(item.el.line, "locale", `${item.label} has no Override for ${missing.join(", ")}`);
    }
  }

  // Custom functions: the TE namespace.
  const allFormFactors = descendants(root).filter((e) => e.ns === NS.ov && e.local === "AllFormFactors");
  const functionsPoint = allFormFactors
    .flatMap((f) => childrenOf(f, NS.ov, "ExtensionPoint"))
    .find((e) => xsiType(e) === "CustomFunctions");
  if (!functionsPoint) {
    report(
      null,
      "namespace",
      'no <ExtensionPoint xsi:type="CustomFunctions"> declares the TE custom functions',
    );
  } else {
    const namespaceEl = child(functionsPoint, NS.ov, "Namespace");
    const resource = namespaceRef ? resources.get(namespaceKey) : undefined;
    if (!namespaceEl) report(functionsPoint.line, "namespace", "the custom functions have no <Namespace>");
    else if (resource) {
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
  }

  // Requirement sets needed to install what the manifest declares.
  const sets = new Map<string, XmlElement>();
  for (const set of childrenOf(child(child(root, NS.app, "Requirements"), NS.app, "Sets"), NS.app, "Set")) {
    sets.set(attr(set, "Name") ?? "", set);
  }
  const runtimes = descendants(root).filter((e) => e.ns === NS.ov && e.local === "Runtime");
  if (runtimes.some((r) => attr(r, "lifetime") === "long") && !sets.has("SharedRuntime")) {
    report(
      null,
      "requirements",
      'a long-lived <Runtime> needs <Set Name="SharedRuntime"> in the base <Requirements>',
    );
  }
  if (functionsPoint && !sets.has("CustomFunctionsRuntime")) {
    report(
      null,
      "requirements",
      'custom functions need <Set Name="CustomFunctionsRuntime"> in the base <Requirements>',
    );
  }

  // One shared runtime, and every part loads the page it names.
  if (runtimes.length > 1) {
    report(runtimes[1]?.line ?? null, "runtime", "only one <Runtime> is supported");
  }
  const runtime = runtimes[0];
  if (runtime) {
    const runtimeResid = attr(runtime, "resid") ?? "";
    if (attr(runtime, "lifetime") !== "long") {
      report(runtime.line, "runtime", 'the Excel shared runtime needs lifetime="long"');
    }
    const mustShare: { el: XmlElement | undefined; what: string }[] = [
      {
        el: child(child(functionsPoint, NS.ov, "Page"), NS.ov, "SourceLocation"),
        what: "the custom-functions <Page>",
      },
      ...descendants(root)
        .filter((e) => e.ns === NS.ov && e.local === "Action" && xsiType(e) === "ShowTaskpane")
        .map((a) => ({ el: child(a, NS.ov, "SourceLocation"), what: "the ShowTaskpane <Action>" })),
      ...descendants(root)
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
    const runtimeUrl = resources.get(keyOf("url", runtimeResid))?.defaultValue;
    const paneUrl = defaultSource ? attr(defaultSource, "DefaultValue") : undefined;
    if (runtimeUrl !== undefined && paneUrl !== undefined && runtimeUrl !== paneUrl) {
      report(
        defaultSource?.line ?? null,
        "runtime",
        `<DefaultSettings><SourceLocation> is ${paneUrl}, but the shared runtime page is ${runtimeUrl}`,
      );
    }
  }

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
