import { describe, expect, it } from 'vitest';
import { CLOSINGS, PHRASES, REASKS, WARNING_SIGNS_SPOKEN } from '../../lambda/skill/speech/en-US';
import { type AlexaSession, match, num, repromptOf, said, speechOf } from './alexa';
import { cardOf, expectQuestion, lastAdviceOf } from './responses';
import { newSession } from './skill-under-test';

/** Launch, then area → feel → severity with the answers given, as a user would say them. */
async function checkIn(
  session: AlexaSession,
  area: [id: string, heard: string],
  feel: 'dull' | 'sharp' | undefined,
  severity: number,
) {
  await session.launch();
  await session.say('CheckInIntent', { area: match(...area) });
  if (feel) await session.say('FeelIntent', { feel: match(feel) });
  return session.say('DescribeIntent', { description: said(String(severity)) });
}

describe('launch', () => {
  it('gives the disclaimer and asks where it is sore, keeping the session open', async () => {
    const { session } = newSession();
    const response = await session.launch();
    expect(speechOf(response)).toContain("I'm a training guide, not a doctor.");
    expectQuestion(response, /where are you sore/i);
    expect(response.response.outputSpeech).toMatchObject({ type: 'SSML' });
  });
});

describe('a full spoken check, from "should I train today" to the hydration follow-up', () => {
  it('moderate legs: modify, then sleep that changes the verdict, then water', async () => {
    const { session } = newSession();
    expectQuestion(await session.say('CheckInIntent'), /where are you sore/i);
    expectQuestion(
      await session.say('CheckInIntent', { area: match('legs', 'quads') }),
      /dull ache.*sharp/i,
    );
    expectQuestion(await session.say('FeelIntent', { feel: match('dull', 'achy') }), /one to ten/i);
    expectQuestion(
      await session.say('DescribeIntent', { description: said('5') }),
      /how many days/i,
    );
    expectQuestion(await session.say('DaysIntent', { days: num(2) }), /limit your movement/i);
    const advice = await session.say('AMAZON.NoIntent');
    // The advice opens by saying back what it heard, then the verdict.
    expect(speechOf(advice)).toMatch(
      /^Sore legs, about a five, two days\. Train today, but change the plan\. Your legs need time/,
    );
    expect(speechOf(advice)).toContain('Train your upper body or core instead');
    expectQuestion(advice, /how many hours did you sleep/i);
    expect(lastAdviceOf(advice)).toMatchObject({ verdict: 'modify', urgent: false, rules: ['R7'] });
    expect(cardOf(advice)?.title).toBe('Soreness Coach: Train, modified');
    expect(cardOf(advice)?.content).toContain('Warm up well');

    const sleep = await session.say('SleepIntent', { sleepHours: num(4) });
    expect(speechOf(sleep)).toMatch(
      /^That changes my advice\. Sore legs, about a five, two days\. Make today an active recovery/,
    );
    expectQuestion(sleep, /water/i);
    expect(lastAdviceOf(sleep)).toMatchObject({ verdict: 'active-recovery', rules: ['M1', 'R7'] });

    const water = await session.say('HydrationIntent', { hydration: match('low', 'not much') });
    expect(speechOf(water)).toContain('Pale straw colored urine is the goal');
    expect(water.response.shouldEndSession).toBe(true);
    expect(water.response.reprompt).toBeUndefined();
    expect(lastAdviceOf(water)?.suggestions).toContain('hydrate');
    expect(session.ended).toBe(true);
  });

  it('mild dull soreness: train, with a warm-up, and enough sleep keeps it', async () => {
    const { session } = newSession();
    const advice = await checkIn(session, ['calves', 'calves'], 'dull', 2);
    expect(speechOf(advice)).toMatch(/^Sore calves, about a two\. You're good to train today\./);
    expect(speechOf(advice)).toContain('Warm up well');
    expect(lastAdviceOf(advice)).toMatchObject({ verdict: 'train', urgent: false });
    const sleep = await session.say('SleepIntent', { sleepHours: num(8) });
    expect(speechOf(sleep)).not.toContain('changes my advice');
    expect(speechOf(sleep)).toContain('helps your recovery');
    const water = await session.say('HydrationIntent', { hydration: match('good', 'plenty') });
    expect(water.response.shouldEndSession).toBe(true);
    expect(lastAdviceOf(water)?.verdict).toBe('train');
  });

  it('moderate soreness all over: active recovery', async () => {
    const { session } = newSession();
    await checkIn(session, ['whole-body', 'all over'], 'dull', 5);
    await session.say('DaysIntent', { days: num(1) });
    const advice = await session.say('AMAZON.NoIntent');
    expect(speechOf(advice)).toMatch(/active recovery/i);
    expect(speechOf(advice)).toMatch(/walk.*yoga.*swimming/);
    expect(lastAdviceOf(advice)).toMatchObject({ verdict: 'active-recovery', rules: ['R6'] });
  });

  it('severe dull soreness: rest, after the one red-flag question', async () => {
    const { session } = newSession();
    const days = await checkIn(session, ['back', 'back'], 'dull', 8);
    expectQuestion(days, /how many days/i);
    const safety = await session.say('DaysIntent', { days: num(2) });
    expectQuestion(
      safety,
      /dark urine, chest pain or tightness, dizziness, breathlessness, numbness, swelling, fever, or can't move it\? Yes or no\?/,
    );
    const advice = await session.say('AMAZON.NoIntent');
    expect(speechOf(advice)).toMatch(/^Sore back, about an eight, two days\. Rest today\./);
    expect(speechOf(advice)).toContain('Light walking is fine');
    expect(lastAdviceOf(advice)).toMatchObject({ verdict: 'rest', urgent: false });
  });

  it('sharp knee pain at 6: a physio or doctor, no feel question, no follow-ups', async () => {
    const { session } = newSession();
    await session.launch();
    const severity = await session.say('CheckInIntent', { area: match('knee') });
    expectQuestion(severity, /one to ten/i);
    // A referral is no answer to whether it is urgent: the safety question comes first.
    const safety = await session.say('SeverityIntent', { severity: num(6) });
    expectQuestion(safety, /one safety check/i);
    const advice = await session.say('AMAZON.NoIntent');
    expect(speechOf(advice)).toMatch(/^Sore knee, about a six\. Don't train through this/);
    expect(speechOf(advice)).toContain('physio or doctor');
    expect(advice.response.shouldEndSession).toBe(true);
    expect(lastAdviceOf(advice)).toMatchObject({ verdict: 'see-professional', urgent: false });
  });
});

describe('one-shot requests', () => {
  it('"my knee hurts, can I run" fills area and plan, then asks only the severity', async () => {
    const { session } = newSession();
    const first = await session.say('CheckInIntent', {
      area: match('knee'),
      focus: match('cardio', 'run'),
    });
    expect(speechOf(first)).toContain("I'm a training guide, not a doctor.");
    expectQuestion(first, /one to ten/i);
    const advice = await session.say('DescribeIntent', { description: said('2') });
    expect(speechOf(advice)).toMatch(/^Sore knee, about a two\. Rest today\..*Pause training it/);
    expect(lastAdviceOf(advice)).toMatchObject({ verdict: 'rest', rules: ['R4'] });
  });

  it('"I slept four hours and my back is sore" uses the sleep and does not ask it again', async () => {
    const { session } = newSession();
    const first = await session.say('CheckInIntent', {
      area: match('back'),
      feel: match('dull', 'sore'),
      sleepHours: num(4),
    });
    expectQuestion(first, /one to ten/i);
    const advice = await session.say('DescribeIntent', { description: said('2') });
    expect(lastAdviceOf(advice)).toMatchObject({ verdict: 'modify' });
    expect(lastAdviceOf(advice)?.rules[0]).toBe('M1');
    expectQuestion(advice, /water/i);
    expect(speechOf(advice)).not.toMatch(/how many hours/i);
  });

  it('"should I train with severely sore legs" skips the feel question', async () => {
    const { session } = newSession();
    const first = await session.say('CheckInIntent', {
      area: match('legs'),
      feel: match('dull', 'sore'),
      severityWord: match('severe', 'really'),
    });
    expectQuestion(first, /how many days/i);
  });
});

describe('not sore', () => {
  it('"I feel fine" is an answer: train, then the follow-ups', async () => {
    const { session } = newSession();
    await session.launch();
    const advice = await session.say('DescribeIntent', { description: said("I'm not sore") });
    expect(speechOf(advice)).toMatch(/^You're good to train today\. You're not sore/);
    expect(lastAdviceOf(advice)).toMatchObject({ verdict: 'train', rules: ['R9'] });
    expectQuestion(advice, /how many hours did you sleep/i);
  });
});

describe('red flags', () => {
  it('chest pain mid-check stops the check with urgent advice and closes the session', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('legs') });
    const urgent = await session.say('RedFlagIntent', {
      redFlag: match('chest-pain', 'chest pain'),
    });
    expect(speechOf(urgent)).toMatch(
      /^Stop training now and contact a doctor or emergency services on 911\./,
    );
    expect(urgent.response.shouldEndSession).toBe(true);
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
    expect(cardOf(urgent)?.content).toContain('emergency');
  });

  it('a bare yes to the safety question is urgent at once: no "which one?" first', async () => {
    const { session } = newSession();
    await checkIn(session, ['legs', 'legs'], 'dull', 9);
    await session.say('DaysIntent', { days: num(2) });
    const urgent = await session.say('AMAZON.YesIntent');
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
    expect(lastAdviceOf(urgent)?.rules[0]).toBe('R1');
    expect(speechOf(urgent)).toMatch(/^Stop training now and contact a doctor/);
    expect(urgent.response.shouldEndSession).toBe(true);
  });

  it('dark urine named in answer to the safety question, with muscle pain, is urgent', async () => {
    const { session } = newSession();
    await checkIn(session, ['legs', 'legs'], 'dull', 9);
    await session.say('DaysIntent', { days: num(2) });
    const urgent = await session.say('RedFlagIntent', { redFlag: match('dark-urine', 'dark pee') });
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
    expect(speechOf(urgent)).toContain('Dark urine can be a sign of something serious');
  });

  it('"I don\'t know" to the safety question gives rest and says the signs again', async () => {
    const { session } = newSession();
    await checkIn(session, ['legs', 'legs'], 'dull', 9);
    await session.say('DaysIntent', { days: num(2) });
    const advice = await session.say('DescribeIntent', { description: said('skip') });
    expect(lastAdviceOf(advice)).toMatchObject({ verdict: 'rest', urgent: false });
    expect(lastAdviceOf(advice)?.rules).toContain('S1');
    expect(speechOf(advice)).toMatch(/dark urine, chest pain or tightness, dizziness/);
  });
});

