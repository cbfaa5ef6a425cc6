import { describe, expect, it } from 'vitest';
import { compileModel } from '../../simulator/nlu/compile-model';
import { understand } from '../../simulator/nlu/understand';
import { intentFor, realModel, realModelFile, resolvedId, SKILL_ID, slotOf } from './real-model';

describe('NLU over the project interaction model', () => {
  it.each([
    ['should I train today', 'CheckInIntent'],
    ["I'm not sore", 'DescribeIntent'],
    ['never mind', 'AMAZON.CancelIntent'],
    ['start over', 'AMAZON.StartOverIntent'],
    ['say that again', 'AMAZON.RepeatIntent'],
    ['Help!', 'AMAZON.HelpIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['yeah', 'AMAZON.YesIntent'],
    ['nope', 'AMAZON.NoIntent'],
    ['nope', 'AMAZON.NoIntent'],
    ['go home', 'AMAZON.NavigateHomeIntent'],
    ['blah blah', 'AMAZON.FallbackIntent'],
  ])('"%s" → %s', (utterance, intent) => {
    expect(intentFor(utterance).name).toBe(intent);
  });

  it('sends every declared slot, the unfilled ones with no value', () => {
    const intent = intentFor('should I train today');
    const declared = realModelFile.interactionModel.languageModel.intents
      .find((entry) => entry.name === 'CheckInIntent')
      ?.slots?.map((slot) => slot.name);
    expect(declared?.length).toBeGreaterThan(7);
    expect(Object.keys(intent.slots ?? {})).toEqual(declared);
    expect(slotOf(intent, 'feel')).toEqual({ name: 'feel', confirmationStatus: 'NONE' });
    expect(intentFor('never mind').slots).toBeUndefined();
  });

  // While the skill asks a question it elicits the description: an answer in any shape reaches
  // the skill's reader as the person's words, whole.
  it.each([
    'I feel fine',
    'no idea',
    'skip',
    '7',
    'about a two',
    'twenty one',
    "I can't move it fully",
  ])('"%s", while the description is elicited, is the description', (utterance) => {
    const understood = understand(realModel, utterance, SKILL_ID, {
      intent: 'DescribeIntent',
      slot: 'description',
    });
    expect(understood.kind === 'intent' && understood.intent.name).toBe('DescribeIntent');
    const words = understood.kind === 'intent' ? understood.intent.slots?.description?.value : '';
    expect(words?.toLowerCase()).toBe(utterance.toLowerCase().replace("can't", 'can not'));
  });

  it.each([['seven out of ten', 'SeverityIntent', 'severity', '7']])(
    '"%s" → %s %s="%s"',
    (utterance, name, slot, value) => {
      const intent = intentFor(utterance);
      expect(intent.name).toBe(name);
      expect(slotOf(intent, slot).value).toBe(value);
    },
  );

  it('prefers a resolved value over a carrier phrase with a slot that understood nothing', () => {
    const severity = intentFor('a little');
    expect(severity.name).toBe('SeverityIntent');
    expect(resolvedId(slotOf(severity, 'severityWord'))).toBe('mild');
    const days = intentFor('a couple of days');
    expect(days.name).toBe('DaysIntent');
    expect(resolvedId(slotOf(days, 'duration'))).toBe('couple-of-days');
    expect(slotOf(days, 'days').value).toBeUndefined();
  });

  it('sends "?" for a number slot that heard no number', () => {
    const intent = intentFor('lots out of ten');
    expect(intent.name).toBe('SeverityIntent');
    expect(slotOf(intent, 'severity').value).toBe('?');
  });

  it('launches and runs one-shots by the invocation name', () => {
    expect(understand(realModel, 'open soreness coach', SKILL_ID)).toEqual({ kind: 'launch' });
    expect(understand(realModel, 'Alexa, launch Soreness Coach', SKILL_ID).kind).toBe('launch');
    expect(understand(realModel, 'ask soreness coach', SKILL_ID).kind).toBe('launch');
    const oneShot = understand(
      realModel,
      'ask soreness coach if I can work out with sore legs',
      SKILL_ID,
    );
    expect(oneShot).toMatchObject({ kind: 'intent', oneShot: true });
    expect(oneShot.kind === 'intent' && resolvedId(slotOf(oneShot.intent, 'area'))).toBe('legs');
    const withTo = understand(realModel, 'tell soreness coach to start over', SKILL_ID);
    expect(withTo.kind === 'intent' && withTo.intent.name).toBe('AMAZON.StartOverIntent');
    expect(understand(realModel, ' ,. ', SKILL_ID)).toEqual({ kind: 'empty' });
  });

  it('fills the slot the skill elicited from a bare answer', () => {
    const elicitation = { intent: 'CheckInIntent', slot: 'severity' };
    const understood = understand(realModel, 'five', SKILL_ID, elicitation);
    expect(understood.kind === 'intent' && understood.intent.name).toBe('CheckInIntent');
    expect(understood.kind === 'intent' && understood.intent.slots?.severity?.value).toBe('5');
    const help = understand(realModel, 'help', SKILL_ID, elicitation);
    expect(help.kind === 'intent' && help.intent.name).toBe('AMAZON.HelpIntent');
  });

  it('takes the words of a phrase slot after its carrier, while elicited or not', () => {
    const elicitation = { intent: 'DescribeIntent', slot: 'description' };
    const bare = understand(realModel, 'kind of a dull throb', SKILL_ID, elicitation);
    expect(bare.kind === 'intent' && bare.intent.slots?.description?.value).toBe(
      'kind of a dull throb',
    );
    const asked = understand(realModel, 'ask soreness coach should I run on sore calves', SKILL_ID);
    expect(asked.kind === 'intent' && asked.intent.slots?.asked?.value).toBe('run on sore calves');
  });

  it('never routes to a built-in the model does not declare', () => {
    const model = compileModel({
      invocationName: 'soreness coach',
      intents: [{ name: 'AMAZON.FallbackIntent' }, { name: 'SkipIntent', samples: ['skip'] }],
    });
    const understood = understand(model, 'help', SKILL_ID);
    expect(understood.kind === 'intent' && understood.intent.name).toBe('AMAZON.FallbackIntent');
  });
});
