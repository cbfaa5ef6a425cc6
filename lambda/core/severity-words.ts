/**
 * Spoken severity words (docs/rules.md). The ids are the SeverityWord slot type's ids in the
 * interaction model; each maps to the middle of its band so a word never crosses a boundary.
 */
export const SEVERITY_WORD_LEVELS = { mild: 2, moderate: 5, severe: 8 } as const;
export type SeverityWordId = keyof typeof SEVERITY_WORD_LEVELS;
export const SEVERITY_WORD_IDS: readonly SeverityWordId[] = ['mild', 'moderate', 'severe'];

/** The words (and their synonyms in the slot type) that resolve to each id. */
export const SEVERITY_WORD_SYNONYMS: Readonly<Record<SeverityWordId, readonly string[]>> = {
  mild: ['a little', 'slightly', 'mild'],
  moderate: ['moderate', 'pretty', 'quite'],
  severe: ['very', 'really', 'severe', 'extremely'],
};

/** Spoken word → number on the 0–10 scale. */
export const SPOKEN_SEVERITY: ReadonlyMap<string, number> = new Map(
  SEVERITY_WORD_IDS.flatMap((id) =>
    SEVERITY_WORD_SYNONYMS[id].map((word) => [word, SEVERITY_WORD_LEVELS[id]] as const),
  ),
);

export function isSeverityWordId(value: string): value is SeverityWordId {
  return Object.hasOwn(SEVERITY_WORD_LEVELS, value);
}

/** The number a spoken word stands for, or undefined when the word is not a severity word. */
export function severityFromWord(word: string): number | undefined {
  return SPOKEN_SEVERITY.get(word.trim().toLowerCase());
}
