import { describe, expect, it } from 'vitest';
import {
  type LivedCheckIn,
  live,
  loadCheckIns,
  mean,
  median,
  safeOrRight,
  TURN_CAP,
} from './check-in-turns';

/*
 * How long a check-in is, lived by people who answer in their own words: the whole check-ins
 * in check-ins/, written by a helper who had seen neither the model nor the code. The targets
 * are the product's (docs/conversation.md): most people hear the advice within three answers
 * after the launch, and the whole check-in, launch and follow-ups included, averages at most
 * five turns. The held-out part was never read while the conversation changed.
 * Before the paired questions and the shorter follow-ups (the same batch, 2026-12-07): median 3,
 * mean to the advice 3.60 and 3.83, whole check-in 4.90 and 5.22 (held out); after, with every
 * other person answering only the first half of a paired question, 3.05 and 3.40, 4.70 and 4.97.
 */
/**
 * `lighter`: the check-ins that end in lighter advice than their facts call for, each a known
 * miss; a new one fails the suite. p017 is not read, so that the part stays blind. p088 was read:
 * a mild elbow pain that has lasted three weeks, the days left unsaid when asked with the
 * rating; the days are asked on their own only for moderate soreness (docs/conversation.md).
 */
const PARTS = [
  { file: 'check-ins.json', exact: 0.93, lighter: [] },
  { file: 'check-ins-held-out.json', exact: 0.85, lighter: ['p017', 'p088'] },
] as const;

describe.each(PARTS)('whole check-ins in $file', ({ file, exact, lighter: known }) => {
  let lived: LivedCheckIn[] | undefined;
  // Every other person answers only the first half of a question asked in two.
  const all = async () => {
    lived ??= await Promise.all(
      loadCheckIns(file).map((script, index) => live(script, index % 2 === 0)),
    );
    return lived;
  };

  it('reach the advice in three answers or fewer for most people, five turns in all on average', async () => {
    const checkIns = await all();
    const toAdvice = checkIns.map((entry) => entry.toAdvice ?? TURN_CAP);
    const turns = checkIns.map((entry) => entry.turns);
    console.log(
      `${file}: ${checkIns.length} check-ins, median ${median(toAdvice)} answers to the advice` +
        ` (mean ${mean(toAdvice).toFixed(2)}), ${mean(turns).toFixed(2)} turns in all`,
    );
    expect(median(toAdvice)).toBeLessThanOrEqual(3);
    expect(mean(turns)).toBeLessThanOrEqual(5);
  });

  it('end in the advice the facts call for, and in a lighter one only by a known miss', async () => {
    const checkIns = await all();
    const right = checkIns.filter((entry) => entry.advised === entry.expected).length;
    const lighter = checkIns.filter((entry) => !safeOrRight(entry));
    console.log(
      `${file}: ${right}/${checkIns.length} advised as the facts call for; lighter: ` +
        `${lighter.map((entry) => `${entry.id} (${entry.expected} -> ${entry.advised})`).join(', ') || 'none'}`,
    );
    expect(right / checkIns.length).toBeGreaterThanOrEqual(exact);
    expect(lighter.map((entry) => entry.id)).toEqual(known);
    // Every check-in ends in advice: a silent dead end is never an outcome.
    expect(checkIns.filter((entry) => entry.advised === 'none').map((entry) => entry.id)).toEqual(
      [],
    );
  });
});
