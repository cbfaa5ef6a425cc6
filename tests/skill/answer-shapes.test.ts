import { describe, expect, it } from 'vitest';
import type { AlexaSession } from './alexa';
import { match, num, said, speechOf } from './alexa';
import { draftOf, expectQuestion, lastAdviceOf, openWithDullLegs, pendingOf } from './responses';
import { newSession } from './skill-under-test';

/** A mild, dull ache: advice at once, then the sleep question. */
async function toSleepQuestion(session: AlexaSession) {
  return openWithDullLegs(session, 2);
}

/** Advice given and sleep answered: the water question is pending. */
async function toWaterQuestion(session: AlexaSession) {
  await toSleepQuestion(session);
  return session.say('SleepIntent', { sleepHours: num(8) });
}

describe('water, in the shapes people answer "Have you had plenty of water today?"', () => {
  it('asks a yes/no-shaped question', async () => {
    const { session } = newSession();
    const asked = await toWaterQuestion(session);
    expect(speechOf(asked)).toMatch(/^Good, .*Have you had plenty of water today\?$/);
    expectQuestion(asked, /Have you had plenty of water today\?$/);
  });

  it.each([
    ['"yes"', 'AMAZON.YesIntent', {}, 'good'],
    ['"no"', 'AMAZON.NoIntent', {}, 'low'],
    [
      '"about two litres"',
      'HydrationIntent',
      { amount: num(2), container: match('litre', 'litres') },
      'good',
    ],
    [
      '"a couple of bottles" (two, 1 litre)',
      'HydrationIntent',
      { count: match('2', 'a couple of'), container: match('bottle', 'bottles') },
      'good',
    ],
    [
      '"just a glass" (a quarter litre)',
      'HydrationIntent',
      { count: match('1', 'just a'), container: match('glass') },
      'low',
    ],
    [
      '"two glasses" (half a litre)',
      'HydrationIntent',
      { amount: num(2), container: match('glass', 'glasses') },
      'low',
    ],
    ['"not much"', 'HydrationIntent', { hydration: match('low', 'not much') }, 'low'],
  ] as const)('%s', async (_said, intent, fills, hydration) => {
    const { session } = newSession();
    await toWaterQuestion(session);
    const done = await session.say(intent, fills);
    expect(draftOf(done).hydration).toBe(hydration);
    expect(done.response.shouldEndSession).toBe(true);
    if (hydration === 'low')
      expect(speechOf(done)).toContain('Drink water before and during your workout');
  });

  it.each([
    ['"no": the water tip', 'AMAZON.NoIntent', /Keep drinking water through the day/],
    ['"yes": the praise', 'AMAZON.YesIntent', /^Great, keep drinking through the day\./],
  ] as const)(
    'after a rest verdict, %s has no workout to drink through',
    async (_said, intent, spoken) => {
      const { session } = newSession();
      // Severe legs for a day and no warning sign: rest; then the sleep question answered.
      await openWithDullLegs(session, 8);
      await session.say('DaysIntent', { days: num(1) });
      await session.say('AMAZON.NoIntent');
      await session.say('SleepIntent', { sleepHours: num(8) });
      const done = await session.say(intent);
      expect(lastAdviceOf(done)?.verdict).toBe('rest');
      expect(speechOf(done)).toMatch(spoken);
      expect(speechOf(done)).not.toContain('workout');
    },
  );
});

describe('numbers as people say them', () => {
  it('"six or seven" is seven: a range is read the safer way', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('legs'), feel: match('dull') });
    // A range reaches the skill as a description's words.
    const next = await session.say('DescribeIntent', { description: said('six or seven') });
    expect(pendingOf(next)).toBe('days');
    expect(draftOf(next).areas).toEqual([{ area: 'legs', feel: 'dull', severity: 7 }]);
  });

  it('"five and a half hours" is 5.5, not under five; "four or five" is four', async () => {
    const { session } = newSession();
    await toSleepQuestion(session);
    const half = await session.say('SleepIntent', {
      sleepHours: num(5),
      fraction: match('half', 'and a half'),
    });
    expect(draftOf(half).sleepHours).toBe(5.5);
    expect(lastAdviceOf(half)?.verdict).toBe('train');

    const other = newSession().session;
    await toSleepQuestion(other);
    const range = await other.say('SleepIntent', { sleepHours: num(4), otherHours: num(5) });
    expect(draftOf(range).sleepHours).toBe(4);
    expect(speechOf(range)).toMatch(/^That changes my advice\./);
  });
});

