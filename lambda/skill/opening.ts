import { freshConversation } from './conversation/state';
import type { Reply } from './reply';
import { OPENING_PHRASES } from './speech/opening-en-US';

/**
 * A fresh check that asks where it hurts, with `opening` said first: the opening turn's part of
 * respond.ts, apart from it so that a LaunchRequest loads only this.
 */
export function startOver(opening: string): Reply {
  return {
    speech: opening,
    asks: { question: 'area', reprompt: OPENING_PHRASES.launchReprompt },
    kept: { conversation: { ...freshConversation(), pending: 'area' } },
  };
}
