import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestBinding,
  matchSample,
  type SpanFit,
  type SpanScorer,
} from '../../simulator/nlu/match-sample';
import type { SamplePart } from '../../simulator/nlu/types';
import { understand } from '../../simulator/nlu/understand';
import { realModel, SKILL_ID } from './real-model';

const VOCABULARY = ['a', 'b', 'c', 'd'];

/**
 * A scorer that is a pure function of the span's words, as the simulator's is: spans of up to
 * `horizon` words get a fit of their own, every longer one the same unresolved fit.
 */
function wordScorer(words: readonly string[], horizon: number, seed: number) {
  let calls = 0;
  const BEYOND: SpanFit = { unresolved: 1, resolved: false };
  const scorer: SpanScorer = {
    fit(name, start, end) {
      calls++;
      if (end - start > horizon) return BEYOND;
      const key = `${name}:${words.slice(start, end).join(' ')}`;
      let hash = seed;
      for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
      const kind = hash % 4;
      return kind === 0
        ? { unresolved: 0, resolved: true }
        : kind === 1
          ? { unresolved: 0, resolved: false }
          : { unresolved: kind - 1, resolved: false };
    },
    horizon: () => ({ length: horizon, beyond: BEYOND }),
  };
  return { scorer, calls: () => calls };
}

/** What recognise-intent used to do: score every binding, keep the first of the best. */
function bestByEnumeration(
  parts: readonly SamplePart[],
  words: readonly string[],
  scorer: SpanScorer,
): Map<string, [number, number]> | undefined {
  const literalFree = parts.every((part) => part.kind === 'slot');
  let best:
    | { unresolved: number; resolved: number; spans: Map<string, [number, number]> }
    | undefined;
  for (const binding of matchSample(parts, words)) {
    let unresolved = 0;
    let resolved = 0;
    const spans = new Map<string, [number, number]>();
    // matchSample gives words, not positions: parts are in order, so positions follow.
    let at = 0;
    for (const part of parts) {
      if (part.kind === 'word') {
        at += 1;
        continue;
      }
      const taken = binding.get(part.name)?.length ?? 0;
      const fit = scorer.fit(part.name, at, at + taken);
      unresolved += fit.unresolved;
      resolved += fit.resolved ? 1 : 0;
      spans.set(part.name, [at, at + taken]);
      at += taken;
    }
    if (literalFree && unresolved > 0 && resolved === 0) continue;
    if (
      !best ||
      unresolved < best.unresolved ||
      (unresolved === best.unresolved && resolved > best.resolved)
    ) {
      best = { unresolved, resolved, spans };
    }
  }
  return best?.spans;
}

const partArb: fc.Arbitrary<SamplePart[]> = fc
  .array(fc.oneof(fc.constantFrom(...VOCABULARY), fc.constant('{slot}')), {
    minLength: 1,
    maxLength: 5,
  })
  .map((tokens) =>
    tokens.map((token, index) =>
      token === '{slot}'
        ? { kind: 'slot' as const, name: `s${index}` }
        : { kind: 'word' as const, word: token },
    ),
  );

describe('finding the best slot binding without listing every binding', () => {
  it('picks the binding exhaustive enumeration ranks first (fast-check)', () => {
    fc.assert(
      fc.property(
        partArb,
        fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 9 }),
        fc.integer({ min: 0, max: 4 }),
        fc.nat(),
        (parts, words, horizon, seed) => {
          const { scorer } = wordScorer(words, horizon, seed);
          const found = bestBinding(parts, words, scorer);
          expect(found && new Map(found)).toEqual(bestByEnumeration(parts, words, scorer));
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('scores each span at most once per slot and start within the horizon', () => {
    const words = Array.from({ length: 100 }, (_, n) => VOCABULARY[n % VOCABULARY.length] ?? 'a');
    const parts: SamplePart[] = Array.from({ length: 6 }, (_, n) => ({
      kind: 'slot',
      name: `s${n}`,
    }));
    const horizon = 3;
    const counted = wordScorer(words, horizon, 7);

    bestBinding(parts, words, counted.scorer);

    // Twice over at most (both tables of a literal-free sample), plus the traced spans.
    expect(counted.calls()).toBeLessThanOrEqual(2 * parts.length * words.length * horizon + 12);
  });
});

describe('long lines through the real model', () => {
  const sentence =
    'my legs are really sore after a long run yesterday and my lower back feels tight and I ' +
    'slept about six hours and I was wondering whether I should train today or rest because ' +
    'my knee is also a bit swollen';
  const lineOf = (count: number) => {
    const words = sentence.split(' ');
    return Array.from({ length: count }, (_, n) => words[n % words.length]).join(' ');
  };

  // A ceiling on the exponential case, not a measurement: the old matcher ran out of memory
  // on 60 words. Timing is in docs/simulator.md, from scripts/bench-simulator-lines.ts.
  it.each([60, 80, 100])('understands a %i-word line', { timeout: 20_000 }, (count) => {
    const understood = understand(realModel, lineOf(count), SKILL_ID);
    expect(understood.kind).toBe('intent');
  });
});