describe('how long, in the words people use', () => {
  it('"since Saturday", on a Wednesday, is four days: no days question, and the coach advice is spoken', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', {
      area: match('legs'),
      feel: match('dull'),
      weekday: match('saturday'),
    });
    const limits = await session.say('DescribeIntent', { description: said('5') });
    expect(pendingOf(limits)).toBe('limits');
    expect(draftOf(limits).days).toBe(4);
    // Four days of soreness makes a warning sign plausible: the safety question comes first.
    expectQuestion(await session.say('AMAZON.NoIntent'), /^One safety check/);
    const advice = await session.say('AMAZON.NoIntent');
    expect(speechOf(advice)).toContain(
      'Review your volume, load or technique with a qualified trainer or coach.',
    );
  });

  it('"for two weeks" is fourteen days, a referral', async () => {
    const { session } = newSession();
    await session.launch();
    const advice = await session.say('CheckInIntent', {
      area: match('legs'),
      feel: match('dull'),
      severity: num(5),
      weeks: num(2),
    });
    expect(pendingOf(advice)).toBe('redFlags');
    const referral = await session.say('AMAZON.NoIntent');
    expect(lastAdviceOf(referral)).toMatchObject({ verdict: 'see-professional' });
    expect(lastAdviceOf(referral)?.rules[0]).toBe('R2');
  });
});

describe('questions people ask mid-check', () => {
  it('"what is DOMS?" gets one short answer, then the same question again', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('legs'), feel: match('dull') });
    const answer = await session.say('QuestionIntent', { topic: match('doms', 'what is doms') });
    expect(speechOf(answer)).toMatch(/^DOMS means delayed onset muscle soreness.*one to ten/);
    expect(pendingOf(answer)).toBe('severity');
  });

  it('"why?" after the advice gives the reason behind it', async () => {
    const { session } = newSession();
    await toSleepQuestion(session);
    const why = await session.say('QuestionIntent', { topic: match('why') });
    expect(speechOf(why)).toMatch(
      /^Mild, dull soreness is usually normal.*Roughly how many hours\?/,
    );
  });

  it('"how sore is too sore?" answers from the rules', async () => {
    const { session } = newSession();
    await session.launch();
    const answer = await session.say('QuestionIntent', { topic: match('too-sore') });
    expect(speechOf(answer)).toMatch(
      /up to three out of ten.*Seven or more, sharp pain, or pain in a joint/,
    );
    expect(pendingOf(answer)).toBe('area');
  });
});

describe('advice that is spoken, not only carded', () => {
  it('"always sore" advice is spoken: sleep, water, protein, lighter days', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('DescribeIntent', { description: said("I'm always sore") });
    const advice = await session.say('CheckInIntent', {
      area: match('legs'),
      feel: match('dull'),
      severity: num(2),
    });
    expect(speechOf(advice)).toContain('grams per kilo');
    expect(speechOf(advice)).toContain('Mix lighter days in with the hard ones.');
  });

  it('never says the same sentence twice', async () => {
    const { session } = newSession();
    await session.launch();
    const advice = await session.say('CheckInIntent', { area: match('knee'), severity: num(2) });
    const sentences = speechOf(advice).split(/(?<=[.?!])\s+/);
    expect(new Set(sentences).size).toBe(sentences.length);
  });
});

describe('the home card is the advice: sent when it is given or changes', () => {
  it('no card on a follow-up that leaves the advice alone; a card when the advice changes', async () => {
    const { session } = newSession();
    const advised = await toSleepQuestion(session);
    expect(advised.response.card).toBeDefined();
    const same = await session.say('SleepIntent', { sleepHours: num(8) });
    expect(same.response.card).toBeUndefined();

    const other = newSession().session;
    await toSleepQuestion(other);
    const changed = await other.say('SleepIntent', { sleepHours: num(4) });
    expect(speechOf(changed)).toMatch(/^That changes my advice\./);
    expect(changed.response.card).toMatchObject({ title: 'Soreness Coach: Train, modified' });
  });
});
