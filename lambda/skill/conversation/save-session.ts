import type { HandlerInput } from 'ask-sdk-core';
import { type Conversation, type LastAdvice, type SessionAttributes, STATE_VERSION } from './state';

/** What each turn wrote, by its request: ask-sdk hands the interceptors the same input. */
const written = new WeakMap<HandlerInput, SessionAttributes>();

/** Apart from loading (session.ts): the opening turn writes a session but never reads one. */
export function saveSession(
  input: HandlerInput,
  conversation: Conversation | undefined,
  lastAdvice: LastAdvice | undefined,
): void {
  // ask-sdk throws on attributes for a request without a session: there is nothing to keep.
  if (!input.requestEnvelope.session) return;
  const attributes: SessionAttributes = {
    v: STATE_VERSION,
    ...(conversation && { conversation }),
    ...(lastAdvice && { lastAdvice }),
  };
  written.set(input, attributes);
  input.attributesManager.setSessionAttributes(attributes);
}

/**
 * The session this turn wrote, as the skill wrote it: the screen and the verdict log read it
 * there, not from the attributes, which would be the skill's own output checked again.
 * Undefined when the turn wrote none (no session, or a request that ends it).
 */
export function sessionWritten(input: HandlerInput): SessionAttributes | undefined {
  return written.get(input);
}
