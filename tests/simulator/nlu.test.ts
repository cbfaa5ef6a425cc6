import { describe, expect, it } from 'vitest';
import { compileModel } from '../../simulator/nlu/compile-model';
import { understand } from '../../simulator/nlu/understand';
import { intentFor, realModel, realModelFile, resolvedId, SKILL_ID, slotOf } from './real-model';

describe('NLU over the project interaction model', () => {
  it.each([
    ['should I train today', 'CheckInIntent'],
    ["I'm not sore", 'NotSoreIntent'],
    ['I feel fine.', 'NotSoreIntent'],
    ['never mind', 'AMAZON.CancelIntent'],
    ['start over', 'AMAZON.StartOverIntent'],
    ['say that again', 'AMAZON.RepeatIntent'],
    ['Help!', 'AMAZON.HelpIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['yeah', 'AMAZON.YesIntent'],
    ['nope', 'AMAZON.NoIntent'],
    ['no thanks', 'SkipIntent'],
    ['nope', 'AMAZON.NoIntent'],
    ['go home', 'AMAZON.NavigateHomeIntent'],
    ["I can't move it fully", 'MovementLimitIntent'],
    ["I don't know", 'SkipIntent'],
    ['blah blah', 'AMAZON.FallbackIntent'],
  ])('"%s" → %s', (utterance, intent) => {
    expect(intentFor(utterance).name).toBe(intent);
  });

  it('resolves a synonym to the value id: "can I work out with sore quads"', () => {
    const intent = intentFor('can I work out with sore quads');
    expect(intent.name).toBe('CheckInIntent');
    const area = slotOf(intent, 'area');
    expect(area.value).toBe('quads');
    expect(area.resolutions).toEqual({
      resolutionsPerAuthority: [
        {
          authority: `amzn1.er-authority.echo-sdk.${SKILL_ID}.SorenessArea`,
          status: { code: 'ER_SUCCESS_MATCH' },
          values: [{ value: { name: 'legs', id: 'legs' } }],
        },
      ],
    });
  });

  it('fills two custom slots: "my knee hurts, can I run"', () => {
    const intent = intentFor('my knee hurts, can I run');
    expect(intent.name).toBe('CheckInIntent');
    expect(resolvedId(slotOf(intent, 'area'))).toBe('knee');
    expect(resolvedId(slotOf(intent, 'focus'))).toBe('cardio');
  });

  it('reads a number word and a custom slot together', () => {
    const intent = intentFor('I slept four hours and my back is sore');
    expect(intent.name).toBe('CheckInIntent');
    expect(slotOf(intent, 'sleepHours').value).toBe('4');
    expect(resolvedId(slotOf(intent, 'area'))).toBe('back');
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

  it.each([
    ['about a two', 'NumberIntent', 'number', '2'],
    ['twenty one', 'NumberIntent', 'number', '21'],
    ['7', 'NumberIntent', 'number', '7'],
    ['eight hours', 'SleepIntent', 'sleepHours', '8'],
    ['I slept 6.5 hours', 'SleepIntent', 'sleepHours', '6.5'],
    ['seven out of ten', 'SeverityIntent', 'severity', '7'],
    ['for three days', 'DaysIntent', 'days', '3'],
  ])('"%s" → %s %s="%s"', (utterance, name, slot, value) => {
    const intent = intentFor(utterance);
    expect(intent.name).toBe(name);
    expect(slotOf(intent, slot).value).toBe(value);
  });

  it('prefers a resolved value over a carrier phrase with a slot that understood nothing', () => {
    const severity = intentFor('a little');
    expect(severity.name).toBe('SeverityIntent');
    expect(resolvedId(slotOf(severity, 'severityWord'))).toBe('mild');
    const days = intentFor('a couple of days');
    expect(days.name).toBe('DaysIntent');
    expect(resolvedId(slotOf(days, 'duration'))).toBe('couple-of-days');
    expect(slotOf(days, 'days').value).toBeUndefined();
  });

  it('prefers the longest carrier phrase: "my legs are a little sore"', () => {
    const intent = intentFor('my legs are a little sore');
    expect(intent.name).toBe('CheckInIntent');
    expect(resolvedId(slotOf(intent, 'area'))).toBe('legs');
    expect(resolvedId(slotOf(intent, 'severityWord'))).toBe('mild');
    // "sore" is a PainFeel synonym, so the words already say the pain is dull.
    expect(resolvedId(slotOf(intent, 'feel'))).toBe('dull');
  });

  it('keeps an unknown value as ER_SUCCESS_NO_MATCH without values: "spleen hurts"', () => {
    const intent = intentFor('spleen hurts');
    expect(intent.name).toBe('CheckInIntent');
    expect(slotOf(intent, 'area')).toEqual({
      name: 'area',
      value: 'spleen',
      confirmationStatus: 'NONE',
      resolutions: {
        resolutionsPerAuthority: [
          {
            authority: `amzn1.er-authority.echo-sdk.${SKILL_ID}.SorenessArea`,
            status: { code: 'ER_SUCCESS_NO_MATCH' },
          },
        ],
      },
    });
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
    const withTo = understand(realModel, 'tell soreness coach to skip', SKILL_ID);
    expect(withTo.kind === 'intent' && withTo.intent.name).toBe('SkipIntent');
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

  it('never routes to a built-in the model does not declare', () => {
    const model = compileModel({
      invocationName: 'soreness coach',
      intents: [{ name: 'AMAZON.FallbackIntent' }, { name: 'SkipIntent', samples: ['skip'] }],
    });
    const understood = understand(model, 'help', SKILL_ID);
    expect(understood.kind === 'intent' && understood.intent.name).toBe('AMAZON.FallbackIntent');
  });
});
