import { withApostropheSAsIs, withoutHesitations, withoutMarkers } from './discourse';
import { CONNECTING_WORDS, parseInvocation } from './invocation';
import { normaliseWords } from './normalise';
import { FALLBACK_INTENT, recogniseIntent } from './recognise-intent';
import type { CompiledModel, Elicitation, RequestIntent } from './types';

export type Understanding =
  | { kind: 'empty' }
  | { kind: 'launch' }
  | { kind: 'intent'; intent: RequestIntent; oneShot: boolean };

/** What Alexa makes of one typed utterance, before any envelope is built. */
export function understand(
  model: CompiledModel,
  text: string,
  skillId: string,
  elicitation?: Elicitation,
): Understanding {
  const spoken = normaliseWords(text);
  const words = withoutHesitations(spoken);
  // Letters the model has no words for ("Привет") are still speech: Alexa hears something and
  // sends the fallback intent. Only a line with nothing to hear is empty.
  if (spoken.length === 0 && /[\p{L}\p{N}]/u.test(text)) {
    return {
      kind: 'intent',
      intent: recogniseIntent(model, [], skillId, elicitation),
      oneShot: false,
    };
  }
  if (words.length === 0) return { kind: 'empty' };
  const invocation = parseInvocation(words, model.invocationWords);
  if (invocation.kind === 'launch') return { kind: 'launch' };
  if (invocation.kind === 'in-session') {
    return {
      kind: 'intent',
      intent: recogniseLeniently(model, invocation.words, skillId, elicitation),
      oneShot: false,
    };
  }
  // "Ask soreness coach if I can run": Alexa drops the connecting word, and what follows must be
  // a sample; the whole phrase is tried when that fails or fits only with words not understood
  // ("if I can {asked}" beats "I {redFlag}" hearing "can run" as a sign).
  const [first, ...rest] = invocation.words;
  const connected = first !== undefined && CONNECTING_WORDS.has(first) && rest.length > 0;
  let intent = recogniseLeniently(model, connected ? rest : invocation.words, skillId);
  if (connected && misfit(intent) > 0) {
    const whole = recogniseLeniently(model, invocation.words, skillId);
    if (misfit(whole) < misfit(intent)) intent = whole;
  }
  return { kind: 'intent', intent, oneShot: true };
}

/**
 * How badly a reading fits: the fallback worst, then each slot not understood; more slots
 * understood is better. A reading that places the knee in "my knee's swollen" beats one that
 * only hears "swollen".
 */
function misfit(intent: RequestIntent): number {
  return intent.name === FALLBACK_INTENT
    ? Number.POSITIVE_INFINITY
    : unresolvedSlots(intent) * 100 - resolvedSlots(intent);
}

function resolvedSlots(intent: RequestIntent): number {
  return Object.values(intent.slots ?? {}).filter(
    (slot) =>
      slot.value !== undefined &&
      slot.value !== '?' &&
      slot.resolutions?.resolutionsPerAuthority[0]?.status.code !== 'ER_SUCCESS_NO_MATCH',
  ).length;
}

/** Slots that heard words the model does not know (NO_MATCH, or "?" for a number). */
function unresolvedSlots(intent: RequestIntent): number {
  return Object.values(intent.slots ?? {}).filter(
    (slot) =>
      slot.value === '?' ||
      slot.resolutions?.resolutionsPerAuthority[0]?.status.code === 'ER_SUCCESS_NO_MATCH',
  ).length;
}

/** Word for word first; then the other readings discourse.ts allows, keeping the best fit. */
function recogniseLeniently(
  model: CompiledModel,
  words: readonly string[],
  skillId: string,
  elicitation?: Elicitation,
): RequestIntent {
  let best = recogniseIntent(model, words, skillId, elicitation);
  if (unresolvedSlots(best) === 0 && best.name !== FALLBACK_INTENT) return best;
  const unmarked = withoutMarkers(words);
  const readings = [
    unmarked,
    withApostropheSAsIs(words),
    unmarked && withApostropheSAsIs(unmarked),
  ].filter((reading): reading is string[] => reading !== undefined);
  for (const reading of readings) {
    const retried = recogniseIntent(model, reading, skillId, elicitation);
    if (misfit(retried) < misfit(best)) best = retried;
    if (unresolvedSlots(best) === 0) break;
  }
  return best;
}
