/**
 * Upper bounds of every number the add-in reads, shared by the input model (model.ts) and the
 * custom functions (src/functions/specs.ts), so that the JSON file, the pane and a worksheet
 * formula accept the same figures.
 *
 * They are sanity limits, not rules of law: they catch a misplaced decimal point or a figure typed
 * into the wrong field (Finland has 5,6 million residents; the largest areas spend tens of millions
 * of euros a year). They also keep every computation small: 10 000 000 000 € is 10¹² cents, far
 * inside the 2⁵³ that binary floating point counts exactly, so the cent allocation of a cost split
 * never meets a total whose cents cannot be counted one by one.
 */

/** Euros: totals, state shares, frames (±, where a function may also return money). */
export const MAX_EUROS = 10_000_000_000;

/** People counted or averaged: residents, job seekers, labour force, clients, and a threshold of them. */
export const MAX_PERSONS = 10_000_000;

/** Clients per full-time person-year (asiakassalkku); targets are around 100–200. */
export const MAX_CASELOAD = 10_000;

/**
 * Yearly relative change as a decimal: above −1 (a labour force cannot shrink by 100 % or more)
 * and at most +1, since a figure such as 1,2 is almost surely a percentage typed as a decimal
 * (the Kympin plan's −1,2 % is −0,012, docs/sources.md#projection). The lower bound is exclusive.
 */
export const MIN_YEARLY_CHANGE = -1;
export const MAX_YEARLY_CHANGE = 1;

/** Whole years a projection may look ahead. */
export const MAX_PROJECTION_YEARS = 100;

/**
 * Problems the CLI and the pane list one by one; past this many they say how many more there
 * are. A million duplicate keys need not print a million lines.
 */
export const MAX_REPORTED_PROBLEMS = 100;

/**
 * Member municipalities in one employment area (työllisyysalue). Finland has 308 municipalities,
 * so no area comes close; the CSV reader stops at the first row past this many instead of reading
 * the rest of a file that cannot be right.
 */
export const MAX_MUNICIPALITIES = 400;

/**
 * The largest input read: 10 MB (bytes of a file or stdin; characters of pasted text). The largest
 * valid input — 400 municipalities with every field and note — is far below it (docs/input.md).
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * The largest Statistics Finland (PxWeb) export read: 64 MB. Unlike the product's own files, a
 * PxWeb table may hold the whole country (308 municipalities, every single year of age, every year
 * since 1990: tens of megabytes) of which an area needs a few rows; the reader keeps only the
 * members' cells, so its memory stays bounded by the text itself (`npm run bench` measures a 20 MB
 * file).
 */
export const MAX_STATFIN_BYTES = 64 * 1024 * 1024;
