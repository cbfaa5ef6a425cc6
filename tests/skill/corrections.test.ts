import { describe, expect, it } from 'vitest';
import type { Draft } from '../../lambda/skill/conversation/state';
import { type AlexaSession, match, num, said, speechOf } from './alexa';
import { lastAdviceOf, pendingOf } from './responses';
import { newSession } from './skill-under-test';

/*
 * A fact said again later in the check ("actually it's been three weeks") stands when it is the
 * heavier reading: a longer duration, a worse trend, a limit, a sharp pain, low water. A lighter
 * one never replaces what was said before, so a slip of the tongue or a misheard word cannot talk
 * the check out of a referral; the advice says back what it heard, for the user to correct.
 */
function draftOf(session: AlexaSession): Draft {
  const conversation = session.attributes.conversation as { draft: Draft } | undefined;
  if (!conversation) throw new Error('no check in the session');
  return conversation.draft;
}

/** Sore calves, a dull five for two days: the check then asks about movement limits. */
async function calvesForTwoDays() {
  const { session } = newSession();
  await session.launch();
  await session.say('CheckInIntent', { area: match('calves') });
  await session.say('FeelIntent', { feel: match('dull', 'achy') });
  await session.say('DescribeIntent', { description: said('5') });
  await session.say('DaysIntent', { days: num(2) });
  return session;
}

describe('a fact said again later in the check', () => {
  const heavier = [
    {
      said: 'three weeks, to the limits question',
      intent: 'DaysIntent',
      slots: { weeks: num(3) },
      holds: (draft: Draft) => expect(draft.days).toBe(21),
    },
    {
      said: 'a sharp pain, to the limits question',
      intent: 'FeelIntent',
      slots: { feel: match('sharp', 'stabbing') },
      holds: (draft: Draft) => expect(draft.areas[0]?.feel).toBe('sharp'),
    },
    {
      said: 'an eight with no place named, to the limits question',
      intent: 'DescribeIntent',
      slots: { description: said('the pain is more like an eight') },
      holds: (draft: Draft) => expect(draft.areas[0]?.severity).toBe(8),
    },
    {
      said: 'that it is getting worse',
      intent: 'DescribeIntent',
      slots: { description: said("it's getting worse") },
      holds: (draft: Draft) => expect(draft.worsening).toBe(true),
    },
  ] as const;

  it.each(heavier)('stands when it is heavier: $said', async ({ intent, slots, holds }) => {
    const session = await calvesForTwoDays();
    await session.say(intent, slots);
    holds(draftOf(session));
  });

  it('a longer duration said after the advice gives the advice it calls for', async () => {
    const session = await calvesForTwoDays();
    await session.say('AMAZON.NoIntent');
    const corrected = await session.say('DaysIntent', { weeks: num(3) });
    // Three weeks makes a warning sign plausible: screened before the new advice.
    expect(pendingOf(corrected)).toBe('redFlags');
    const advice = await session.say('AMAZON.NoIntent');
    expect(lastAdviceOf(advice)?.verdict).toBe('see-professional');
    // The new advice says back the corrected duration.
    expect(speechOf(advice)).toMatch(/^Sore calves, about an? \w+, three weeks\./);
  });

  it('a limit said after "no" to the limits question stands', async () => {
    const session = await calvesForTwoDays();
    await session.say('AMAZON.NoIntent');
    await session.say('DescribeIntent', { description: said("it's hard to walk") });
    expect(draftOf(session).limitsMovement).toBe(true);
  });

  it('a lighter one never replaces it: two days after three weeks keeps three weeks', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('calves') });
    await session.say('FeelIntent', { feel: match('dull', 'achy') });
    await session.say('DescribeIntent', { description: said('5') });
    await session.say('DaysIntent', { weeks: num(3) });
    await session.say('DaysIntent', { days: num(2) });
    expect(draftOf(session).days).toBe(21);
  });

  it('a lower rating with no place named keeps the rating said before', async () => {
    const session = await calvesForTwoDays();
    await session.say('DescribeIntent', { description: said('it is only a two really') });
    expect(draftOf(session).areas[0]?.severity).toBe(5);
  });

  it('a dull ache said after a sharp pain keeps the sharp pain', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('calves') });
    await session.say('FeelIntent', { feel: match('sharp', 'stabbing') });
    await session.say('FeelIntent', { feel: match('dull', 'achy') });
    expect(draftOf(session).areas[0]?.feel).toBe('sharp');
  });

  it('a sharp pain that answers "dull or sharp?" is only the asked area\'s', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('calves'), feel: match('dull', 'stiff') });
    await session.say('DescribeIntent', { description: said('5') });
    await session.say('CheckInIntent', { area: match('back') });
    expect((session.attributes.conversation as { pending: string }).pending).toBe('feel');
    await session.say('FeelIntent', { feel: match('sharp', 'stabbing') });
    expect(draftOf(session).areas.map((entry) => entry.feel)).toEqual(['dull', 'sharp']);
  });
});
