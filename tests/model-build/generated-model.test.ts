import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildModel,
  intentNamesSource,
  intentSlotsJson,
  MODEL_SOURCES,
  modelJson,
  pickVaried,
  slotWordsJson,
} from '../../tools/model-build/build-model';
import { expandTemplate, firstChoiceOf } from '../../tools/model-build/expand';

describe('the interaction model is generated from its template source', () => {
  it.each(Object.keys(MODEL_SOURCES))('%s.json is up to date (npm run build:model)', (locale) => {
    const source = MODEL_SOURCES[locale];
    if (!source) throw new Error(`no source for ${locale}`);
    const committed = readFileSync(
      join(import.meta.dirname, '..', '..', 'interaction-model', `${locale}.json`),
      'utf8',
    );
    expect(committed === modelJson(source)).toBe(true);
  });

  it('the words the skill listens for again are up to date (npm run build:model)', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '..', '..', 'lambda', 'skill', 'understanding', 'slot-words.json'),
      'utf8',
    );
    expect(committed === slotWordsJson()).toBe(true);
  });

  it('the intent names the code is compiled against are up to date (npm run build:model)', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '..', '..', 'lambda', 'skill', 'conversation', 'intent-names.ts'),
      'utf8',
    );
    expect(committed === intentNamesSource()).toBe(true);
  });

  it('the slots each elicited intent carries are up to date (npm run build:model)', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '..', '..', 'lambda', 'skill', 'conversation', 'intent-slots.json'),
      'utf8',
    );
    expect(committed === intentSlotsJson()).toBe(true);
  });

  // Alexa generalises from varied samples; thousands per intent only add class weight.
  it.each(Object.keys(MODEL_SOURCES))(
    "%s is small: at most a quarter of SMAPI's limit, 300 samples an intent",
    (locale) => {
      const source = MODEL_SOURCES[locale];
      if (!source) throw new Error(`no source for ${locale}`);
      const model = buildModel(source);
      expect(JSON.stringify(model).length).toBeLessThanOrEqual(250_000);
      for (const intent of model.interactionModel.languageModel.intents) {
        expect(intent.samples.length, intent.name).toBeLessThanOrEqual(300);
      }
      const slotTypes = model.interactionModel.languageModel.types.map((type) => type.name);
      // The words around a fact are written into the samples, never a slot type of their own.
      for (const carrier of Object.keys(source.wordsAround)) {
        expect(slotTypes).not.toContain(carrier);
      }
    },
  );

  it("picks samples from every template, each template's plainest first", () => {
    const picked = pickVaried(
      [
        ['my {area} hurts', 'my {area} aches', 'the {area} hurts'],
        ['{area} is sore', 'sore {area}'],
      ],
      ['should I train today'],
      3,
    );
    expect(picked).toEqual(['should I train today', 'my {area} hurts', '{area} is sore']);
  });

  it('expands choices, optional words, macros and contractions without gluing words', () => {
    expect(expandTemplate("(I'm|I am) (really|) sore")).toEqual([
      'I am really sore',
      'I am sore',
      "I'm really sore",
      "I'm sore",
    ]);
    expect(expandTemplate('$ask {area}', { ask: '(can I|should I)' })).toEqual([
      'can I {area}',
      'should I {area}',
    ]);
    expect(() => expandTemplate('$nope')).toThrow(/unknown macro/);
    expect(firstChoiceOf("(I'm|I am) ($very|) sore", { very: '(really|so)' })).toBe(
      "I'm really sore",
    );
  });
});
