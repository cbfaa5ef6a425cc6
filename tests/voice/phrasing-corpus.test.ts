import { describe, expect, it } from 'vitest';
import { SKILL_LOCALES } from '../../lambda/skill/speech/locales';
import { createUnderstander, loadPhrasings } from './phrasing-corpus';

/*
 * How much of the way people talk is understood, intent and slots both right, measured twice:
 * by the model alone, word for word (`byModel`), and as the skill reads the request, which also
 * hears a slot's unmatched words again and reads sign slots with the safety net. Not yet met
 * (the target is 97% of the corpus and 90% of the held-out part): the floors are today's
 * figures so a change that loses phrasings fails, and each gain must raise them.
 * The blind batch was written by someone who had never seen the model or the corpus, and none
 * of it was read while the model grew: it is the honest figure for phrasings nobody planned for.
 */
const FLOORS = {
  bySkill: { all: 0.91, heldOut: 0.82, blind: 0.71 },
  byModel: { all: 0.9, heldOut: 0.78, blind: 0.65 },
} as const;
const BLIND_BATCH = 'blind-2026-11-26';

describe.each(SKILL_LOCALES)(
  'phrasing corpus (%s): everyday speech through the simulator',
  (locale) => {
    const phrasings = loadPhrasings(locale);
    const understands = createUnderstander(locale);

    it('holds at least a thousand labelled phrasings, a fifth kept aside', () => {
      expect(phrasings.length).toBeGreaterThanOrEqual(1000);
      const heldOut = phrasings.filter((entry) => entry.heldOut).length;
      expect(heldOut / phrasings.length).toBeGreaterThan(0.18);
      const blind = phrasings.filter((entry) => entry.batch === BLIND_BATCH);
      expect(blind.length).toBeGreaterThan(50);
      expect(blind.every((entry) => entry.heldOut)).toBe(true);
    });

    it.each([
      ['as the skill reads it', 'bySkill'],
      ['by the model alone', 'byModel'],
    ] as const)(
      'understands the corpus, held-out part and blind batch %s at least as well as before',
      (_how, reading) => {
        const results = phrasings.map((entry) => {
          const { understood, byModel } = understands(entry);
          return { entry, right: reading === 'bySkill' ? understood : byModel };
        });
        const share = (list: typeof results) =>
          list.filter((result) => result.right).length / list.length;
        const floors = FLOORS[reading];
        expect(share(results)).toBeGreaterThanOrEqual(floors.all);
        expect(share(results.filter((result) => result.entry.heldOut))).toBeGreaterThanOrEqual(
          floors.heldOut,
        );
        expect(
          share(results.filter((result) => result.entry.batch === BLIND_BATCH)),
        ).toBeGreaterThanOrEqual(floors.blind);
      },
    );
  },
);
