import type { ResponseEnvelope } from 'ask-sdk-model';
import type { InteractionModelFile } from './model/schema';
import type { RequestIntent, RequestSlot } from './nlu/types';
import { ssmlToText } from './speech-text';

/** What Alexa does itself after Dialog.Delegate: ask for a required slot, or hand back. */
export type DelegateStep =
  | { kind: 'elicit'; intent: RequestIntent; slot: string; prompt: string }
  | { kind: 'complete'; intent: RequestIntent };

/** The intent a Dialog.Delegate directive hands to Alexa, if the response has one. */
export function delegatedIntent(
  response: ResponseEnvelope,
  current: RequestIntent | undefined,
): RequestIntent | undefined {
  for (const directive of response.response.directives ?? []) {
    if (directive.type !== 'Dialog.Delegate') continue;
    if (!directive.updatedIntent) return current;
    return {
      name: directive.updatedIntent.name,
      confirmationStatus: 'NONE',
      // The directive carries the skill's own slots, which are Alexa's shape already.
      slots: directive.updatedIntent.slots as Record<string, RequestSlot> | undefined,
    };
  }
  return undefined;
}

/** The first required slot without a value gets its elicitation prompt; else the dialog is done. */
export function nextDelegateStep(model: InteractionModelFile, intent: RequestIntent): DelegateStep {
  const { dialog, prompts = [] } = model.interactionModel;
  const dialogIntent = dialog?.intents?.find((candidate) => candidate.name === intent.name);
  for (const slot of dialogIntent?.slots ?? []) {
    if (!slot.elicitationRequired || intent.slots?.[slot.name]?.value !== undefined) continue;
    const promptId = slot.prompts?.elicitation;
    const variation = prompts.find((prompt) => prompt.id === promptId)?.variations[0];
    const prompt = variation
      ? variation.type === 'SSML'
        ? ssmlToText(variation.value)
        : variation.value
      : `What is the ${slot.name}?`;
    return { kind: 'elicit', intent, slot: slot.name, prompt };
  }
  return { kind: 'complete', intent };
}