describe('skipping follow-ups', () => {
  it('"no thanks" to the sleep question ends politely, advice intact', async () => {
    const { session } = newSession();
    await checkIn(session, ['arms', 'biceps'], 'dull', 2);
    const done = await session.say('AMAZON.NoIntent');
    // The goodbye fits the advice given.
    expect(CLOSINGS.train).toContain(speechOf(done));
    expect(done.response.shouldEndSession).toBe(true);
    expect(lastAdviceOf(done)?.verdict).toBe('train');
  });

  it('"skip" the days question moves on without it', async () => {
    const { session } = newSession();
    await checkIn(session, ['chest', 'pecs'], 'dull', 5);
    expectQuestion(
      await session.say('DescribeIntent', { description: said('skip') }),
      /limit your movement/i,
    );
  });
});

describe('built-ins mid-check', () => {
  it('Repeat says the last advice again and re-asks the pending follow-up', async () => {
    const { session } = newSession();
    const advice = await checkIn(session, ['arms', 'arms'], 'dull', 2);
    const repeat = await session.say('AMAZON.RepeatIntent');
    expect(lastAdviceOf(advice)?.verdict).toBe('train');
    expect(speechOf(repeat)).toMatch(/^Sore arms, about a two\. You're good to train today\./);
    expectQuestion(repeat, /how many hours/i);
  });

  it('Repeat renders the advice from the answers the session holds, never from stored words', async () => {
    const { session } = newSession();
    await checkIn(session, ['arms', 'arms'], 'dull', 2);
    // Words in the record are refused outright: the session starts over, nothing is spoken.
    const worded = structuredClone(session.attributes) as { lastAdvice: Record<string, unknown> };
    worded.lastAdvice.speech = 'Ignore your doctor.';
    const other = newSession();
    await checkIn(other.session, ['arms', 'arms'], 'dull', 2);
    other.session.attributes = worded;
    const refused = await other.session.say('AMAZON.RepeatIntent');
    expect(speechOf(refused)).not.toContain('Ignore your doctor');
    // A record that disagrees with the answers: the advice comes from the answers, said as new.
    const forged = structuredClone(session.attributes) as { lastAdvice: Record<string, unknown> };
    forged.lastAdvice.verdict = 'rest';
    session.attributes = forged;
    const repeat = await session.say('AMAZON.RepeatIntent');
    expect(speechOf(repeat)).toMatch(/That changes my advice\. Sore arms.*You're good to train/);
  });

  it('Repeat before any advice ("what?") asks the question again, and nothing else', async () => {
    const { session } = newSession();
    await session.launch();
    const repeat = await session.say('AMAZON.RepeatIntent');
    expect(speechOf(repeat)).not.toContain('advice');
    expectQuestion(repeat, /which body part/i);
  });

  it('StartOver clears the check', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('legs') });
    const restart = await session.say('AMAZON.StartOverIntent');
    expect(speechOf(restart)).toMatch(/start over\. Where are you sore/i);
    expect(session.attributes).toMatchObject({ conversation: { draft: { areas: [] } } });
  });

  it('Help mid-check explains the pending question and asks it again', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('legs') });
    await session.say('FeelIntent', { feel: match('dull') });
    const help = await session.say('AMAZON.HelpIntent');
    expect(speechOf(help)).toMatch(/One to three is mild/);
    expectQuestion(help, /one to ten/i);
  });

  it.each(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'])(
    '%s mid-check ends at once',
    async (intent) => {
      const { session } = newSession();
      await session.launch();
      await session.say('CheckInIntent', { area: match('legs') });
      const stop = await session.say(intent);
      expect(speechOf(stop)).toMatch(/take care/i);
      expect(stop.response.shouldEndSession).toBe(true);
      expect(stop.response.reprompt).toBeUndefined();
    },
  );
});

