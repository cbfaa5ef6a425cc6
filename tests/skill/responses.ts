import type { ResponseEnvelope } from 'ask-sdk-model';
import { expect } from 'vitest';
import { type AlexaSession, match, num, repromptOf, speechOf } from './alexa';

export type LastAdvice = {
  verdict: string;
  urgent: boolean;
  rules: string[];
  suggestions: string[];
};

export function lastAdviceOf(response: ResponseEnvelope): LastAdvice | undefined {
  return response.sessionAttributes?.lastAdvice as LastAdvice | undefined;
}

export function cardOf(response: ResponseEnvelope) {
  const card = response.response.card;
  return card && card.type === 'Simple' ? card : undefined;
}

/** A question keeps the session open, and its reprompt asks it again. */
export function expectQuestion(response: ResponseEnvelope, question: RegExp) {
  expect(speechOf(response)).toMatch(question);
  expect(repromptOf(response)).toMatch(question);
  expect(response.response.shouldEndSession).toBe(false);
}

/** What the conversation state says is being asked. */
/** The check's facts so far, as the session carries them. */
export function draftOf(response: ResponseEnvelope): Record<string, unknown> {
  return (response.sessionAttributes as { conversation: { draft: Record<string, unknown> } })
    .conversation.draft;
}

export function pendingOf(response: ResponseEnvelope): unknown {
  const attributes = response.sessionAttributes as { conversation?: { pending?: unknown } };
  return attributes?.conversation?.pending;
}

/** Launch, then "my legs are sore, about <severity>" in one breath. */
export async function openWithDullLegs(session: AlexaSession, severity: number) {
  await session.launch();
  return session.say('CheckInIntent', {
    area: match('legs'),
    feel: match('dull'),
    severity: num(severity),
  });
}

/** A severe dull ache for two days: the next thing asked is the safety question. */
export async function toSafetyQuestion(session: AlexaSession) {
  await openWithDullLegs(session, 8);
  return session.say('DaysIntent', { days: num(2) });
}
