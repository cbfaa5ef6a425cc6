import type { LanguageModel } from '../model/schema';
import { BUILTIN_PHRASES } from './builtin-phrases';
import { compileSample } from './compile-sample';
import { normalisePhrase, normaliseWords } from './normalise';
import {
  type CompiledModel,
  type CompiledSample,
  type SlotDeclaration,
  type SlotTypeValue,
  slotKey,
} from './types';

const compiled = new WeakMap<LanguageModel, CompiledModel>();

/**
 * Prepares a language model for matching. Done once per model object, not per session: a
 * grown model takes a noticeable time to compile, and tests open hundreds of sessions.
 */
export function compileModel(model: LanguageModel): CompiledModel {
  const cached = compiled.get(model);
  if (cached) return cached;
  const result = compileFresh(model);
  compiled.set(model, result);
  return result;
}

function compileFresh(model: LanguageModel): CompiledModel {
  const samples: CompiledSample[] = [];
  const slotSamples = new Map<string, CompiledSample[]>();
  const slotsByIntent = new Map<string, SlotDeclaration[]>();
  let order = 0;
  const compiled = (intent: string, text: string): CompiledSample => {
    const parts = compileSample(text);
    const literals = parts.flatMap((part) => (part.kind === 'word' ? [part.word] : []));
    return { intent, text, parts, literals: [...new Set(literals)], order: order++ };
  };
  for (const intent of model.intents) {
    slotsByIntent.set(
      intent.name,
      (intent.slots ?? []).map(({ name, type }) => ({ name, type })),
    );
    const texts = [...(intent.samples ?? []), ...(BUILTIN_PHRASES[intent.name] ?? [])];
    for (const text of texts) samples.push(compiled(intent.name, text));
    for (const slot of intent.slots ?? []) {
      if (!slot.samples?.length) continue;
      const key = slotKey(intent.name, slot.name);
      slotSamples.set(
        key,
        slot.samples.map((text) => compiled(intent.name, text)),
      );
    }
  }
  const slotTypes = new Map<string, Map<string, SlotTypeValue>>();
  for (const type of model.types ?? []) {
    const phrases = new Map<string, SlotTypeValue>();
    for (const value of type.values ?? []) {
      const resolved = { id: value.id ?? value.name.value, name: value.name.value };
      for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
        const key = normalisePhrase(phrase);
        if (!phrases.has(key)) phrases.set(key, resolved);
      }
    }
    slotTypes.set(type.name, phrases);
  }
  return {
    invocationWords: normaliseWords(model.invocationName),
    samples,
    slotSamples,
    slotsByIntent,
    slotTypes,
  };
}
