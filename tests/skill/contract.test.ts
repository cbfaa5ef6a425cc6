import { describe, expect, it } from 'vitest';
import model from '../../interaction-model/en-US.json';
import {
  FEELS,
  HYDRATION_LEVELS,
  PLANNED_FOCUSES,
  RED_FLAGS,
  SEVERITY_WORD_IDS,
} from '../../lambda/core';
import { AREA_SLOT_IDS } from '../../lambda/skill/conversation/area-words';
import { INTENT_NAMES } from '../../lambda/skill/conversation/intent-names';
import { SLEEP_QUALITIES } from '../../lambda/skill/conversation/state';
import { ANSWER_INTENTS } from '../../lambda/skill/conversation-handlers';
import { SLOTS_READ } from '../../lambda/skill/understanding/read-request';

const { intents, types } = model.interactionModel.languageModel;
describe('the code and the interaction model agree', () => {
  // The code names intents as IntentName (generated from the models by npm run build:model),
  // so a name the model lacks does not compile; here, the type holds the models' names.
  it('the intent names the code is compiled against are the models’', () => {
    expect([...INTENT_NAMES].sort()).toEqual(intents.map((intent) => intent.name).sort());
  });

  it('the reader reads exactly the slots the model declares', () => {
    const declared = new Set(
      intents.flatMap((intent) => (intent.slots ?? []).map((slot) => slot.name)),
    );
    expect(new Set(SLOTS_READ)).toEqual(declared);
  });

  it('every custom intent of the model has a handler', () => {
    const custom = intents
      .map((intent) => intent.name)
      .filter((name) => !name.startsWith('AMAZON.'));
    for (const name of custom) expect(Object.keys(ANSWER_INTENTS), name).toContain(name);
  });

  it('every built-in the design names is in the model', () => {
    for (const name of [
      'AMAZON.HelpIntent',
      'AMAZON.StopIntent',
      'AMAZON.CancelIntent',
      'AMAZON.NavigateHomeIntent',
      'AMAZON.FallbackIntent',
      'AMAZON.RepeatIntent',
      'AMAZON.StartOverIntent',
      'AMAZON.YesIntent',
      'AMAZON.NoIntent',
    ]) {
      expect(
        intents.map((intent) => intent.name),
        name,
      ).toContain(name);
    }
  });

  it.each([
    // The engine's areas, plus the words the skill must clarify (shoulder, hip, chest).
    ['SorenessArea', AREA_SLOT_IDS],
    ['PainFeel', FEELS],
    ['SeverityWord', SEVERITY_WORD_IDS],
    ['RedFlag', RED_FLAGS],
    ['HydrationLevel', HYDRATION_LEVELS],
    ['TrainingFocus', PLANNED_FOCUSES],
    ['SleepQuality', SLEEP_QUALITIES],
  ] as const)('slot type %s has exactly the ids the code knows', (typeName, ids) => {
    const type = types.find((entry) => entry.name === typeName);
    expect(type?.values.map((value) => value.id).sort()).toEqual([...ids].sort());
  });

  it('the check-in intent has at least 30 samples and every custom intent at least 8', () => {
    for (const intent of intents) {
      if (intent.name.startsWith('AMAZON.')) continue;
      expect(intent.samples.length, intent.name).toBeGreaterThanOrEqual(
        intent.name === 'CheckInIntent' ? 30 : 8,
      );
    }
  });

  it('no two intents share a sample utterance', () => {
    const owner = new Map<string, string>();
    for (const intent of intents) {
      for (const sample of intent.samples) {
        const key = sample.toLowerCase().replace(/\s+/g, ' ').trim();
        expect(owner.get(key), `"${sample}" in ${intent.name}`).toBeUndefined();
        owner.set(key, intent.name);
      }
    }
  });

  it('the synonyms people say for areas resolve to the right body-area ids', () => {
    const area = types.find((entry) => entry.name === 'SorenessArea');
    const idOf = (word: string) =>
      area?.values.find((value) => [value.name.value, ...value.name.synonyms].includes(word))?.id;
    expect(
      Object.fromEntries(
        [
          'quads',
          'hammies',
          'butt',
          'pecs',
          'lats',
          'traps',
          'delts',
          'six pack',
          'heel',
          'everywhere',
        ].map((word) => [word, idOf(word)]),
      ),
    ).toEqual({
      quads: 'legs',
      hammies: 'legs',
      butt: 'glutes',
      pecs: 'chest',
      lats: 'back',
      traps: 'back',
      delts: 'shoulders',
      'six pack': 'core',
      heel: 'achilles',
      everywhere: 'whole-body',
    });
  });
});
