import type { SamplePart } from './types';

/** Slot name → the words it took. */
export type SlotBinding = ReadonlyMap<string, readonly string[]>;

/**
 * Every way the words fit the sample exactly: literals must match word for word,
 * each slot takes one or more words. The count grows combinatorially with the length of a line,
 * so the simulator never calls this: it is the reference bestBinding is tested against.
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

/** How well a slot fits the words it would take; lower is better. */
export interface SpanFit {
  /** Ranked as in rank.ts: each unit of `unresolved` outweighs any number of resolved slots. */
  unresolved: number;
  resolved: boolean;
}

export interface SpanScorer {
  /** The fit of slot `name` taking words[start, end). */
  fit(name: string, start: number, end: number): SpanFit;
  /**
   * From `start`, the longest span whose fit can differ from `beyond`: every longer span fits
   * exactly as `beyond`, never resolved. A slot type's phrases are a few words long, so this
   * is what keeps the search linear in the length of a line.
   */
  horizon(name: string, start: number): { length: number; beyond: SpanFit };
}

/** Slot name → [start, end) of the words it took. */
export type SpanBinding = ReadonlyMap<string, readonly [number, number]>;

// Unresolved slots come first in rank.ts, resolved ones only break ties: one unresolved slot
// must weigh more than every slot of a sample resolved.
const UNRESOLVED_WEIGHT = 1_000;
const weight = (fit: SpanFit) => fit.unresolved * UNRESOLVED_WEIGHT - (fit.resolved ? 1 : 0);

interface Table {
  /** Best total weight of parts p.. from word w, Infinity where they cannot fit. */
  score: Float64Array[];
  /** For a slot part: the end of its span in that best fit. */
  end: Int32Array[];
}

/**
 * The binding matchSample would rank first for one sample, found without listing them all:
 * fewest unresolved slots, then most resolved, then the first in matchSample's order (each slot
 * as short as it can be, from the left). With `needResolved`, only bindings with a resolved slot
 * count (a sample of bare slots is no match unless one of them understood something).
 * A sample naming one slot twice is refused by Alexa's model build; it gets undefined here.
 */
export function bestBinding(
  parts: readonly SamplePart[],
  words: readonly string[],
  scorer: SpanScorer,
): SpanBinding | undefined {
  const slotNames = parts.flatMap((part) => (part.kind === 'slot' ? [part.name] : []));
  if (new Set(slotNames).size !== slotNames.length) return undefined;
  const n = words.length;
  if (parts.length > n) return undefined;
  const any = solve(parts, words, scorer, false, undefined);
  const top = any.score[0]?.[0] ?? Number.POSITIVE_INFINITY;
  if (!Number.isFinite(top)) return undefined;
  const hasLiteral = parts.some((part) => part.kind === 'word');
  const withoutUnresolved = top <= 0;
  const resolvedInTop = Math.round(top) % UNRESOLVED_WEIGHT !== 0;
  if (hasLiteral || withoutUnresolved || resolvedInTop) {
    return trace(parts, scorer, any, undefined, false);
  }
  const withResolved = solve(parts, words, scorer, true, any);
  if (!Number.isFinite(withResolved.score[0]?.[0] ?? Number.POSITIVE_INFINITY)) return undefined;
  return trace(parts, scorer, any, withResolved, true);
}

function emptyTable(parts: number, n: number): Table {
  return {
    score: Array.from({ length: parts + 1 }, () =>
      new Float64Array(n + 2).fill(Number.POSITIVE_INFINITY),
    ),
    end: Array.from({ length: parts + 1 }, () => new Int32Array(n + 2).fill(-1)),
  };
}

/**
 * Bottom-up over parts, last first. `resolvedOnly` fills the table of bindings with at least
 * one resolved slot; a resolved span then continues in `any`, the unconstrained table.
 */
function solve(
  parts: readonly SamplePart[],
  words: readonly string[],
  scorer: SpanScorer,
  resolvedOnly: boolean,
  any: Table | undefined,
): Table {
  const n = words.length;
  const table = emptyTable(parts.length, n);
  const last = table.score[parts.length];
  if (last && !resolvedOnly) last[n] = 0;
  for (let p = parts.length - 1; p >= 0; p--) {
    const part = parts[p];
    const score = table.score[p];
    const ends = table.end[p];
    const next = table.score[p + 1];
    const nextAny = any?.score[p + 1] ?? next;
    if (!part || !score || !ends || !next || !nextAny) continue;
    if (part.kind === 'word') {
      for (let w = 0; w < n; w++) {
        if (words[w] === part.word) score[w] = next[w + 1] ?? Number.POSITIVE_INFINITY;
      }
      continue;
    }
    // Smallest weight of `next` from each end onwards, and the first end that reaches it.
    const suffixScore = new Float64Array(n + 2).fill(Number.POSITIVE_INFINITY);
    const suffixEnd = new Int32Array(n + 2).fill(-1);
    for (let e = n; e >= 1; e--) {
      const here = next[e] ?? Number.POSITIVE_INFINITY;
      const later = suffixScore[e + 1] ?? Number.POSITIVE_INFINITY;
      if (here <= later) {
        suffixScore[e] = here;
        suffixEnd[e] = e;
      } else {
        suffixScore[e] = later;
        suffixEnd[e] = suffixEnd[e + 1] ?? -1;
      }
    }
    for (let w = 0; w < n; w++) {
      let bestScore = Number.POSITIVE_INFINITY;
      let bestEnd = -1;
      const { length, beyond } = scorer.horizon(part.name, w);
      const lastExplicit = Math.min(w + length, n);
      for (let e = w + 1; e <= lastExplicit; e++) {
        const fit = scorer.fit(part.name, w, e);
        const rest = resolvedOnly && fit.resolved ? nextAny[e] : next[e];
        const total = weight(fit) + (rest ?? Number.POSITIVE_INFINITY);
        if (total < bestScore) {
          bestScore = total;
          bestEnd = e;
        }
      }
      const from = Math.max(lastExplicit + 1, w + 1);
      const farScore = suffixScore[from] ?? Number.POSITIVE_INFINITY;
      const far = weight(beyond) + farScore;
      if (far < bestScore) {
        bestScore = far;
        bestEnd = suffixEnd[from] ?? -1;
      }
      score[w] = bestScore;
      ends[w] = bestEnd;
    }
  }
  return table;
}

function trace(
  parts: readonly SamplePart[],
  scorer: SpanScorer,
  any: Table,
  withResolved: Table | undefined,
  startResolvedOnly: boolean,
): SpanBinding {
  const binding = new Map<string, readonly [number, number]>();
  let resolvedOnly = startResolvedOnly;
  let w = 0;
  for (const [p, part] of parts.entries()) {
    if (part.kind === 'word') {
      w += 1;
      continue;
    }
    const table = resolvedOnly && withResolved ? withResolved : any;
    const end = table.end[p]?.[w] ?? -1;
    binding.set(part.name, [w, end]);
    if (resolvedOnly && scorer.fit(part.name, w, end).resolved) resolvedOnly = false;
    w = end;
  }
  return binding;
}
