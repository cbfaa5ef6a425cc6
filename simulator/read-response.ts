import type { ResponseEnvelope, ui } from 'ask-sdk-model';
import type { Elicitation, RequestSlot } from './nlu/types';
import { ssmlToText } from './speech-text';

export interface ShownCard {
  title: string;
  text: string;
}

/** What a person hears and sees from one response. */
export interface Heard {
  speech: string;
  reprompt?: string;
  card?: ShownCard;
}

function speechText(speech: ui.OutputSpeech | undefined): string {
  if (!speech) return '';
  return speech.type === 'SSML' ? ssmlToText(speech.ssml) : speech.text;
}

function cardShown(card: ui.Card | undefined): ShownCard | undefined {
  if (card?.type === 'Simple') return { title: card.title ?? '', text: card.content ?? '' };
  if (card?.type === 'Standard') return { title: card.title ?? '', text: card.text ?? '' };
  return undefined;
}

export function readHeard(envelope: ResponseEnvelope): Heard {
  const { outputSpeech, reprompt, card } = envelope.response;
  const heard: Heard = { speech: speechText(outputSpeech) };
  const repromptText = speechText(reprompt?.outputSpeech);
  if (repromptText !== '') heard.reprompt = repromptText;
  const shown = cardShown(card);
  if (shown) heard.card = shown;
  return heard;
}

const isDialogDirective = (type: string): boolean => type.startsWith('Dialog.');

/**
 * Whether the microphone stays open for the next utterance. On a speaker without a screen
 * an absent shouldEndSession ends the session unless a dialog directive asks for more.
 */
export function keepsSessionOpen(envelope: ResponseEnvelope): boolean {
  const { shouldEndSession, directives = [] } = envelope.response;
  if (shouldEndSession !== undefined) return !shouldEndSession;
  return directives.some((directive) => isDialogDirective(directive.type));
}

/** The slot the skill asked for with Dialog.ElicitSlot, if it did. */
export function readElicitation(
  envelope: ResponseEnvelope,
  currentIntent: string | undefined,
): Elicitation | undefined {
  for (const directive of envelope.response.directives ?? []) {
    if (directive.type !== 'Dialog.ElicitSlot') continue;
    const intent = directive.updatedIntent?.name ?? currentIntent;
    if (!intent) return undefined;
    const slots = directive.updatedIntent?.slots as Record<string, RequestSlot> | undefined;
    return slots
      ? { intent, slot: directive.slotToElicit, slots }
      : { intent, slot: directive.slotToElicit };
  }
  return undefined;
}
