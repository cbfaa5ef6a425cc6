import type { HandlerInput } from 'ask-sdk-core';
import {
  type Conversation,
  freshConversation,
  type LastAdvice,
  SessionAttributesSchema,
  STATE_VERSION,
} from './state';

export interface LoadedSession {
  conversation: Conversation;
  lastAdvice: LastAdvice | undefined;
  /** True when no check was under way (new session or none started). */
  started: boolean;
  /** True when the attributes came back in a shape we cannot trust. */
  broken: boolean;
}

/** Session attributes come back from outside on every request, so they are parsed, never trusted. */
export function loadSession(input: HandlerInput): LoadedSession {
  // Outside a session ask-sdk throws on attributes; such a request starts from nothing.
  const raw = input.requestEnvelope.session
    ? input.attributesManager.getSessionAttributes()
    : undefined;
  if (!raw || Object.keys(raw).length === 0) {
    return {
      conversation: freshConversation(),
      lastAdvice: undefined,
      started: false,
      broken: false,
    };
  }
  const parsed = SessionAttributesSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      conversation: freshConversation(),
      lastAdvice: undefined,
      started: false,
      broken: true,
    };
  }
  return {
    conversation: parsed.data.conversation ?? freshConversation(),
    lastAdvice: parsed.data.lastAdvice,
    started: parsed.data.conversation !== undefined,
    broken: false,
  };
}

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
