import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../lambda/core';
import { TRAINING_VERDICTS } from '../../lambda/skill/speech/render-advice';
import { match, num, type SlotFill, said, unknown } from '../skill/alexa';
import { lastAdviceOf, pendingOf } from '../skill/responses';
import { newSession } from '../skill/skill-under-test';

type Say = readonly [intent: string, fills: Record<string, SlotFill>];

/** Answers a person gives in a check: facts, yes and no, and a few the skill cannot place. */
const UNDERSTOOD: readonly Say[] = [
  ['CheckInIntent', { area: match('legs'), feel: match('dull') }],
  ['CheckInIntent', { area: match('back') }],
  ['CheckInIntent', { area: match('whole-body'), feel: match('dull') }],
  ['FeelIntent', { feel: match('dull') }],
  ['DescribeIntent', { description: said('2') }],
  ['DescribeIntent', { description: said('5') }],
  ['SeverityIntent', { severityWord: match('mild') }],
  ['DaysIntent', { days: num(2) }],
  ['AMAZON.YesIntent', {}],
  ['AMAZON.NoIntent', {}],
  ['DescribeIntent', { description: said('upper body') }],
];
const NOT_UNDERSTOOD: readonly Say[] = [
  ['AMAZON.FallbackIntent', {}],
  ['CheckInIntent', { area: unknown('the wobbly bits') }],
  ['FeelIntent', { feel: unknown('sort of jelly like') }],
  ['SeverityIntent', { severityWord: unknown('hard to put a number on') }],
  ['DaysIntent', { duration: unknown('since the thing on the weekend') }],
];
const DENIALS = new Set(['AMAZON.NoIntent', 'NoWarningSignIntent']);

describe('a misunderstanding makes a red flag plausible', () => {
  it('a check with any answer not understood never ends in training advice unscreened', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...UNDERSTOOD), { maxLength: 6 }),
        fc.constantFrom(...NOT_UNDERSTOOD),
        fc.array(fc.constantFrom(...UNDERSTOOD, ...NOT_UNDERSTOOD), { maxLength: 6 }),
        async (before, misheard, after) => {
          const { session } = newSession();
          let response = await session.launch();
          let screenedNo = false;
          let misheardBeforeAdvice = false;
          for (const say of [...before, misheard, ...after]) {
            if (response.response.shouldEndSession !== false) break;
            const [intent, fills] = say;
            const asked = pendingOf(response) === 'redFlags';
            if (NOT_UNDERSTOOD.includes(say) && !lastAdviceOf(response))
              misheardBeforeAdvice = true;
            response = await session.say(intent, fills);
            if (asked && DENIALS.has(intent)) screenedNo = true;
          }
          const advice = lastAdviceOf(response);
          if (misheardBeforeAdvice && advice && TRAINING_VERDICTS.has(advice.verdict as Verdict))
            expect(screenedNo).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
