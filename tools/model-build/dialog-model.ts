import { ELICITED_SLOTS } from '../../lambda/skill/conversation/elicitation';
import type { Question } from '../../lambda/skill/conversation/state';
import { QUESTION_PROMPTS } from '../../lambda/skill/speech/en-US';
import type { ModelSource } from './en-US';

/** The prompt id for an elicited slot, as the dialog model and its prompts share it. */
export const elicitationPromptId = (intent: string, slot: string): string =>
  `Elicit.Intent-${intent}.IntentSlot-${slot}`;

/**
 * The dialog model behind every Dialog.ElicitSlot the skill sends. Alexa accepts a Dialog
 * directive that changes the intent (launch → CheckInIntent, then each question's intent) only
 * when the model has a dialog model, and an elicited slot only when it is declared with
 * elicitationRequired and a prompt. Delegation stays with the skill (SKILL_RESPONSE): it asks
 * its own questions in its own words, so the prompts are the same questions, never spoken by
 * Alexa unless a turn is ever delegated.
 */
export function dialogModel(source: ModelSource) {
  const bySlot = elicitedQuestions();
  const declared = new Map(source.intents.map((intent) => [intent.name, intent]));
  for (const intent of source.intents) {
    for (const slot of Object.keys(intent.elicited ?? {})) {
      // Slot samples are heard only while the slot is elicited: unused ones would be dead weight.
      if (!bySlot.get(intent.name)?.has(slot)) {
        throw new Error(`${intent.name}.${slot} has answers to a question the skill never asks`);
      }
    }
  }
  const intents = [...bySlot].map(([name, slots]) => {
    const intent = declared.get(name);
    if (!intent) throw new Error(`the skill elicits ${name}, which the model does not declare`);
    return {
      name,
      delegationStrategy: 'SKILL_RESPONSE',
      confirmationRequired: false,
      prompts: {},
      slots: [...slots.keys()].map((slot) => {
        const type = intent.slots?.[slot];
        if (!type) throw new Error(`the skill elicits ${name}.${slot}, which is not declared`);
        return {
          name: slot,
          type,
          confirmationRequired: false,
          elicitationRequired: true,
          prompts: { elicitation: elicitationPromptId(name, slot) },
        };
      }),
    };
  });
  const prompts = [...bySlot].flatMap(([name, slots]) =>
    [...slots].map(([slot, questions]) => ({
      id: elicitationPromptId(name, slot),
      variations: questions
        .flatMap((question) => QUESTION_PROMPTS[question])
        .map((value) => ({ type: 'PlainText', value })),
    })),
  );
  return { dialog: { delegationStrategy: 'SKILL_RESPONSE', intents }, prompts };
}

/** Intent → slot → the questions that elicit it, in the order the skill lists its questions. */
function elicitedQuestions(): Map<string, Map<string, Question[]>> {
  const bySlot = new Map<string, Map<string, Question[]>>();
  for (const [question, elicited] of Object.entries(ELICITED_SLOTS) as Array<
    [Question, (typeof ELICITED_SLOTS)[Question]]
  >) {
    if (!elicited) continue;
    const slots = bySlot.get(elicited.intent) ?? new Map<string, Question[]>();
    bySlot.set(elicited.intent, slots);
    slots.set(elicited.slot, [...(slots.get(elicited.slot) ?? []), question]);
  }
  return bySlot;
}
