/**
 * Statistics Finland PxWeb exports as the service saves them ("comma delimited with heading"): a
 * quoted title line, a blank line, a quoted header row, text quoted and numbers not, CRLF line
 * ends, Windows-1252 bytes without a byte-order mark (`ä` is the single byte 0xE4).
 */

/** Text as Windows-1252 bytes; every character used here is in Latin-1, which it extends. */
export function cp1252(text: string): Uint8Array {
  for (const char of text) {
    if (char.charCodeAt(0) > 0xff) throw new Error(`not in Windows-1252: ${char}`);
  }
  return Uint8Array.from(Buffer.from(text, "latin1"));
}

const quoted = (text: string) => `"${text}"`;

/**
 * A long table: one row per region × variable, one column per year. `rows` are
 * [region, variable, ...one figure or dot code per year].
 */
export function pxwebLong(
  title: string,
  years: readonly string[],
  rows: readonly (readonly [string, string, ...(number | string)[]])[],
): Uint8Array {
  const lines = [
    quoted(title),
    "",
    ["Alue", "Tiedot", ...years].map(quoted).join(","),
    ...rows.map(([region, variable, ...values]) =>
      [
        quoted(region),
        quoted(variable),
        ...values.map((value) => (typeof value === "number" ? String(value) : quoted(value))),
      ].join(","),
    ),
  ];
  return cp1252(lines.join("\r\n") + "\r\n");
}

/**
 * Kerava–Sipoo's figures in 11ra style (population, labour force, unemployed) for 2023 and 2024,
 * with the whole country and a non-member (Vantaa) among them, as a national export has.
 */
export const KERAVA_SIPOO_11RA = pxwebLong(
  "11ra -- Tunnuslukuja väestöstä alueittain, 2023-2024",
  ["2023", "2024"],
  [
    ["KOKO MAA", "Väkiluku", 5603851, 5635971],
    ["KU245 Kerava", "Väkiluku", 37600, 38000],
    ["KU245 Kerava", "Työvoima", 18700, 18875],
    ["KU245 Kerava", "Työttömät (työnhakijat)", 2000, 2100],
    ["KU753 Sipoo", "Väkiluku", 21900, 22000],
    ["KU753 Sipoo", "Työvoima", 11600, 11691],
    ["KU753 Sipoo", "Työttömät (työnhakijat)", 650, 700],
    ["KU092 Vantaa", "Väkiluku", 245000, 248000],
    ["KU092 Vantaa", "Työvoima", 130000, 131000],
    ["KU092 Vantaa", "Työttömät (työnhakijat)", 15000, 15500],
  ],
);
