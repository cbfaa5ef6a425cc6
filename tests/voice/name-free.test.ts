import { describe, expect, it } from 'vitest';
import { buildSkill, LOCAL_SKILL_ID, silentLogger } from '../../lambda/skill';
import { firstVariant } from '../../lambda/skill/speech/variants';
import { createVoiceSession, NOT_ROUTED } from '../../simulator';
import { modelFor } from './speaker';

function speakerIn(locale: string) {
  const skill = buildSkill({
    skillId: LOCAL_SKILL_ID,
    logger: silentLogger,
    pickVariant: firstVariant,
  });
  return createVoiceSession({ skill, model: modelFor(locale), locale, skillId: LOCAL_SKILL_ID });
}

describe("name-free: 'Alexa, should I train today?' without the skill's name", () => {
  it('opens the skill on a skill launch phrase', async () => {
    const voice = speakerIn('en-US');
    const turn = await voice.say('should I train today');
    expect(turn.request.request.type).toBe('LaunchRequest');
    expect(turn.speech).toMatch(/Where are you sore\?/);
    expect(voice.isOpen).toBe(true);
  });

  it('offers a check-in to the skill first, and starts it on YES', async () => {
    const voice = speakerIn('en-US');
    const turn = await voice.say('um, can I work out with sore legs');
    expect(turn.request.request).toMatchObject({
      type: 'IntentRequest',
      intent: { name: 'CheckInIntent' },
    });
    expect(turn.request.session?.new).toBe(true);
    expect(turn.speech).toMatch(/dull ache|scale of one to ten/);
  });

  it('does not reach the skill with words it says NO to', async () => {
    const voice = speakerIn('en-US');
    const turn = await voice.say('six');
    expect(turn.request.request.type).toBe('CanFulfillIntentRequest');
    expect(turn.speech).toBe(NOT_ROUTED);
    expect(voice.isOpen).toBe(false);
  });

  it.each([
    ['en-AU', '000'],
    ['en-GB', '999'],
    ['en-IN', '112'],
    ['en-CA', '911'],
  ])('%s: from a name-free start to urgent advice with %s', async (locale, number) => {
    const voice = speakerIn(locale);
    await voice.say('should I train today');
    const urgent = await voice.say("my chest feels tight and I'm a bit dizzy");
    expect(urgent.response.sessionAttributes?.lastAdvice).toMatchObject({ urgent: true });
    expect(urgent.speech).toContain(`emergency services on ${number}`);
  });
});
