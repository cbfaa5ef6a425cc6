import type { HandlerInput } from 'ask-sdk-core';
import { type Conversation, type LastAdvice, STATE_VERSION } from './state';

/** Apart from loading (session.ts): the opening turn writes a session but never reads one. */
export function saveSession(
  input: HandlerInput,
  conversation: Conversation | undefined,
  lastAdvice: LastAdvice | undefined,
): void {
  // ask-sdk throws on attributes for a request without a session: there is nothing to keep.
  if (!input.requestEnvelope.session) return;
  input.attributesManager.setSessionAttributes({
    v: STATE_VERSION,
    ...(conversation && { conversation }),
    ...(lastAdvice && { lastAdvice }),
  });
}
