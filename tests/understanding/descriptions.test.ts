import { describe, expect, it } from 'vitest';
import { PHRASES } from '../../lambda/skill/speech/en-US';
import { said, speechOf } from '../skill/alexa';
import { draftOf, lastAdviceOf, pendingOf, toSafetyQuestion } from '../skill/responses';
import { newSession } from '../skill/skill-under-test';

/*
 * The description intent is open at every question, so it competes with the built-in commands
 * and carries one-shot questions: each reaches the skill as words, and must still work.
 */
describe('a description that is a command, or a question about training', () => {
  it.each(['okay bye', 'oh, forget it', 'actually, never mind'])(
    '"%s" mid-check ends the session as Stop or Cancel would',
    async (words) => {
      const { session } = newSession();
      await session.launch();
      const ended = await session.say('DescribeIntent', { description: said(words) });
      expect(ended.response.shouldEndSession).toBe(true);
      expect(lastAdviceOf(ended)).toBeUndefined();
    },
  );

  it('"wait, start over" starts the check again, with what was said forgotten', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('DescribeIntent', { description: said('my calves are sore') });
    const again = await session.say('DescribeIntent', { description: said('wait, start over') });
    expect(speechOf(again)).toContain(PHRASES.startOver);
    expect(draftOf(again).areas).toEqual([]);
  });

  it('"could you repeat the question" asks the same question again', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('DescribeIntent', { description: said('my calves are sore') });
    const again = await session.say('DescribeIntent', {
      description: said('could you repeat the question'),
    });
    expect(pendingOf(again)).toBe('severity');
    expect(again.response.shouldEndSession).toBe(false);
  });

  it('a command inside an answer is part of the answer: "it hurts when I stop"', async () => {
    const { session } = newSession();
    await session.launch();
    const next = await session.say('DescribeIntent', {
      description: said('my calves, it hurts when I stop'),
    });
    expect(next.response.shouldEndSession).toBe(false);
    expect(draftOf(next).areas).toMatchObject([{ area: 'calves' }]);
  });

  it('a one-shot "can I {run on sore calves}" hears the plan and the area', async () => {
    const { session } = newSession();
    const first = await session.say('DescribeIntent', { asked: said('run on sore calves') });
    expect(draftOf(first)).toMatchObject({
      plannedFocus: 'cardio',
      areas: [{ area: 'calves', feel: 'dull' }],
    });
    expect(pendingOf(first)).toBe('severity');
  });

  it.each(['I feel off', 'feeling off', 'it hurts in the end'])(
    '"%s" to the safety question is no command: at least rest, the session open or advised',
    async (words) => {
      const { session } = newSession();
      await toSafetyQuestion(session);
      const answer = await session.say('DescribeIntent', { description: said(words) });
      expect(lastAdviceOf(answer)?.verdict).toMatch(/rest|see-professional/);
    },
  );

  it.each([
    "yes I'm not able to walk",
    'yeah, not able to walk',
    "yeah I could walk before but now I can't",
    "yeah I can walk, no wait I can't",
    // An ability taken back is the cannot-move sign, whatever reply opens the words.
    'no way I can walk',
    'not really able to walk',
    'nope, not able to walk',
    "no, I'm not able to walk",
    'honestly no way I could put weight on it',
    "I'm no longer able to walk",
    "there's no way I could stand on it",
    'not able to bend it at all',
  ])('"%s" to the safety question is a yes or the sign: urgent', async (words) => {
    const { session } = newSession();
    await toSafetyQuestion(session);
    const urgent = await session.say('DescribeIntent', { description: said(words) });
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
  });

  it.each(['no, I can walk fine', 'nah I can walk on it', 'not really, I can still walk'])(
    '"%s" to the safety question is no sign',
    async (words) => {
      const { session } = newSession();
      await toSafetyQuestion(session);
      const answer = await session.say('DescribeIntent', { description: said(words) });
      expect(lastAdviceOf(answer)?.urgent).not.toBe(true);
    },
  );
});

describe('answers to the safety question in the shape it invites', () => {
  it.each(['hmm, not sure really', "I'm not sure", 'not sure, honestly'])(
    '"%s" is doubt: at least rest, never urgent, never a clear no',
    async (words) => {
      const { session } = newSession();
      await toSafetyQuestion(session);
      const answer = await session.say('DescribeIntent', { description: said(words) });
      expect(lastAdviceOf(answer)).toMatchObject({ verdict: 'rest', urgent: false });
    },
  );

  it.each(['my chest hurts when I breathe', 'well my chest kind of hurts'])(
    '"%s" names the chest pain the question asks about: urgent',
    async (words) => {
      const { session } = newSession();
      await toSafetyQuestion(session);
      const urgent = await session.say('DescribeIntent', { description: said(words) });
      expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
    },
  );

  it('"no, my chest is just sore from bench" is no chest pain', async () => {
    const { session } = newSession();
    await toSafetyQuestion(session);
    const answer = await session.say('DescribeIntent', {
      description: said('no, my chest is just sore from bench'),
    });
    expect(lastAdviceOf(answer)?.urgent).not.toBe(true);
  });
});

describe('a question opened with "when"', () => {
  it.each(['when is it too sore to train', 'when should I worry about soreness'])(
    '"%s" is answered, then the check goes on',
    async (words) => {
      const { session } = newSession();
      await session.launch();
      const answered = await session.say('DescribeIntent', { description: said(words) });
      expect(answered.response.shouldEndSession).toBe(false);
      expect(pendingOf(answered)).toBe('area');
      expect(speechOf(answered)).toMatch(/seven|sharp|joint/i);
    },
  );
});
