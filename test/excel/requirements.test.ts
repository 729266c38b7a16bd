import * as path from "path";
import ts from "typescript";
import {
  API_USES,
  describeMissingRequirements,
  missingRequirements,
  REQUIRED_SETS,
} from "../../src/excel/requirements";
import { FakeExcel } from "../support/fakeExcel";

describe("missingRequirements", () => {
  it("lists nothing on an Excel with ExcelApi 1.8", () => {
    expect(missingRequirements(FakeExcel.requirements("1.8"))).toEqual([]);
    expect(missingRequirements(FakeExcel.requirements("1.17"))).toEqual([]);
  });

  it("lists every set a host lacks, oldest first", () => {
    expect(missingRequirements(FakeExcel.requirements("1.7"))).toEqual(["ExcelApi 1.8"]);
    expect(missingRequirements(FakeExcel.requirements("1.3"))).toEqual([
      "ExcelApi 1.4",
      "ExcelApi 1.6",
      "ExcelApi 1.7",
      "ExcelApi 1.8",
    ]);
  });

  it("lists every set outside Office", () => {
    expect(missingRequirements(undefined)).toEqual(REQUIRED_SETS);
    expect(REQUIRED_SETS).toEqual([
      "ExcelApi 1.1",
      "ExcelApi 1.2",
      "ExcelApi 1.4",
      "ExcelApi 1.6",
      "ExcelApi 1.7",
      "ExcelApi 1.8",
    ]);
  });

  it.each([
    ["fi", "Tämä Excel-versio ei tue kaikkia apuohjelman tarvitsemia ominaisuuksia (puuttuu ExcelApi 1.8)."],
    [
      "sv",
      "Den här versionen av Excel stöder inte alla funktioner som tillägget behöver (saknas: ExcelApi 1.8).",
    ],
    ["en", "This version of Excel lacks features the add-in needs (missing ExcelApi 1.8)."],
  ] as const)("says so in %s", (lang, start) => {
    expect(describeMissingRequirements(lang, ["ExcelApi 1.8"]).startsWith(start)).toBe(true);
  });
});

/**
 * The API→set table against @types/office-js: each member's set is the one its `[Api set: …]`
 * remark names (members without one, such as `load` or `sync`, belong to ExcelApi 1.1), and every
 * Excel member that src/excel/ touches is in the table.
 */
describe("API_USES matches @types/office-js and the adapter's code", () => {
  const root = path.resolve(__dirname, "../..");
  const dir = path.join(root, "src/excel");
  const files = ts.sys.readDirectory(dir, [".ts"]);
  const config = ts.parseJsonConfigFileContent(
    ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile).config,
    ts.sys,
    root,
  );
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();

  /** ["Range"] for Excel.Range, one per member of a union, none outside the Excel namespace. */
  const excelClasses = (type: ts.Type): string[] => {
    if (type.isUnion()) return type.types.flatMap(excelClasses);
    const symbol = type.getSymbol() ?? type.aliasSymbol;
    const name = symbol && checker.getFullyQualifiedName(symbol);
    return name?.startsWith("Excel.") ? [name.slice("Excel.".length)] : [];
  };

  /** The member's set; "none" when it has no remark, "inherited" when the class does not declare it. */
  const apiSet = (cls: string, member: string): string | undefined => {
    const holder = program.getSourceFiles().find((f) => f.fileName.includes("@types/office-js"));
    let found: string | undefined;
    const visit = (node: ts.Node, inExcel: boolean): void => {
      if (found) return;
      if (ts.isModuleDeclaration(node))
        return ts.forEachChild(node, (n) => visit(n, node.name.getText() === "Excel"));
      if (inExcel && ts.isClassDeclaration(node) && node.name?.text === cls) {
        found = "inherited";
        for (const m of node.members) {
          if (m.name?.getText() === member) {
            const remark = /\[\s*Api set:\s*(ExcelApi \d+\.\d+)/.exec(m.getFullText());
            found = remark ? remark[1] : "none";
          }
        }
        return;
      }
      ts.forEachChild(node, (n) => visit(n, inExcel));
    };
    if (holder) visit(holder, false);
    return found;
  };

  it("gives each member the set @types/office-js names", () => {
    // Members every client object or collection has, and RequestContext's, carry no remark: ExcelApi 1.1.
    const base = ["load", "isNullObject", "items", "sync", "workbook", "application"];
    const wrong = API_USES.flatMap(({ member, set }) => {
      const [cls = "", name = ""] = member.split(".");
      const declared = apiSet(cls, name);
      const unmarked = declared === "none" || declared === "inherited";
      const expected = unmarked && base.includes(name) ? "ExcelApi 1.1" : declared;
      return expected === set ? [] : [`${member}: ${set}, declared ${declared}`];
    });
    expect(wrong).toEqual([]);
  });

  it("lists every Excel member that src/excel/ uses", () => {
    const used = new Set<string>();
    for (const file of program.getSourceFiles().filter((f) => files.includes(f.fileName))) {
      const visit = (node: ts.Node): void => {
        if (ts.isPropertyAccessExpression(node)) {
          for (const cls of excelClasses(checker.getTypeAtLocation(node.expression))) {
            used.add(`${cls}.${node.name.text}`);
          }
        }
        // const { font, fill } = range.format
        if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer) {
          for (const cls of excelClasses(checker.getTypeAtLocation(node.initializer))) {
            for (const element of node.name.elements) {
              used.add(`${cls}.${(element.propertyName ?? element.name).getText()}`);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    const listed = new Set(API_USES.map((use) => use.member));
    expect([...used].filter((member) => !listed.has(member)).sort()).toEqual([]);
    // And the table lists nothing the code has stopped using.
    expect([...listed].filter((member) => !used.has(member)).sort()).toEqual([]);
  });
});

describe("docs/excel.md", () => {
  it("lists the same members and sets as API_USES", () => {
    const text = ts.sys.readFile(path.resolve(__dirname, "../../docs/excel.md")) ?? "";
    const documented: string[] = [];
    for (const line of text.split("\n")) {
      const row = /^\| (.+) \| (ExcelApi \d+\.\d+) \|$/.exec(line);
      if (!row) continue;
      let cls = "";
      for (const [, token] of row[1]!.matchAll(/`([^`]+)`/g)) {
        // "`Range.load`, `.values`": a leading dot continues the class before it.
        if (token!.startsWith(".")) documented.push(`${cls}${token} ${row[2]}`);
        else {
          cls = token!.split(".")[0]!;
          documented.push(`${token} ${row[2]}`);
        }
      }
    }
    expect(documented.sort()).toEqual(API_USES.map(({ member, set }) => `${member} ${set}`).sort());
  });
});
