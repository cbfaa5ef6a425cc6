import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RedFlag } from '../../lambda/core';
import { expectedSigns, signPhrasings, talk } from './safety-corpus';

/** Signs that end a check at once whatever else was said (dark urine needs muscle pain too). */
const URGENT_SIGNS: ReadonlySet<RedFlag> = new Set([
  'chest-pain',
  'dizziness',
  'breathless',
  'cannot-move',
]);

const urgentPhrasings = signPhrasings
  .filter((entry) => expectedSigns(entry).some((sign) => URGENT_SIGNS.has(sign)))
  .map((entry) => entry.say);

/** Whole checks that, left alone, end with a training verdict; every turn but the last keeps the session open. */
const TRAINING_CHECKS: readonly (readonly string[])[] = [
  ['open soreness coach', 'my legs are a little sore', 'eight hours', 'yeah plenty'],
  [
    'open soreness coach',
    'my quads',
    'achy',
    'about a five',
    'two days',
    'no',
    'seven hours',
    'yes',
  ],
  [
    'open soreness coach',
    "I'm sore all over",
    'five out of ten',
    'one day',
    'no',
    'six hours',
    'not much',
  ],
  ['ask soreness coach should I train today', "I'm not sore", 'eight hours', 'plenty'],
];

describe('a warning sign heard anywhere is never dropped', () => {
  it('any R1 phrasing, said in place of any answer, ends in urgent advice, never training', async () => {
    expect(urgentPhrasings.length).toBeGreaterThan(50);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TRAINING_CHECKS),
        fc.constantFrom(...urgentPhrasings),
        fc.nat(),
        fc.boolean(),
        async (check, phrasing, at, replace) => {
          const position = 1 + (at % (check.length - 1));
          const turns = [
            ...check.slice(0, position),
            phrasing,
            ...check.slice(replace ? position + 1 : position),
          ];
          const { lastAdvice, said } = await talk(turns);
          const transcript = said.map((turn) => `${turn.utterance} → ${turn.speech}`).join('\n');
          expect(lastAdvice?.verdict, transcript).toBe('see-professional');
          expect(lastAdvice?.urgent, transcript).toBe(true);
        },
      ),
      { seed: 20_261_126, numRuns: 200 },
    );
  });
});
