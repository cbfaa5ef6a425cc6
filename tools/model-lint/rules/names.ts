import type { LanguageModel } from '../../../simulator/model/schema';
import { error, intentPath, LANGUAGE_MODEL_PATH, type Problem } from '../problem';

const CUSTOM_NAME = /^[A-Za-z_]+$/;
const BUILT_IN_NAME = /^AMAZON\.[A-Za-z]+$/;

/** What a certified skill must declare. */
export const REQUIRED_BUILT_INS = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.FallbackIntent',
] as const;

export function checkNames(model: LanguageModel): Problem[] {
  const problems: Problem[] = [];
  const seenIntents = new Set<string>();
  model.intents.forEach((intent, index) => {
    const path = intentPath(index);
    if (BUILT_IN_NAME.test(intent.name)) {
      // Built-ins are Amazon's names; only their spelling can be wrong.
    } else if (!CUSTOM_NAME.test(intent.name)) {
      problems.push(
        error(
          `${path}.name`,
          `intent name "${intent.name}" may contain only letters and underscores`,
        ),
      );
    } else if (intent.name.toLowerCase().startsWith('amazon')) {
      problems.push(
        error(`${path}.name`, `custom intent "${intent.name}" may not use the AMAZON namespace`),
      );
    }
    if (seenIntents.has(intent.name)) {
      problems.push(error(`${path}.name`, `intent ${intent.name} is declared twice`));
    }
    seenIntents.add(intent.name);
    const seenSlots = new Set<string>();
    (intent.slots ?? []).forEach((slot, slotIndex) => {
      const slotPath = `${path}.slots[${slotIndex}].name`;
      if (!/^[A-Za-z][A-Za-z_]*$/.test(slot.name)) {
        problems.push(
          error(slotPath, `slot name "${slot.name}" may contain only letters and underscores`),
        );
      }
      if (seenSlots.has(slot.name)) {
        problems.push(error(slotPath, `slot ${slot.name} is declared twice on ${intent.name}`));
      }
      seenSlots.add(slot.name);
    });
  });
  for (const required of REQUIRED_BUILT_INS) {
    if (!seenIntents.has(required)) {
      problems.push(
        error(`${LANGUAGE_MODEL_PATH}.intents`, `required built-in intent ${required} is missing`),
      );
    }
  }
  return problems;
}
