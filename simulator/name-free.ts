import type { InteractionModelFile } from './model/schema';
import { withoutHesitations } from './nlu/discourse';
import { normaliseWords } from './nlu/normalise';

const spoken = (text: string) => withoutHesitations(normaliseWords(text)).join(' ');

/** Whether the words are one of the model's skill launch phrases ("should I train today"). */
export function launchPhrase(model: InteractionModelFile, utterance: string): boolean {
  const words = spoken(utterance);
  const points = model.interactionModel._nameFreeInteraction?.ingressPoints ?? [];
  return points.some((point) => point.type === 'LAUNCH' && spoken(point.value) === words);
}
