import type { Question } from '../conversation/state';
import { chestMuscleTalk, saysChestFine } from '../safety/warning-words';
import type { Heard } from './heard';

/**
 * A chest named without saying which, read with everything said about it: with muscle talk
 * ("sore from bench", "my pecs") it is the chest muscles; with a sharp pain, or said to the
 * safety question, which names chest pain ("my chest hurts when I breathe"), and no such talk it
 * is chest pain (R1), as tightness is. Otherwise the chest question settles it.
 */
export function settleChest(heard: Heard, text: string, pending: Question | null): void {
  if (!heard.areas.includes('chest-unclear')) return;
  // "Sharp, my chest is fine, it's my shoulder": the chest ruled out, no chest at all.
  if (saysChestFine(text)) heard.areas = heard.areas.filter((id) => id !== 'chest-unclear');
  else if (chestMuscleTalk(text)) {
    heard.areas = heard.areas.map((id) => (id === 'chest-unclear' ? 'chest' : id));
  } else if (
    (heard.feel === 'sharp' || pending === 'redFlags') &&
    !heard.signs.includes('chest-pain')
  ) {
    heard.signs.push('chest-pain');
  }
}
