import type { HandlerInput } from 'ask-sdk-core';
import { isSessionAttributes } from '../boundary/generated/is-session-attributes';
import { type Conversation, freshConversation, type LastAdvice } from './state';

export interface LoadedSession {
  conversation: Conversation;
  lastAdvice: LastAdvice | undefined;
  /** True when a check was under way: the session holds a conversation. */
  started: boolean;
  /** True when the attributes came back in a shape we cannot trust. */
  broken: boolean;
}

/** Session attributes come back from outside on every request, so they are checked, never trusted. */
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
  if (!isSessionAttributes(raw)) {
    return {
      conversation: freshConversation(),
      lastAdvice: undefined,
      started: false,
      broken: true,
    };
  }
  return {
    conversation: raw.conversation ?? freshConversation(),
    lastAdvice: raw.lastAdvice,
    started: raw.conversation !== undefined,
    broken: false,
  };
}
