import type { BodyArea } from '../../core';
import { adviceFor } from '../conversation/check-in';
import type { Conversation, LastAdvice } from '../conversation/state';
import { type RenderedAdvice, renderAdvice } from './render-advice';
import type { PickVariant } from './variants';

/** Areas whose pain type stayed unclear and was read as sharp, which the advice says. */
export function assumedSharp(conversation: Conversation): ReadonlySet<BodyArea> {
  return new Set(
    conversation.draft.areas.filter((area) => area.feelAssumed).map((area) => area.area),
  );
}

/**
 * The advice given in this check, rendered again from the facts the session holds. The session
 * keeps no words to speak: attributes come back from outside, and where requests can be forged
 * (a development server) stored text would be spoken as sent.
 */
export function adviceOnRecord(
  conversation: Conversation,
  lastAdvice: LastAdvice | undefined,
  choose: PickVariant,
): RenderedAdvice | undefined {
  if (!lastAdvice || !conversation.adviceGiven) return undefined;
  return renderAdvice(adviceFor(conversation.draft), choose, {
    assumedSharp: assumedSharp(conversation),
  });
}

/** What the session keeps of rendered advice: the advice as data, never its words. */
export function recordOf(rendered: RenderedAdvice): LastAdvice {
  const { verdict, urgent, rules, suggestions } = rendered;
  return { verdict, urgent, rules, suggestions };
}
