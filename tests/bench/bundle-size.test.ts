import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The cold-start work (docs/performance.md) targets 90 KB minified and reached 93 KB; the five
 * locales, name-free routing and the screens then added 6 KB of code (the screen document
 * itself is a separate file, read only by screen devices), and hearing unmatched slot words
 * again 1.8 KB (its word list is a separate file too, read only when a slot did not match),
 * and telling "can walk" from "can't walk", a bruise from dark urine and "no, I can't move it"
 * from a denial 1.5 KB.
 * Then 0.8 KB for the names of every slot of the eight intents the skill elicits, which Alexa
 * wants in each Dialog.ElicitSlot's updatedIntent (intent-slots.json), and 3.5 KB for the
 * safety screen around misunderstandings (hard sessions in everyday words, list denials, doubt,
 * the give-up screen), and 0.5 KB for requests outside a session, bounded slot values and
 * advice rendered again for Repeat. Those 5.7 KB cost a cold LaunchRequest 1.4% (whole
 * processes timed from outside, 40 pairs against the tree before them, Node 20: 1.014×).
 * Then 0.7 KB for the one normaliser the skill and the simulator share (its contractions),
 * and 2.7 KB for the description intent's answer (apply-heard.ts): the reader itself is a file of
 * its own beside the entry (read-words.js, 17 KB), loaded by the first description only. A cold
 * LaunchRequest paid nothing for either (40 pairs against the tree before, Node 20: 0.998×).
 * The budget sits just above, so
 * ordinary feature work lands without a debate while one careless
 * heavy import (ask-sdk-core's index, zod's locales, the full ask-sdk-model, an AWS SDK)
 * overshoots it by far and is caught in review, not in a cold start. Raise it only with a
 * `npm run bench` run showing what the cold start pays for it.
 */
const BUNDLE_BUDGET_BYTES = 117_000;
const BUNDLE = 'dist/lambda/index.js';

describe('the deployable Lambda bundle', () => {
  it(`stays within its budget of ${BUNDLE_BUDGET_BYTES} bytes`, () => {
    expect(existsSync(BUNDLE), `${BUNDLE} is missing: run \`npm run build\` first`).toBe(true);
    expect(statSync(BUNDLE).size).toBeLessThanOrEqual(BUNDLE_BUDGET_BYTES);
  });
});
