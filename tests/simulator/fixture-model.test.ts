import { describe, expect, it } from 'vitest';
import { compileModel } from '../../simulator/nlu/compile-model';
import type { RequestIntent } from '../../simulator/nlu/types';
import { understand } from '../../simulator/nlu/understand';
import { resolvedId, SKILL_ID, slotOf } from './real-model';

/*
 * How the simulator fills slots, on a model small enough to read: each test's sentence is a
 * sample here by construction, so the project's own model can change without touching these.
 */
const model = compileModel({
  invocationName: 'soreness coach',
  intents: [
    {
      name: 'CheckInIntent',
      slots: [
        { name: 'area', type: 'SorenessArea' },
        { name: 'focus', type: 'TrainingFocus' },
        { name: 'feel', type: 'PainFeel' },
        { name: 'severityWord', type: 'SeverityWord' },
        { name: 'sleepHours', type: 'AMAZON.NUMBER' },
      ],
      samples: [
        'can I work out with sore {area}',
        'my {area} hurts can I {focus}',
        'I slept {sleepHours} hours and my {area} is sore',
        'my {area} are {severityWord} {feel}',
        'my {area} are {feel}',
        '{area} hurts',
      ],
    },
    {
      name: 'SleepIntent',
      slots: [{ name: 'sleepHours', type: 'AMAZON.NUMBER' }],
      samples: ['{sleepHours} hours', 'I slept {sleepHours} hours'],
    },
    {
      name: 'DaysIntent',
      slots: [{ name: 'days', type: 'AMAZON.NUMBER' }],
      samples: ['for {days} days'],
    },
    { name: 'AMAZON.FallbackIntent' },
  ],
  types: [
    {
      name: 'SorenessArea',
      values: [
        { id: 'legs', name: { value: 'legs', synonyms: ['quads'] } },
        { id: 'knee', name: { value: 'knee' } },
        { id: 'back', name: { value: 'back' } },
      ],
    },
    {
      name: 'TrainingFocus',
      values: [{ id: 'cardio', name: { value: 'cardio', synonyms: ['run'] } }],
    },
    { name: 'PainFeel', values: [{ id: 'dull', name: { value: 'achy', synonyms: ['sore'] } }] },
    { name: 'SeverityWord', values: [{ id: 'mild', name: { value: 'a little' } }] },
  ],
});

function intentFor(utterance: string): RequestIntent {
  const understood = understand(model, utterance, SKILL_ID);
  if (understood.kind !== 'intent') throw new Error(`"${utterance}" gave ${understood.kind}`);
  return understood.intent;
}

describe('NLU: how slots are filled', () => {
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

  it.each([
    ['eight hours', 'SleepIntent', 'sleepHours', '8'],
    ['I slept 6.5 hours', 'SleepIntent', 'sleepHours', '6.5'],
    ['for three days', 'DaysIntent', 'days', '3'],
  ])('"%s" → %s %s="%s"', (utterance, name, slot, value) => {
    const intent = intentFor(utterance);
    expect(intent.name).toBe(name);
    expect(slotOf(intent, slot).value).toBe(value);
  });

  it('prefers the longest carrier phrase: "my legs are a little sore"', () => {
    const intent = intentFor('my legs are a little sore');
    expect(intent.name).toBe('CheckInIntent');
    expect(resolvedId(slotOf(intent, 'area'))).toBe('legs');
    expect(resolvedId(slotOf(intent, 'severityWord'))).toBe('mild');
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
});
