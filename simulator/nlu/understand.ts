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
  const words = normaliseWords(text);
  if (words.length === 0) return { kind: 'empty' };
  const invocation = parseInvocation(words, model.invocationWords);
  if (invocation.kind === 'launch') return { kind: 'launch' };
  if (invocation.kind === 'in-session') {
    return {
      kind: 'intent',
      intent: recogniseIntent(model, invocation.words, skillId, elicitation),
      oneShot: false,
    };
  }
  let intent = recogniseIntent(model, invocation.words, skillId);
  const [first, ...rest] = invocation.words;
  if (intent.name === FALLBACK_INTENT && first && CONNECTING_WORDS.has(first) && rest.length > 0) {
    intent = recogniseIntent(model, rest, skillId);
  }
  return { kind: 'intent', intent, oneShot: true };
}
