import type { BodyArea } from '../../core';
import { adviceFor } from '../conversation/check-in';
import type { Conversation, LastAdvice } from '../conversation/state';
import { type HeardBack, heardBackSentence } from './en-US';
import { type RenderContext, type RenderedAdvice, renderAdvice } from './render-advice';
import type { PickVariant } from './variants';

/** Areas whose pain type stayed unclear and was read as sharp, which the advice says. */
function assumedSharp(conversation: Conversation): ReadonlySet<BodyArea> {
  return new Set(
    conversation.draft.areas.filter((area) => area.feelAssumed).map((area) => area.area),
  );
}

/**
 * What the advice rests on, said back first so a misreading can be corrected: the areas, a pain
 * the user called sharp (a guessed one is the reason's to explain), the rating, how long.
 */
function heardBackOf({ draft }: Conversation): HeardBack {
  return {
    areas: draft.areas.map((area) => ({
      area: area.area,
      sharp: area.feel === 'sharp' && area.feelAssumed !== true,
      ...(area.severity !== undefined && { severity: area.severity }),
    })),
    ...(draft.days !== undefined && { days: draft.days }),
    ...(draft.worsening === true && { worsening: true }),
  };
}

/** How the advice on this check is worded, besides the advice itself. */
export function renderContextOf(conversation: Conversation): RenderContext {
  return {
    assumedSharp: assumedSharp(conversation),
    heardBack: heardBackSentence(heardBackOf(conversation)),
  };
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
  return renderAdvice(adviceFor(conversation.draft), choose, renderContextOf(conversation));
}

/** What the session keeps of rendered advice: the advice as data, never its words. */
export function recordOf(rendered: RenderedAdvice): LastAdvice {
  const { verdict, urgent, rules, suggestions } = rendered;
  return { verdict, urgent, rules, suggestions };
}
