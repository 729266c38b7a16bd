import JSZip from "jszip";
import { SaxesParser } from "saxes";

/**
 * Every XML part of an .xlsx file (a zip of XML documents) parsed with a strict, conforming XML
 * parser (saxes, namespaces on): each well-formedness error comes back as "part: line:col: message".
 * Excel repairs, and LibreOffice silently truncates, a part that is not well-formed, so a writer
 * that passes its read-back tests can still produce a file that loses data.
 */
export async function xmlProblems(file: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(file);
  const problems: string[] = [];
  const parts = Object.values(zip.files).filter(
    (entry) => !entry.dir && /\.(xml|rels|vml)$/i.test(entry.name),
  );
  if (parts.length === 0) return ["no XML parts at all"];
  for (const part of parts) {
    const text = await part.async("string");
    const parser = new SaxesParser({ xmlns: true });
    parser.on("error", (error) => {
      problems.push(`${part.name}: ${error.message}`);
    });
    try {
      parser.write(text).close();
    } catch (error) {
      problems.push(`${part.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

/** The names of the XML parts, to check that a test looked at them all. */
export async function xmlPartNames(file: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(file);
  return Object.keys(zip.files).filter((name) => /\.(xml|rels|vml)$/i.test(name));
}
