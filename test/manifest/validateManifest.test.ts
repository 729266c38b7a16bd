import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  validateManifest,
  validateManifests,
  type ManifestProblem,
  type ManifestRule,
} from "../../scripts/validate-manifest";

const manifestPath = path.resolve(__dirname, "../../manifest.xml");
const real = fs.readFileSync(manifestPath, "utf8");

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not found`);
  return text.slice(0, at).split("\n").length;
}

/** Applies a literal replacement that must match exactly once, so a stale edit fails loudly. */
function replaceOnce(text: string, from: string, to: string): string {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`expected "${from}" exactly once, found ${parts.length - 1}`);
  return parts.join(to);
}

interface BrokenCase {
  readonly name: string;
  readonly edit: (xml: string) => string;
  /** The problem that must be reported. */
  readonly rule: ManifestRule;
  readonly message: RegExp;
  /** Text on the line the problem must point at (in the edited manifest). */
  readonly at?: string;
  /** Rules that may also be reported as a consequence of the same edit. */
  readonly alsoAllowed?: readonly ManifestRule[];
}

const cases: readonly BrokenCase[] = [
  {
    name: "XSD: unknown element",
    edit: (x) => replaceOnce(x, "<Permissions>", "<Colour>blue</Colour>\n  <Permissions>"),
    rule: "xsd",
    message: /Element 'Colour': This element is not expected\. Expected is \( Permissions \)/,
    at: "<Colour>",
  },
  {
    name: "XSD: base-manifest elements in the wrong order",
    edit: (x) =>
      replaceOnce(
        x,
        "<Version>0.1.0.0</Version>\n  <ProviderName>Työllisyysalue-työkalut</ProviderName>",
        "<ProviderName>Työllisyysalue-työkalut</ProviderName>\n  <Version>0.1.0.0</Version>",
      ),
    rule: "xsd",
    message:
      /Element 'ProviderName': This element is not expected\. Expected is one of \( AlternateId, Version \)/,
    at: "<ProviderName>",
  },
  {
    name: "XSD: Runtimes after AllFormFactors (the order Microsoft requires inside Host)",
    edit: (x) => {
      const runtimes = x.slice(
        x.indexOf("        <Runtimes>"),
        x.indexOf("</Runtimes>") + "</Runtimes>\n".length,
      );
      const moved = replaceOnce(x, runtimes, "");
      return replaceOnce(moved, "        </AllFormFactors>\n", "        </AllFormFactors>\n" + runtimes);
    },
    rule: "xsd",
    message: /Element 'Runtimes': This element is not expected/,
    at: "<Runtimes>",
  },
  {
    name: "dangling resid",
    edit: (x) => replaceOnce(x, '<Label resid="Group.Label"/>', '<Label resid="Group.Labl"/>'),
    rule: "resid",
    message: /<Label resid="Group\.Labl"> refers to no bt:ShortStrings\/bt:String \(dangling resid\)/,
    at: 'resid="Group.Labl"',
    alsoAllowed: ["resid"],
  },
  {
    name: "resid of the wrong kind (a short string where a long one is needed)",
    edit: (x) =>
      replaceOnce(x, '<Description resid="OpenPane.Description"/>', '<Description resid="OpenPane.Title"/>'),
    rule: "resid",
    message: /needs a bt:LongStrings\/bt:String, but "OpenPane\.Title" is a bt:ShortStrings\/bt:String/,
    at: '<Description resid="OpenPane.Title"/>',
  },
  {
    name: "http URL in a resource",
    edit: (x) =>
      replaceOnce(x, '"https://localhost:3000/functions.js"', '"http://localhost:3000/functions.js"'),
    rule: "url",
    message: /"http:\/\/localhost:3000\/functions\.js" must use https/,
    at: '"http://localhost:3000/functions.js"',
  },
  {
    name: "http URL in a locale override",
    edit: (x) =>
      replaceOnce(
        x,
        '<bt:Override Locale="sv-FI" Value="https://localhost:3000/functions.sv.json"/>',
        '<bt:Override Locale="sv-FI" Value="http://localhost:3000/functions.sv.json"/>',
      ),
    rule: "url",
    message:
      /"Functions\.Metadata\.Url" \(sv-FI\): "http:\/\/localhost:3000\/functions\.sv\.json" must use https/,
    at: 'Value="http://localhost:3000/functions.sv.json"',
  },
  {
    name: "the functions' script on another host (the shared runtime would load foreign code)",
    edit: (x) =>
      replaceOnce(x, '"https://localhost:3000/functions.js"', '"https://cdn.example.com/functions.js"'),
    rule: "url",
    message:
      /"Functions\.Script\.Url": "https:\/\/cdn\.example\.com\/functions\.js" is not on the add-in's own origin https:\/\/localhost:3000/,
    at: "cdn.example.com",
  },
  {
    name: "a support page on another host",
    edit: (x) =>
      replaceOnce(x, '"https://localhost:3000/support.html"', '"https://help.example.com/support.html"'),
    rule: "url",
    message: /<SupportUrl>: "https:\/\/help\.example\.com\/support\.html" is not on the add-in's own origin/,
    at: "help.example.com",
  },
  {
    name: "the same host on another port is another origin",
    edit: (x) =>
      replaceOnce(
        x,
        '"https://localhost:3000/assets/icon-32.png"/>\n  <High',
        '"https://localhost:4000/assets/icon-32.png"/>\n  <High',
      ),
    rule: "url",
    message: /<IconUrl>: "https:\/\/localhost:4000\/assets\/icon-32\.png" is not on the add-in's own origin/,
    at: "localhost:4000",
  },
  {
    name: "an AppDomain for another host",
    edit: (x) =>
      replaceOnce(
        x,
        "  <Hosts>\n    <Host Name",
        "  <AppDomains>\n    <AppDomain>https://login.example.com</AppDomain>\n  </AppDomains>\n  <Hosts>\n    <Host Name",
      ),
    rule: "url",
    message: /<AppDomain>: "https:\/\/login\.example\.com" is not on the add-in's own origin/,
    at: "login.example.com",
  },
  {
    name: "missing icon file",
    edit: (x) => replaceOnce(x, "assets/icon-80.png", "assets/icon-99.png"),
    rule: "file",
    message: /names assets\/icon-99\.png, which is not in assets\//,
    at: "icon-99.png",
  },
  {
    name: "icon file of the wrong size",
    edit: (x) =>
      replaceOnce(
        x,
        'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"',
        'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"',
      ),
    rule: "icon",
    message: /icon-64\.png is 64×64 px, but is used as a 80×80 icon/,
  },
  {
    name: "development URL naming a file the build does not produce",
    edit: (x) =>
      replaceOnce(x, '"https://localhost:3000/functions.js"', '"https://localhost:3000/function.js"'),
    rule: "file",
    message: /names function\.js, which the build does not produce/,
    at: "function.js",
  },
  {
    name: "a string missing one locale override",
    edit: (x) => replaceOnce(x, '\n          <bt:Override Locale="en-GB" Value="Employment services"/>', ""),
    rule: "locale",
    message: /bt:ShortStrings\/bt:String "Group\.Label" has no Override for en-GB$/,
    at: '<bt:String id="Group.Label"',
  },
  {
    name: "a locale that only one string has",
    edit: (x) =>
      replaceOnce(
        x,
        '<bt:Override Locale="en-GB" Value="Employment services"/>',
        '<bt:Override Locale="en-GB" Value="Employment services"/>\n          <bt:Override Locale="de-DE" Value="Arbeitsmarktdienste"/>',
      ),
    rule: "locale",
    message: /^<DisplayName> has no Override for de-DE$/,
    at: "<DisplayName",
    alsoAllowed: ["locale"],
  },
  {
    name: "an Override for the DefaultLocale itself",
    edit: (x) =>
      replaceOnce(
        x,
        '<Override Locale="sv-SE" Value="Sysselsättningsområde"/>',
        '<Override Locale="fi-FI" Value="Työllisyysalue"/>\n    <Override Locale="sv-SE" Value="Sysselsättningsområde"/>',
      ),
    rule: "locale",
    message: /<DisplayName>: fi-FI is the DefaultLocale/,
    at: '<Override Locale="fi-FI"',
    alsoAllowed: ["locale"],
  },
  {
    name: "wrong custom-function namespace",
    edit: (x) => replaceOnce(x, 'DefaultValue="TE"', 'DefaultValue="TY"'),
    rule: "namespace",
    message: /the custom-function namespace is "TY"; the contract is "TE"/,
    at: 'DefaultValue="TY"',
  },
  {
    name: "a localized namespace",
    edit: (x) =>
      replaceOnce(
        x,
        '<bt:String id="Functions.Namespace" DefaultValue="TE"/>',
        '<bt:String id="Functions.Namespace" DefaultValue="TE">\n          <bt:Override Locale="sv-SE" Value="AN"/>\n        </bt:String>',
      ),
    rule: "namespace",
    message: /the namespace must be TE in every language, not "AN" for sv-SE/,
    at: 'Value="AN"',
    alsoAllowed: ["locale"],
  },
  {
    name: "Id that is not a GUID",
    edit: (x) => replaceOnce(x, "<Id>d3ab258e-b425-4550-a9b8-d7904df3af6b</Id>", "<Id>tyollisyysalue</Id>"),
    rule: "id",
    message: /<Id> "tyollisyysalue" is not a GUID/,
    at: "<Id>",
    alsoAllowed: ["xsd"],
  },
  {
    name: "shared runtime without the SharedRuntime requirement set",
    edit: (x) => replaceOnce(x, '\n      <Set Name="SharedRuntime" MinVersion="1.1"/>', ""),
    rule: "requirements",
    message: /needs <Set Name="SharedRuntime">/,
  },
  {
    name: "custom functions loading a page other than the shared runtime's",
    edit: (x) =>
      replaceOnce(
        x,
        '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
        '<Page>\n              <SourceLocation resid="Functions.Script.Url"/>',
      ),
    rule: "runtime",
    message:
      /the custom-functions <Page> loads "Functions\.Script\.Url", not the shared runtime's "Taskpane\.Url"/,
  },
  {
    name: "a resource nothing refers to",
    edit: (x) =>
      replaceOnce(
        x,
        "      </bt:ShortStrings>",
        '        <bt:String id="Unused.Label" DefaultValue="Käyttämätön"/>\n      </bt:ShortStrings>',
      ),
    rule: "resid",
    message: /bt:ShortStrings\/bt:String "Unused\.Label" is defined but never used/,
    at: "Unused.Label",
    alsoAllowed: ["locale"],
  },
  {
    name: "not well-formed XML",
    edit: (x) => replaceOnce(x, "    </Hosts>\n    <Resources>", "    </Host>\n    <Resources>"),
    rule: "xml",
    message: /not well-formed XML: end tag <\/Host> does not match <Hosts> \(line \d+\)/,
    at: "    </Host>\n    <Resources>",
    alsoAllowed: ["xsd"],
  },
];

describe("garbage and truncated manifests", () => {
  it("are always reported, never crash the validator", async () => {
    const inputs = [
      "",
      "<",
      "not xml",
      "<OfficeApp/>",
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>',
      replaceOnce(real, "<Id>", "<Id>&bogus;"),
      // Cut at 30 points spread over the file: inside tags, attributes, comments and text.
      ...Array.from({ length: 30 }, (_, i) => real.slice(0, Math.floor((real.length * (i + 1)) / 31))),
    ];
    const results = await validateManifests(inputs.map((xml, i) => ({ fileName: `garbage-${i}.xml`, xml })));
    expect(results.map((problems, i) => [i, problems.length > 0])).toEqual(inputs.map((_, i) => [i, true]));
    expect(results[0]).toContainEqual({
      line: 1,
      rule: "xml",
      message: "not well-formed XML: document must contain a root element",
    });
    expect(results[4]).toContainEqual(
      expect.objectContaining({ rule: "xml", message: expect.stringContaining("DOCTYPE") }),
    );
  });
});

describe("manifest.xml", () => {
  it("passes the XSDs and every own check", async () => {
    expect(await validateManifest(real)).toEqual([]);
  });

  describe("each deliberately broken copy fails with the right message", () => {
    let results: ManifestProblem[][] = [];
    const broken = cases.map((c, i) => ({ fileName: `broken-${i}.xml`, xml: c.edit(real) }));

    beforeAll(async () => {
      results = await validateManifests(broken);
    });

    it.each(cases.map((c, i) => [c.name, i] as const))("%s", (_name, i) => {
      const c = cases[i]!;
      const problems = results[i]!;
      const xml = broken[i]!.xml;
      expect(xml).not.toBe(real);
      const line = c.at === undefined ? undefined : lineOf(xml, c.at);
      const match = problems.find(
        (p) => p.rule === c.rule && c.message.test(p.message) && (line === undefined || p.line === line),
      );
      expect({ found: match !== undefined, problems }).toMatchObject({ found: true });
      const allowed = new Set<ManifestRule>([c.rule, ...(c.alsoAllowed ?? [])]);
      expect(problems.filter((p) => !allowed.has(p.rule))).toEqual([]);
    });
  });
});

describe("icon files that are not valid PNGs", () => {
  it("are reported at the manifest line that uses them", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-assets-"));
    try {
      for (const f of fs.readdirSync(path.resolve(__dirname, "../../assets"))) {
        fs.copyFileSync(path.resolve(__dirname, "../../assets", f), path.join(dir, f));
      }
      const good = fs.readFileSync(path.join(dir, "icon-80.png"));
      fs.writeFileSync(path.join(dir, "icon-80.png"), good.subarray(0, good.length - 30)); // truncated
      const problems = await validateManifest(real, { assetsDir: dir });
      expect(problems).toEqual([
        {
          line: lineOf(real, '<bt:Image size="80" resid="Icon.80x80"/>'),
          rule: "icon",
          message: expect.stringMatching(
            /^<bt:Image size="80">: https:\/\/localhost:3000\/assets\/icon-80\.png is not a valid PNG file \(/,
          ),
        },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
