import type { Directive } from 'ask-sdk-model';
import type { IntentName } from './intent-names';
import INTENT_SLOTS from './intent-slots.json';
import type { Question } from './state';

/** The intent and slot a question fills, so Alexa can listen for that answer first. */
export interface ElicitedSlot {
  intent: IntentName;
  slot: string;
}

const DESCRIPTION: ElicitedSlot = { intent: 'DescribeIntent', slot: 'description' };

/**
 * Which slot each question asks for. Sent as Dialog.ElicitSlot, this tells Alexa what the next
 * words most likely are: "a dull ache" after "dull or sharp?" fills the feel, "six" after the
 * scale fills the severity, instead of competing with every intent that takes a bare word or a
 * number. It only biases: a warning sign or "stop" is still heard as itself. The yes/no limits
 * question has no slot to elicit.
 */
export const ELICITED_SLOTS: Readonly<Record<Question, ElicitedSlot | undefined>> = {
  area: DESCRIPTION,
  feel: DESCRIPTION,
  severity: DESCRIPTION,
  days: DESCRIPTION,
  limits: DESCRIPTION,
  redFlags: DESCRIPTION,
  chest: DESCRIPTION,
  site: DESCRIPTION,
  sleep: DESCRIPTION,
  hydration: DESCRIPTION,
};

/**
 * The directive for a question, with nothing filled: the skill keeps its facts in the session.
 * Alexa wants every slot of the intent in updatedIntent (intent-slots.json, from the model).
 */
export function elicitDirective(question: Question): Directive | undefined {
  const elicited = ELICITED_SLOTS[question];
  if (!elicited) return undefined;
  const names: readonly string[] =
    (INTENT_SLOTS as Record<string, readonly string[] | undefined>)[elicited.intent] ?? [];
  return {
    type: 'Dialog.ElicitSlot',
    slotToElicit: elicited.slot,
    updatedIntent: {
      name: elicited.intent,
      confirmationStatus: 'NONE',
      slots: Object.fromEntries(names.map((name) => [name, { name, confirmationStatus: 'NONE' }])),
    },
  };
}
