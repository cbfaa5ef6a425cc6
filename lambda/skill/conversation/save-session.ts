import type { HandlerInput } from 'ask-sdk-core';
import { type Conversation, type LastAdvice, type SessionAttributes, STATE_VERSION } from './state';

/**
 * What a turn wrote, kept on its request's input, which ask-sdk hands the interceptors too. A
 * property, not a weak map keyed by the input: the map kept each turn's objects alive through a
 * scavenge, and V8 doubled the young generation for it (measured: 8 → 16 MiB over 11,000 warm
 * turns).
 */
const WRITTEN = Symbol('the session this turn wrote');
type WithWritten = HandlerInput & { [WRITTEN]?: SessionAttributes };

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
  (input as WithWritten)[WRITTEN] = attributes;
  input.attributesManager.setSessionAttributes(attributes);
}

/**
 * The session this turn wrote, as the skill wrote it: the screen and the verdict log read it
 * there, not from the attributes, which would be the skill's own output checked again.
 * Undefined when the turn wrote none: a request outside a session, or one whose handler writes
 * nothing (a SessionEndedRequest).
 */
export function sessionWritten(input: HandlerInput): SessionAttributes | undefined {
  return (input as WithWritten)[WRITTEN];
}
