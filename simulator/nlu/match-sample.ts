import type { SamplePart } from './types';

/** Slot name → the words it took. */
export type SlotBinding = ReadonlyMap<string, readonly string[]>;

/**
 * Every way the words fit the sample exactly: literals must match word for word,
 * each slot takes one or more words.
 */
export function matchSample(parts: readonly SamplePart[], words: readonly string[]): SlotBinding[] {
  const results: SlotBinding[] = [];
  const bound = new Map<string, readonly string[]>();
  const walk = (partIndex: number, wordIndex: number): void => {
    const part = parts[partIndex];
    if (!part) {
      if (wordIndex === words.length) results.push(new Map(bound));
      return;
    }
    if (part.kind === 'word') {
      if (words[wordIndex] === part.word) walk(partIndex + 1, wordIndex + 1);
      return;
    }
    // Later parts each need at least one word.
    const lastEnd = words.length - (parts.length - partIndex - 1);
    for (let end = wordIndex + 1; end <= lastEnd; end++) {
      bound.set(part.name, words.slice(wordIndex, end));
      walk(partIndex + 1, end);
      bound.delete(part.name);
    }
  };
  walk(0, 0);
  return results;
}
