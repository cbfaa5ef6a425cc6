import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Verdict } from '../core';
import { elicitDirective } from './conversation/elicitation';
import { type KeptSession, saveSession } from './conversation/save-session';
import type { Question } from './conversation/state';
import { localiseSpeech } from './speech/locales';

/** Advice this turn gave, or changed: it goes on the home card, the screen and the log. */
export interface AdviceShown {
  /** "general": the check could not be followed, and safe general advice was given instead. */
  verdict: Verdict | 'general';
  urgent: boolean;
  cardTitle: string;
  /** Lines, the disclaimer last, as the card shows them. */
  cardText: string;
}

/**
 * What a turn did, in the catalogue's words: the one value its handler returns. The response,
 * the session, the card, the screen and the verdict log are all made from it, so none of them
 * has to work out afterwards what kind of turn it was.
 */
export interface Reply {
  speech: string;
  /** The question the session now waits for; a reply without one ends the session. */
  asks?: { question: Question; reprompt: string };
  advice?: AdviceShown;
  kept: KeptSession;
}

/**
 * Kept on the request's input, which ask-sdk hands the response interceptors too. A property, not
 * a weak map keyed by the input: the map kept each turn's objects alive through a scavenge, and
 * V8 doubled the young generation for it (measured: 8 → 16 MiB over 11,000 warm turns).
 */
const REPLY = Symbol('what this turn did');
type WithReply = HandlerInput & { [REPLY]?: Reply };

/** What this turn did; undefined for a request that says nothing (an ended session, an event). */
export function replyOf(input: HandlerInput): Reply | undefined {
  return (input as WithReply)[REPLY];
}

/**
 * The reply as Alexa's response, in the request's locale: the number to call and the spelling
 * are the country's in the speech, the reprompt and the card alike (speech/locales.ts).
 */
export function respondWith(input: HandlerInput, reply: Reply): Response {
  (input as WithReply)[REPLY] = reply;
  saveSession(input, reply.kept);
  const locale = input.requestEnvelope.request.locale;
  const builder = input.responseBuilder.speak(localiseSpeech(reply.speech, locale, 'ssml'));
  if (reply.advice) {
    const { cardTitle, cardText } = reply.advice;
    builder.withSimpleCard(localiseSpeech(cardTitle, locale), localiseSpeech(cardText, locale));
  }
  if (!reply.asks) return builder.withShouldEndSession(true).getResponse();
  const { question, reprompt } = reply.asks;
  builder.reprompt(localiseSpeech(reprompt, locale, 'ssml')).withShouldEndSession(false);
  // Tells Alexa which slot the answer fills, so it listens for that answer first.
  const directive = elicitDirective(question);
  if (directive) builder.addDirective(directive);
  return builder.getResponse();
}
