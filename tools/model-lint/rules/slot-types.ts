import type { LanguageModel } from '../../../simulator/model/schema';
import { error, intentPath, type Problem, typePath, warning } from '../problem';

const phraseKey = (phrase: string): string => phrase.trim().toLowerCase().replace(/\s+/g, ' ');

export function checkSlotTypes(model: LanguageModel): Problem[] {
  const problems: Problem[] = [];
  const defined = new Set((model.types ?? []).map((type) => type.name));
  model.intents.forEach((intent, index) => {
    (intent.slots ?? []).forEach((slot, slotIndex) => {
      if (!slot.type.startsWith('AMAZON.') && !defined.has(slot.type)) {
        problems.push(
          error(
            `${intentPath(index)}.slots[${slotIndex}].type`,
            `slot type ${slot.type} of ${intent.name}.${slot.name} is not defined`,
          ),
        );
      }
    });
  });
  (model.types ?? []).forEach((type, index) => {
    const path = typePath(index);
    const values = type.values ?? [];
    if (values.length === 0) problems.push(error(path, `slot type ${type.name} has no values`));
    const ids = new Map<string, number>();
    const phrases = new Map<string, number>();
    values.forEach((value, valueIndex) => {
      const valuePath = `${path}.values[${valueIndex}]`;
      if (value.id !== undefined) {
        const earlier = ids.get(value.id);
        if (earlier !== undefined) {
          problems.push(
            error(
              `${valuePath}.id`,
              `value id "${value.id}" is already used by values[${earlier}]`,
            ),
          );
        } else {
          ids.set(value.id, valueIndex);
        }
      }
      const own = new Set<string>();
      const spoken = [value.name.value, ...(value.name.synonyms ?? [])];
      spoken.forEach((phrase, phraseIndex) => {
        const phrasePath =
          phraseIndex === 0
            ? `${valuePath}.name.value`
            : `${valuePath}.name.synonyms[${phraseIndex - 1}]`;
        const key = phraseKey(phrase);
        if (own.has(key)) {
          problems.push(warning(phrasePath, `"${phrase}" is repeated within one value`));
          return;
        }
        own.add(key);
        const earlier = phrases.get(key);
        if (earlier !== undefined) {
          problems.push(
            error(phrasePath, `"${phrase}" already names values[${earlier}] of ${type.name}`),
          );
          return;
        }
        phrases.set(key, valueIndex);
      });
    });
  });
  return problems;
}
