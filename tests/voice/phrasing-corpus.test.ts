import { describe, expect, it } from 'vitest';
import { SKILL_LOCALES } from '../../lambda/skill/speech/locales';
import { createUnderstander, loadPhrasings } from './phrasing-corpus';

/*
 * How much of the way people talk is understood, intent and slots both right, measured twice:
 * by the model alone, word for word (`byModel`), and as the skill reads the request: a slot's
 * unmatched words heard again, the safety net's signs from any slot, "six or seven" as one
 * rating, a denial of every sign to the safety question as its "no". Not yet met
 * (the target is 97% of the corpus and 90% of the held-out part): the floors are today's
 * figures so a change that loses phrasings fails, and each gain must raise them.
 * The blind batches were written by helpers who had never seen the model or the corpus, and
 * none of a batch was read before its figure was taken: each is the honest figure for
 * phrasings nobody planned for at the time it was first measured (see docs/conversation.md).
 * Their misses were read afterwards, so their floors now guard what was learnt from them.
 */
const BLIND_BATCHES = ['blind-2026-11-26', 'blind-2026-11-26b', 'blind-2026-11-26c'] as const;
const FLOORS = {
  bySkill: {
    all: 0.86,
    heldOut: 0.75,
    'blind-2026-11-26': 0.74,
    'blind-2026-11-26b': 0.75,
    'blind-2026-11-26c': 0.6,
  },
  byModel: {
    all: 0.84,
    heldOut: 0.67,
    'blind-2026-11-26': 0.65,
    'blind-2026-11-26b': 0.63,
    'blind-2026-11-26c': 0.5,
  },
} as const;

describe.each(SKILL_LOCALES)(
  'phrasing corpus (%s): everyday speech through the simulator',
  (locale) => {
    const phrasings = loadPhrasings(locale);
    const understands = createUnderstander(locale);
    // Each line is understood once and read both ways: the corpus is the slowest suite.
    let cached: Array<{ entry: (typeof phrasings)[number] } & ReturnType<typeof understands>>;
    const readings = () => {
      cached ??= phrasings.map((entry) => ({ entry, ...understands(entry) }));
      return cached;
    };

    it('holds at least a thousand labelled phrasings, a fifth kept aside', () => {
      expect(phrasings.length).toBeGreaterThanOrEqual(1000);
      const heldOut = phrasings.filter((entry) => entry.heldOut).length;
      expect(heldOut / phrasings.length).toBeGreaterThan(0.18);
      for (const batch of BLIND_BATCHES) {
        const blind = phrasings.filter((entry) => entry.batch === batch);
        expect(blind.length).toBeGreaterThan(50);
        expect(blind.every((entry) => entry.heldOut)).toBe(true);
      }
    });

    it.each([
      ['as the skill reads it', 'bySkill'],
      ['by the model alone', 'byModel'],
    ] as const)(
      'understands the corpus, held-out part and blind batch %s at least as well as before',
      (_how, reading) => {
        const results = readings().map(({ entry, understood, byModel }) => ({
          entry,
          right: reading === 'bySkill' ? understood : byModel,
        }));
        const share = (list: typeof results) =>
          list.filter((result) => result.right).length / list.length;
        const floors = FLOORS[reading];
        expect(share(results)).toBeGreaterThanOrEqual(floors.all);
        expect(share(results.filter((result) => result.entry.heldOut))).toBeGreaterThanOrEqual(
          floors.heldOut,
        );
        for (const batch of BLIND_BATCHES) {
          const blind = results.filter((result) => result.entry.batch === batch);
          expect(share(blind), batch).toBeGreaterThanOrEqual(floors[batch]);
        }
      },
    );
  },
);
