import { describe, expect, it } from 'vitest';
import { ELICITED_SLOTS } from '../../lambda/skill/conversation/elicitation';
import { loadInteractionModel } from '../../simulator';
import { speaker } from './speaker';

const model = loadInteractionModel('en-US').interactionModel;

const elicitOf = (response: { response: { directives?: unknown[] } }) =>
  (response.response.directives ?? []).find(
    (
      directive,
    ): directive is { type: string; slotToElicit: string; updatedIntent: { name: string } } =>
      (directive as { type?: string }).type === 'Dialog.ElicitSlot',
  );

describe('Dialog.ElicitSlot: each question tells Alexa which slot the answer fills', () => {
  it('names, for every elicited question, an intent and slot the model has in its dialog', () => {
    const dialogIntents = new Map(
      (model.dialog?.intents ?? []).map((intent) => [intent.name, intent.slots ?? []]),
    );
    for (const elicited of Object.values(ELICITED_SLOTS)) {
      if (!elicited) continue;
      const slots = dialogIntents.get(elicited.intent);
      expect(
        slots?.map((slot) => slot.name),
        elicited.intent,
      ).toContain(elicited.slot);
    }
  });

  it('asks every question with the description slot, so the reader hears the answer whole', async () => {
    const description = { slotToElicit: 'description', updatedIntent: { name: 'DescribeIntent' } };
    const voice = speaker();
    const launch = await voice.say('open soreness coach');
    expect(elicitOf(launch.response)).toMatchObject(description);
    const feel = await voice.say('my hamstrings hurt');
    expect(feel.speech).toMatch(/dull ache|sharp/);
    expect(elicitOf(feel.response)).toMatchObject(description);
    // The options the question names are answers: "a dull ache", bare.
    const severity = await voice.say('um, a dull ache I think');
    expect(severity.speech).toMatch(/one to ten/);
    expect(elicitOf(severity.response)).toMatchObject(description);
    expect(severity.response.response.shouldEndSession).toBe(false);
    const days = await voice.say("I'd go with a five");
    expect(days.speech).toMatch(/days/);
    expect(elicitOf(days.response)).toMatchObject(description);
    // The yes/no movement question too: "nah, I can walk fine" is heard whole.
    const limits = await voice.say('two I think');
    expect(limits.speech).toMatch(/limit/i);
    expect(elicitOf(limits.response)).toMatchObject(description);
    expect(limits.response.response.shouldEndSession).toBe(false);
    const advice = await voice.say('nah, I can walk fine');
    expect(advice.response.sessionAttributes?.lastAdvice).toMatchObject({ verdict: 'modify' });
  });

  it('hears "a bit sore" to the feel question as a mild, dull soreness: no rating asked', async () => {
    const voice = speaker();
    await voice.say('open soreness coach');
    await voice.say('my hamstrings');
    const next = await voice.say('a bit sore');
    expect(next.response.sessionAttributes?.lastAdvice).toMatchObject({ verdict: 'train' });
  });

  it('elicits the slot again when it re-asks a question it did not understand', async () => {
    const voice = speaker();
    await voice.say('open soreness coach');
    await voice.say('my hamstrings');
    const reask = await voice.say('banana');
    expect(reask.speech).toMatch(/dull, or sharp/i);
    expect(elicitOf(reask.response)).toMatchObject({ slotToElicit: 'description' });
  });

  it('never lets the elicited answer win over a warning sign', async () => {
    const voice = speaker();
    await voice.say('open soreness coach');
    await voice.say('my calves hurt');
    const sign = await voice.say('my chest feels tight');
    expect(sign.response.sessionAttributes?.lastAdvice).toMatchObject({
      verdict: 'see-professional',
      urgent: true,
    });
  });
});
