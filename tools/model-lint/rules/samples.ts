import type { LanguageModel } from '../../../simulator/model/schema';
import { error, intentPath, type Problem, warning } from '../problem';

const SLOT_REFERENCE = /\{([^{}]*)\}/g;

const normaliseSample = (sample: string): string =>
  sample.trim().toLowerCase().replace(/\s+/g, ' ');

function checkOneSample(
  sample: string,
  path: string,
  intentName: string,
  declared: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  if (sample.trim() === '') return [error(path, 'sample is empty')];
  const used = new Set<string>();
  for (const [, inside = ''] of sample.matchAll(SLOT_REFERENCE)) {
    if (inside.includes('|')) {
      problems.push(error(path, `legacy {value|slot} syntax "{${inside}}": use {slot} only`));
      continue;
    }
    if (!declared.has(inside)) {
      problems.push(error(path, `slot {${inside}} is not declared on intent ${intentName}`));
    }
    if (used.has(inside)) {
      problems.push(error(path, `slot {${inside}} appears twice in one sample`));
    }
    used.add(inside);
  }
  const text = sample.replace(SLOT_REFERENCE, ' ');
  if (/[{}]/.test(text)) problems.push(error(path, 'unbalanced curly brace'));
  const stray = [...new Set(text.replace(/[\p{L}\s'.{}\d]/gu, ''))];
  if (stray.length > 0) {
    problems.push(error(path, `characters not allowed in a sample: ${stray.join(' ')}`));
  }
  if (/\d/.test(text)) {
    problems.push(warning(path, 'digits in a sample: spell numbers out as they are spoken'));
  }
  return problems;
}

export function checkSamples(model: LanguageModel): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, string>();
  model.intents.forEach((intent, index) => {
    const declared = new Set((intent.slots ?? []).map((slot) => slot.name));
    const inThisIntent = new Set<string>();
    (intent.samples ?? []).forEach((sample, sampleIndex) => {
      const path = `${intentPath(index)}.samples[${sampleIndex}]`;
      problems.push(...checkOneSample(sample, path, intent.name, declared));
      const key = normaliseSample(sample);
      if (inThisIntent.has(key)) {
        problems.push(warning(path, `sample "${sample}" is repeated in ${intent.name}`));
        return;
      }
      inThisIntent.add(key);
      const owner = firstSeen.get(key);
      if (owner !== undefined) {
        problems.push(
          error(path, `sample "${sample}" of ${intent.name} is also a sample of ${owner}`),
        );
        return;
      }
      firstSeen.set(key, intent.name);
    });
  });
  return problems;
}

/**
 * Slot samples are what a user says when Dialog.ElicitSlot asks for that slot: each must name
 * the slot it answers (ASK refuses the model otherwise), and the usual sample rules apply.
 */
export function checkSlotSamples(model: LanguageModel): Problem[] {
  return model.intents.flatMap((intent, index) => {
    const declared = new Set((intent.slots ?? []).map((slot) => slot.name));
    return (intent.slots ?? []).flatMap((slot, slotIndex) =>
      (slot.samples ?? []).flatMap((sample, sampleIndex) => {
        const path = `${intentPath(index)}.slots[${slotIndex}].samples[${sampleIndex}]`;
        const problems = checkOneSample(sample, path, intent.name, declared);
        if (!sample.includes(`{${slot.name}}`)) {
          problems.push(error(path, `slot sample "${sample}" does not name {${slot.name}}`));
        }
        return problems;
      }),
    );
  });
}

/**
 * AMAZON.SearchQuery takes whatever words are said, so ASK wants each of its intent samples to
 * carry a carrier phrase and no other slot ("my {description}", never "{description}" alone);
 * the bare slot is allowed only as a slot sample, heard while the slot is elicited.
 */
export function checkPhraseSlotSamples(model: LanguageModel): Problem[] {
  return model.intents.flatMap((intent, index) => {
    const phraseSlots = new Set(
      (intent.slots ?? [])
        .filter((slot) => slot.type === 'AMAZON.SearchQuery')
        .map((slot) => slot.name),
    );
    if (phraseSlots.size === 0) return [];
    return (intent.samples ?? []).flatMap((sample, sampleIndex) => {
      const slots = [...sample.matchAll(SLOT_REFERENCE)].map(([, name = '']) => name);
      if (!slots.some((name) => phraseSlots.has(name))) return [];
      const path = `${intentPath(index)}.samples[${sampleIndex}]`;
      const carrier = sample.replace(SLOT_REFERENCE, ' ').trim();
      const problems: Problem[] = [];
      if (carrier === '')
        problems.push(error(path, `"${sample}": a phrase slot needs a carrier phrase`));
      if (slots.length > 1)
        problems.push(error(path, `"${sample}": a phrase slot stands alone in its sample`));
      return problems;
    });
  });
}
