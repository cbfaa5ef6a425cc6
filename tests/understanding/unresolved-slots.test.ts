import type { HandlerInput } from 'ask-sdk-core';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../lambda/skill/conversation/state';
import type { Heard } from '../../lambda/skill/understanding/heard';
import { readRequest } from '../../lambda/skill/understanding/read-request';
import { intentRequest, match, num, said, speechOf, unknown } from '../skill/alexa';
import { expectQuestion, lastAdviceOf, pendingOf, toSafetyQuestion } from '../skill/responses';
import { newSession } from '../skill/skill-under-test';

/** What the reader takes from one slot Alexa filled with more words than a value. */
function heardIn(slot: string, words: string, pending: Question | null = null): Heard {
  const requestEnvelope = intentRequest(INTENT_OF[slot] ?? 'CheckInIntent', {
    [slot]: unknown(words),
  });
  return readRequest({ requestEnvelope } as unknown as HandlerInput, pending).heard;
}

/** The model's intent that holds a slot, where CheckInIntent does not. */
const INTENT_OF: Readonly<Record<string, string>> = {
  redFlag: 'RedFlagIntent',
  sleepQuality: 'SleepIntent',
  site: 'SiteIntent',
};

/*
 * Alexa often fills a custom slot with more words than the value ("my calves, both of them"),
 * and entity resolution then finds nothing: the reader reads those words as it reads any.
 */
describe('the words of a slot Alexa could not resolve are read', () => {
  it.each([
    ['area', 'my calves both of them', { areas: ['calves'] }],
    ['area', 'ankle when I walk', { areas: ['ankle'] }],
    ['area', 'lower back it is been stiff since saturday', { areas: ['lower-back'], feel: 'dull' }],
    ['otherArea', 'hamstrings I think', { areas: ['legs'] }],
    ['feel', 'pinching feeling in there', { feel: 'sharp' }],
    ['feel', 'still sore', { feel: 'dull' }],
    ['feel', 'it isn\u2019t sharp', { feel: 'dull' }],
    ['feel', 'not really sharp more of a dull thing', { feel: 'dull' }],
    ['feel', 'sharp but also achy', { feel: 'sharp' }],
    ['feel', "my knee it's a sharp", { areas: ['knee'], feel: 'sharp' }],
    ['focus', 'still do core', { plan: 'core' }],
    ['redFlag', 'light headed earlier', { signs: ['dizziness'] }],
  ] as const)('%s "%s"', (slot, words, facts) => {
    expect(heardIn(slot, words)).toMatchObject(facts);
  });

  it.each([
    ['sleepQuality', 'terrible the baby was up all night', 'sleep', { sleepQuality: 'poor' }],
    ['site', 'the outside bit the muscle part', 'site', { site: 'muscle' }],
    ['severity', 'about a six I guess', 'severity', { severity: 6 }],
  ] as const)('%s "%s" to the %s question', (slot, words, pending, facts) => {
    expect(heardIn(slot, words, pending)).toMatchObject(facts);
  });

  // Words that bend a value never read it lighter or shorter than meant.
  it.each([
    ['duration', 'a week or two', 'days', { days: 14 }],
    ['duration', 'more than a couple of days', 'days', { days: 3 }],
    ['weekday', 'saturday last month', 'days', { days: 30 }],
    ['severityWord', 'more than mild', 'severity', { severity: 5 }],
    ['severityWord', 'more than a five', 'severity', { severity: 6 }],
  ] as const)('%s "%s" to the %s question', (slot, words, pending, facts) => {
    const intent = slot === 'severityWord' ? 'SeverityIntent' : 'DaysIntent';
    const requestEnvelope = intentRequest(intent, { [slot]: unknown(words) });
    const read = readRequest({ requestEnvelope } as unknown as HandlerInput, pending);
    expect(read.heard).toMatchObject(facts);
  });

  it.each([
    ['area', 'dog ate my homework'],
    ['feel', 'weird'],
  ])('%s "%s": nothing read, and the turn counts as misheard', (slot, words) => {
    const requestEnvelope = intentRequest('CheckInIntent', { [slot]: unknown(words) });
    const read = readRequest({ requestEnvelope } as unknown as HandlerInput, null);
    expect(read.heard.areas).toEqual([]);
    expect(read.heard.feel).toBeUndefined();
    expect(read.unread).toBe(true);
  });

  it("resolved slots give their ids, numbers their slot's meaning", () => {
    const requestEnvelope = intentRequest('CheckInIntent', {
      area: match('calves'),
      feel: match('dull', 'achy'),
      severity: num(7),
      sleepHours: num(5),
      days: num(3),
    });
    const read = readRequest({ requestEnvelope } as unknown as HandlerInput, null);
    expect(read.heard).toMatchObject({
      areas: ['calves'],
      feel: 'dull',
      severity: 7,
      sleepHours: 5,
      days: 3,
    });
    expect(read.unread).toBe(false);
  });
});

