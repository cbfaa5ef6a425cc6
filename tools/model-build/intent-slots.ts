import { ELICITED_SLOTS } from '../../lambda/skill/conversation/elicitation';
import type { ModelSource } from './en-US';

/**
 * Every slot of each intent the skill elicits, by name. Alexa wants a Dialog directive's
 * updatedIntent to carry all of the intent's slots, so the skill sends them, empty; the names
 * come from the model so the two cannot drift. Every locale declares the same slots.
 */
export function intentSlots(sources: readonly ModelSource[]): Record<string, string[]> {
  const elicited = [
    ...new Set(Object.values(ELICITED_SLOTS).flatMap((slot) => (slot ? [slot.intent] : []))),
  ].sort();
  const slots: Record<string, string[]> = {};
  for (const source of sources) {
    for (const name of elicited) {
      const intent = source.intents.find((candidate) => candidate.name === name);
      const names = Object.keys(intent?.slots ?? {});
      const known = slots[name];
      if (known !== undefined && known.join() !== names.join()) {
        throw new Error(`${name} declares different slots in different locales`);
      }
      slots[name] = names;
    }
  }
  return slots;
}
