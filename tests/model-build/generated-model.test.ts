import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  intentSlotsJson,
  MODEL_SOURCES,
  modelJson,
  slotWordsJson,
} from '../../tools/model-build/build-model';
import { expandTemplate } from '../../tools/model-build/expand';

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
      join(import.meta.dirname, '..', '..', 'lambda', 'skill', 'conversation', 'slot-words.json'),
      'utf8',
    );
    expect(committed === slotWordsJson()).toBe(true);
  });

  it('the slots each elicited intent carries are up to date (npm run build:model)', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '..', '..', 'lambda', 'skill', 'conversation', 'intent-slots.json'),
      'utf8',
    );
    expect(committed === intentSlotsJson()).toBe(true);
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
  });
});
