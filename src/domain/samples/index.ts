import type { AreaInputDraft } from "../model";
import { keravaSipoo } from "./keravaSipoo";
import { kympin } from "./kympin";
import { pohjoinenKeskiSuomi } from "./pohjoinenKeskiSuomi";

/**
 * The sample areas, one per organizing plan (docs/sources.md#samples); Kerava–Sipoo is the one a
 * newcomer sees first (the standalone pane, `cli sample` examples). Each module says which figures
 * are the plan's and which are illustrative.
 */
export const SAMPLE_IDS = ["kerava-sipoo", "pohjoinen-keski-suomi", "kympin"] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];
export const DEFAULT_SAMPLE: SampleId = "kerava-sipoo";

export interface Sample {
  readonly id: SampleId;
  /**
   * The source plan it comes from (000 Kerava–Sipoo, 002 Pohjoinen Keski-Suomi, 004 Kympin;
   * docs/sources.md#samples).
   */
  readonly seed: string;
  /**
   * The input as a user would write it (defaults not filled in), except that every free text — the
   * area, budget lines, staffing titles, client groups, services and their notes — is an id whose
   * words, in each language, live in src/i18n (docs/sources.md#sample-texts). `withTexts` puts the
   * words in. Municipality names are names, not words: they stay as the statistics spell them.
   */
  readonly input: AreaInputDraft;
}

export const SAMPLES: Readonly<Record<SampleId, Sample>> = {
  "kerava-sipoo": {
    id: "kerava-sipoo",
    seed: "000",
    input: keravaSipoo,
  },
  "pohjoinen-keski-suomi": {
    id: "pohjoinen-keski-suomi",
    seed: "002",
    input: pohjoinenKeskiSuomi,
  },
  kympin: {
    id: "kympin",
    seed: "004",
    input: kympin,
  },
};

export const isSampleId = (value: unknown): value is SampleId =>
  (SAMPLE_IDS as readonly unknown[]).includes(value);

/**
 * The draft with `word` applied to each of its free texts (see `Sample.input`), in input order:
 * the area, each budget line's name and note, each staffing row's title and note, each client
 * group's name, each service's name and its production modes' notes. Nothing else changes.
 */
export function withTexts(draft: AreaInputDraft, word: (id: string) => string): AreaInputDraft {
  const note = <T extends { readonly note?: string }>(item: T): T =>
    item.note === undefined ? item : { ...item, note: word(item.note) };
  return {
    ...draft,
    area: word(draft.area),
    ...(draft.budget
      ? {
          budget: {
            ...draft.budget,
            lines: draft.budget.lines.map((line) => note({ ...line, name: word(line.name) })),
          },
        }
      : {}),
    ...(draft.staffing
      ? {
          staffing: {
            ...draft.staffing,
            rows: draft.staffing.rows.map((row) => note({ ...row, title: word(row.title) })),
          },
        }
      : {}),
    ...(draft.caseload
      ? { caseload: { groups: draft.caseload.groups.map((group) => ({ ...group, name: word(group.name) })) } }
      : {}),
    ...(draft.services
      ? {
          services: {
            rows: draft.services.rows.map((row) => ({
              ...row,
              service: word(row.service),
              ...(row.modes
                ? {
                    modes: Object.fromEntries(
                      Object.entries(row.modes).map(([mode, cell]) => [mode, cell && note(cell)]),
                    ),
                  }
                : {}),
            })),
          },
        }
      : {}),
  };
}

/** Every text id of a sample's input, in input order, each once. */
export function sampleTextIds(id: SampleId): string[] {
  const ids: string[] = [];
  withTexts(SAMPLES[id].input, (text) => {
    if (!ids.includes(text)) ids.push(text);
    return text;
  });
  return ids;
}