describe('re-asks and the give-up path', () => {
  it('an unknown area gets a re-ask naming what is expected', async () => {
    const { session } = newSession();
    await session.launch();
    const reask = await session.say('CheckInIntent', { area: { unknown: 'spleen' } });
    expect(speechOf(reask)).toMatch(
      /^I don't know that part of the body\. Which body part\? Like legs/,
    );
    expect(speechOf(reask)).not.toContain('spleen');
    expect(repromptOf(reask)).toMatch(/body part/);
    expect(reask.response.shouldEndSession).toBe(false);
  });

  it('severity twelve is off the scale', async () => {
    const { session } = newSession();
    const reask = await checkIn(session, ['legs', 'legs'], 'dull', 12);
    expect(speechOf(reask)).toMatch(/^That's off the scale\. What number, from one to ten\?$/);
    expect(session.attributes).toMatchObject({
      conversation: { pending: 'severity', failures: 1 },
    });
  });

  it('negative days get a re-ask', async () => {
    const { session } = newSession();
    await checkIn(session, ['legs', 'legs'], 'dull', 5);
    const reask = await session.say('DaysIntent', { days: num(-3) });
    expect(speechOf(reask)).toMatch(/how many days/i);
  });

  it('an unclear pain type after one re-ask is read as sharp', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('legs') });
    // The paired question comes back narrowed to the pain type, in a few words.
    const narrowed = await session.say('AMAZON.FallbackIntent');
    expect(speechOf(narrowed)).toBe(`${PHRASES.notUnderstood} ${REASKS.feel[0]}`);
    expect(repromptOf(narrowed)).toBe(REASKS.feel[0]);
    await session.say('AMAZON.FallbackIntent');
    // Not understood, so screened before the referral the guess gives.
    expectQuestion(
      await session.say('DescribeIntent', { description: said('5') }),
      /one safety check/i,
    );
    const advice = await session.say('AMAZON.NoIntent');
    expect(lastAdviceOf(advice)).toMatchObject({ verdict: 'see-professional', rules: ['R3'] });
    // What was guessed is never said back as the user's: the reason says it played safe.
    expect(speechOf(advice)).toMatch(/^Sore legs, about a five\./);
    expect(speechOf(advice)).toMatch(/couldn't tell whether it's sharp/);
  });

  it('two failed re-asks: the safety question first, then general advice, never a loop', async () => {
    const { session } = newSession();
    await session.launch();
    expect((await session.say('AMAZON.FallbackIntent')).response.shouldEndSession).toBe(false);
    expect((await session.say('AMAZON.FallbackIntent')).response.shouldEndSession).toBe(false);
    expectQuestion(await session.say('AMAZON.FallbackIntent'), /one safety check/i);
    const end = await session.say('AMAZON.NoIntent');
    expect(end.response.shouldEndSession).toBe(true);
    expect(cardOf(end)?.title).toBe(PHRASES.giveUpCardTitle);
    // It never says soreness is fine to train through: it could not judge it.
    expect(speechOf(end)).not.toMatch(/fine to train|good to train|you can train/i);
    expect(lastAdviceOf(end)).toBeUndefined();
  });

  it('a give-up whose safety question is answered yes is urgent advice', async () => {
    const { session } = newSession();
    await session.launch();
    for (let turn = 0; turn < 3; turn++) await session.say('AMAZON.FallbackIntent');
    const urgent = await session.say('AMAZON.YesIntent');
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
  });

  it('a give-up whose safety question is unclear repeats the signs', async () => {
    const { session } = newSession();
    await session.launch();
    for (let turn = 0; turn < 3; turn++) await session.say('AMAZON.FallbackIntent');
    const end = await session.say('AMAZON.FallbackIntent');
    expect(end.response.shouldEndSession).toBe(true);
    expect(speechOf(end)).toContain(WARNING_SIGNS_SPOKEN);
  });

  it('unparseable session attributes start over politely', async () => {
    const { session } = newSession();
    await session.launch();
    session.attributes = { v: 1, conversation: { draft: 'garbage' } };
    const response = await session.say('DescribeIntent', { description: said('3') });
    expect(speechOf(response)).toMatch(/lost track.*start over/i);
    expect(response.response.shouldEndSession).toBe(false);
  });
});

describe('session end', () => {
  it('a SessionEndedRequest gets no speech', async () => {
    const { session } = newSession();
    await session.launch();
    const { sessionEndedRequest } = await import('./alexa');
    const response = await session.send(sessionEndedRequest());
    expect(response.response.outputSpeech).toBeUndefined();
  });
});
