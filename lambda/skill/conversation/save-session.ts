import type { HandlerInput } from 'ask-sdk-core';
import { type Conversation, type LastAdvice, type SessionAttributes, STATE_VERSION } from './state';

/** What the session keeps for the next turn: the check so far and the advice given in it. */
export interface KeptSession {
  conversation?: Conversation;
  lastAdvice?: LastAdvice;
}

/** Apart from loading (session.ts): the opening turn writes a session but never reads one. */
export function saveSession(input: HandlerInput, kept: KeptSession): void {
  // ask-sdk throws on attributes for a request without a session: there is nothing to keep.
  if (!input.requestEnvelope.session) return;
  const attributes: SessionAttributes = {
    v: STATE_VERSION,
    ...(kept.conversation && { conversation: kept.conversation }),
    ...(kept.lastAdvice && { lastAdvice: kept.lastAdvice }),
  };
  input.attributesManager.setSessionAttributes(attributes);
}
