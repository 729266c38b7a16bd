/**
 * Numbers typed into the pane's fields. Finnish and Swedish users write "0,5", English users
 * "0.5"; both are accepted whatever the display language, as are spaces between digit groups
 * ("7 300 000") and the typographic minus. A value using both "," and "." is ambiguous and rejected
 * rather than guessed. (Cells of a selected range are never parsed like this: a text cell there is
 * an error — see selectionInput.ts.)
 */
const GROUP_SPACES = /(?<=\d)[\u0020\u00a0\u202f](?=\d{3}(?:\D|$))/g;
const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

export type ParsedNumber =
  | { readonly kind: "empty" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "invalid"; readonly text: string };

export function parseNumberInput(raw: string): ParsedNumber {
  const trimmed = raw.trim();
  if (trimmed === "") return { kind: "empty" };
  const compact = trimmed.replace(GROUP_SPACES, "").replace(/^[\u2212\u2013]/, "-");
  if (compact.includes(",") && compact.includes(".")) return { kind: "invalid", text: trimmed };
  const normalized = compact.replace(",", ".");
  if (!PLAIN_NUMBER.test(normalized)) return { kind: "invalid", text: trimmed };
  const value = Number(normalized);
  return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid", text: trimmed };
}
