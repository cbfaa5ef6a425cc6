import { describe, expect, it } from 'vitest';
import { relistenSlots } from '../../lambda/skill/conversation/relisten';
import { match, num, speechOf, unknown } from './alexa';
import { expectQuestion, lastAdviceOf, pendingOf } from './responses';
import { newSession } from './skill-under-test';

/** An unmatched slot as Alexa sends it: the words, and entity resolution finding nothing. */
const unmatched = (value: string) => ({
  name: 'slot',
  value,
  confirmationStatus: 'NONE',
  resolutions: {
    resolutionsPerAuthority: [{ authority: 'alexa', status: { code: 'ER_SUCCESS_NO_MATCH' } }],
  },
});

/** The id the skill hears in a slot's unmatched words, if any. */
function heardAgain(slot: string, value: string): string | undefined {
  const slots = relistenSlots({ [slot]: unmatched(value) });
  const resolved = slots?.[slot] as
    | {
        resolutions: {
          resolutionsPerAuthority: Array<{ values?: Array<{ value: { id: string } }> }>;
        };
      }
    | undefined;
  return resolved?.resolutions.resolutionsPerAuthority.at(-1)?.values?.[0]?.value.id;
}

describe('unmatched words are heard again for the one value they name', () => {
  it.each([
    ['area', 'my calves both of them', 'calves'],
    ['area', 'ankle when I walk', 'ankle'],
    ['area', 'lower back it is been stiff since saturday', 'lower-back'],
    ['otherArea', 'hamstrings I think', 'legs'],
    ['feel', 'pinching feeling in there', 'sharp'],
    ['feel', 'still sore', 'dull'],
    ['weekday', 'the day after my long run so thursday', 'thursday'],
    ['focus', 'still do core', 'core'],
    ['sleepQuality', 'terrible the baby was up all night', 'poor'],
    ['site', 'the outside bit the muscle part', 'muscle'],
  ])('%s "%s" → %s', (slot, value, id) => {
    expect(heardAgain(slot, value)).toBe(id);
  });

  it.each([
    ['two values are no answer', 'feel', 'sharp but also achy'],
    ['a denial outside the value', 'feel', 'not really sharp more of a dull thing'],
    ['a contracted denial', 'feel', "it isn't sharp"],
    ['no known word', 'area', 'dog ate my homework'],
    ['two areas', 'area', 'back at the gym and everything hurts'],
    ['a hard session is never guessed: it settles a bare chest', 'session', 'i ran a marathon'],
    ['a warning sign is the safety net’s to read', 'redFlag', 'light headed earlier'],
    ['a qualifier outside the value', 'focus', 'more than just legs'],
    ['a rating word could read lighter than meant', 'severityWord', 'more than mild'],
    ['a duration could read shorter than meant', 'duration', 'a week or two'],
    ['a loose word: "dead" may be numbness', 'feel', 'my calf feels dead'],
    ['a weekday a month back is no recent day', 'weekday', 'saturday last month'],
  ])('%s: nothing', (_why, slot, value) => {
    expect(heardAgain(slot, value)).toBeUndefined();
  });

  it('leaves matched and empty slots as they were', () => {
    const matched = {
      value: 'calves',
      resolutions: {
        resolutionsPerAuthority: [
          { status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: 'calves' } }] },
        ],
      },
    };
    expect(relistenSlots({ area: matched, feel: { name: 'feel' } })).toBeUndefined();
  });
});

describe('the skill acts on a value heard again', () => {
  it('"my calves, both of them" is the calves: the next question, not "which part of the body?"', async () => {
    const { session } = newSession();
    await session.launch();
    const response = await session.say('CheckInIntent', {
      area: unknown('my calves both of them'),
    });
    expectQuestion(response, /dull ache or stiffness, or a sharp, stabbing pain\?/);
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
    expectQuestion(await session.say('NumberIntent', { number: num(5) }), /one safety check/i);
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
