import { loadInteractionModel } from '../../simulator/model/load-model';
import { compileModel } from '../../simulator/nlu/compile-model';
import type { RequestIntent, RequestSlot } from '../../simulator/nlu/types';
import { understand } from '../../simulator/nlu/understand';

export const SKILL_ID = 'amzn1.ask.skill.test';
export const realModelFile = loadInteractionModel('en-US');
export const realModel = compileModel(realModelFile.interactionModel.languageModel);

/** The intent Alexa would send for an in-session utterance, against the project's model. */
export function intentFor(utterance: string): RequestIntent {
  const understood = understand(realModel, utterance, SKILL_ID);
  if (understood.kind !== 'intent') throw new Error(`"${utterance}" gave ${understood.kind}`);
  return understood.intent;
}

export function slotOf(intent: RequestIntent, name: string): RequestSlot {
  const slot = intent.slots?.[name];
  if (!slot) throw new Error(`${intent.name} has no slot ${name}`);
  return slot;
}

export const resolvedId = (slot: RequestSlot): string | undefined =>
  slot.resolutions?.resolutionsPerAuthority[0]?.values?.[0]?.value.id;
