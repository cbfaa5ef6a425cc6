import type { FilledSlot } from './resolve-slot';
import type { CompiledSample } from './types';

export interface Candidate {
  sample: CompiledSample;
  slots: ReadonlyMap<string, FilledSlot>;
  literalWords: number;
  unresolvedSlots: number;
  resolvedSlots: number;
  /**
   * A custom intent's slotted sample while the skill elicits a phrase slot: Alexa expects the
   * description then, and a sample that only partly names the words yields to it.
   */
  yieldsToElicited: boolean;
  /** Slots of a phrase type (AMAZON.SearchQuery) that took words: a catch-all, never a fit. */
  phraseSlots: number;
  /** Understood on the intent Dialog.ElicitSlot named, with a slot filled and none misheard. */
  answersElicitation: boolean;
}

/**
 * A match made only of slots that understood nothing ("{area}" taking "blah blah") is no
 * understanding at all: Alexa would answer with the fallback intent. One slot that did
 * understand ("chest pain" in "{redFlag} {rest}") is a partial match Alexa would take.
 */
export function isPlausible(candidate: Candidate): boolean {
  return (
    candidate.literalWords > 0 || candidate.unresolvedSlots === 0 || candidate.resolvedSlots > 0
  );
}

/**
 * Orders competing matches, best first:
 * 1. fewer slots whose words were not understood (NO_MATCH values, "?" numbers),
 * 2. while a phrase slot is elicited, the description over a custom intent's slotted sample
 *    (built-in intents and whole phrases without slots still win: "stop", "no", "it's worse"),
 * 3. fewer phrase slots: a free description takes what no intent fits, and loses to any that fits
 *    (an approximation: Alexa's statistical model weighs this, the simulator orders it),
 * 4. more literal words of the sample matched (a specific carrier phrase beats a bare slot),
 * 5. the answer to the slot asked for: elicitation biases Alexa, it never overrides a better
 *    fit ("my chest feels tight" stays a warning sign when the area was asked for),
 * 6. more slots resolved,
 * 7. the sample that comes first in the model.
 */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.unresolvedSlots - b.unresolvedSlots ||
    Number(a.yieldsToElicited) - Number(b.yieldsToElicited) ||
    a.phraseSlots - b.phraseSlots ||
    b.literalWords - a.literalWords ||
    Number(b.answersElicitation) - Number(a.answersElicitation) ||
    b.resolvedSlots - a.resolvedSlots ||
    a.sample.order - b.sample.order
  );
}
