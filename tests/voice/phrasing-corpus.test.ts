import { describe, expect, it } from 'vitest';
import { createUnderstander, loadPhrasings } from './phrasing-corpus';

/*
 * How much of the way people talk the model understands, intent and slots both right. Measured,
 * not yet met (the target is 97% of the corpus and 90% of the held-out fifth): the floors are
 * today's figures so a change that loses phrasings fails, and each gain must raise them.
 */
const FLOORS = { all: 0.9, heldOut: 0.74 } as const;

describe('phrasing corpus: everyday speech through the simulator', () => {
  const phrasings = loadPhrasings();
  const understands = createUnderstander();

  it('holds at least a thousand labelled phrasings, a fifth kept aside', () => {
    expect(phrasings.length).toBeGreaterThanOrEqual(1000);
    const heldOut = phrasings.filter((entry) => entry.heldOut).length;
    expect(heldOut / phrasings.length).toBeGreaterThan(0.18);
  });

  it('understands the corpus and the held-out fifth at least as well as before', () => {
    const results = phrasings.map((entry) => ({ entry, ...understands(entry) }));
    const share = (list: typeof results) =>
      list.filter((result) => result.understood).length / list.length;
    expect(share(results)).toBeGreaterThanOrEqual(FLOORS.all);
    expect(share(results.filter((result) => result.entry.heldOut))).toBeGreaterThanOrEqual(
      FLOORS.heldOut,
    );
  });
});