describe('the skill acts on a value heard again', () => {
  it('"my calves, both of them" is the calves: the next question, not "which part of the body?"', async () => {
    const { session } = newSession();
    await session.launch();
    const response = await session.say('CheckInIntent', {
      area: unknown('my calves both of them'),
    });
    expectQuestion(response, /dull ache or a sharp pain/);
    expect(pendingOf(response)).toBe('feel');
    const draft = (response.sessionAttributes as { conversation: { draft: { areas: unknown[] } } })
      .conversation.draft;
    expect(draft.areas).toEqual([{ area: 'calves' }]);
  });

  it('"a sharp stabbing pain when I straighten it" answers the pain type as sharp', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('elbow') });
    const response = await session.say('FeelIntent', {
      feel: unknown('a sharp stabbing pain when i straighten it'),
    });
    expectQuestion(response, /one to ten/);
    expectQuestion(
      await session.say('DescribeIntent', { description: said('5') }),
      /one safety check/i,
    );
    const rated = await session.say('AMAZON.NoIntent');
    expect(lastAdviceOf(rated)?.verdict).toBe('see-professional');
  });

  it('at the chest question, a muscle among unclear words is still chest pain', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('chest-unclear', 'chest') });
    const muscleAmongWords = await session.say('SiteIntent', {
      site: unknown('i guess the muscle part'),
    });
    expect(lastAdviceOf(muscleAmongWords)).toMatchObject({ urgent: true });
    expect(speechOf(muscleAmongWords)).toMatch(/emergency|doctor/i);
  });
});

describe('a place said with a pain type or rating before any area is kept', () => {
  it('"my knee, it\'s a sharp pain when I bend it", heard as the pain type, is a sharp knee', async () => {
    const { session } = newSession();
    await session.launch();
    const response = await session.say('FeelIntent', { feel: unknown("my knee it's a sharp") });
    expectQuestion(response, /one to ten/);
    const draft = (response.sessionAttributes as { conversation: { draft: { areas: unknown[] } } })
      .conversation.draft;
    expect(draft.areas).toEqual([{ area: 'knee', feel: 'sharp' }]);
  });

  it('a rating with the place ("my calves, a seven") keeps both', async () => {
    const { session } = newSession();
    await session.launch();
    const response = await session.say('SeverityIntent', {
      severity: num(7),
      severityWord: unknown('my calves'),
    });
    const draft = (response.sessionAttributes as { conversation: { draft: { areas: unknown[] } } })
      .conversation.draft;
    expect(draft.areas).toEqual([{ area: 'calves', severity: 7 }]);
  });

  it('a chest among the words is left to the chest question, never taken as the muscle', async () => {
    const { session } = newSession();
    await session.launch();
    const response = await session.say('FeelIntent', { feel: unknown("my chest it's a dull") });
    expect(pendingOf(response)).toBe('chest');
  });

  it('with no place among the words, the question is asked again', async () => {
    const { session } = newSession();
    await session.launch();
    const response = await session.say('FeelIntent', { feel: match('sharp') });
    expect(pendingOf(response)).toBe('area');
  });
});

describe('how often, said of a trend or of the soreness', () => {
  it.each([
    ['getting worse every day', { worsening: true }, undefined],
    ["I'm sore every day", {}, true],
  ] as const)('"%s"', (words, facts, alwaysSore) => {
    const requestEnvelope = intentRequest('DescribeIntent', { description: said(words) });
    const { heard } = readRequest({ requestEnvelope } as unknown as HandlerInput, null);
    expect(heard).toMatchObject(facts);
    expect(heard.alwaysSore).toBe(alwaysSore);
  });
});

describe('what a slot resolved or said stays safe', () => {
  it('dark urine resolved from "the colour of tea" to the safety question is urgent', async () => {
    const { session } = newSession();
    await toSafetyQuestion(session);
    const urgent = await session.say('RedFlagIntent', {
      redFlag: match('dark-urine', 'the colour of tea'),
    });
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
  });

  it('a muscle found among unresolved words does not settle the chest question', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('chest-unclear', 'chest') });
    const answer = await session.say('SiteIntent', { site: unknown('muscles but it feels tight') });
    expect(lastAdviceOf(answer)).toMatchObject({ urgent: true });
  });

  it('a number past its scale beside other facts makes the turn misheard: screened first', async () => {
    const { session } = newSession();
    await session.launch();
    const next = await session.say('CheckInIntent', {
      area: match('legs'),
      feel: match('dull', 'sore'),
      severity: num(2),
      days: num(400),
    });
    expect(lastAdviceOf(next)?.verdict).not.toBe('train');
  });

  it('"nope" heard as a rating to the safety question is a no, not urgent', async () => {
    const { session } = newSession();
    await toSafetyQuestion(session);
    const answer = await session.say('SeverityIntent', { severityWord: unknown('nope') });
    expect(lastAdviceOf(answer)?.urgent).not.toBe(true);
  });
});
