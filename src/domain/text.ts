/**
 * Text from file bytes, one rule for the CLI and the pane. Files from Windows tools arrive as UTF-8
 * with or without a byte-order mark, or as UTF-16 with one ("Unicode text" from Excel); a file
 * saved as "ANSI", and Statistics Finland's PxWeb exports, are Windows-1252 without a mark (`ö` is
 * the single byte 0xF6), which `legacy` allows: every Finnish and Swedish letter is in it.
 * UTF-8 is decoded strictly, so a Windows-1252 file never reads as UTF-8 with broken letters.
 * Anything else is undefined rather than read wrong.
 *
 * `TextDecoder` with "windows-1252" is in Node and every browser (the WHATWG Encoding Standard),
 * so no library is needed.
 */
export function decodeBytes(bytes: Uint8Array, legacy: boolean): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return legacy ? new TextDecoder("windows-1252").decode(bytes) : undefined;
  }
}
