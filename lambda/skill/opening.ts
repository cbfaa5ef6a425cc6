import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { elicitDirective } from './conversation/elicitation';
import { saveSession } from './conversation/save-session';
import { freshConversation, type Question } from './conversation/state';
import { OPENING_PHRASES } from './speech/opening-en-US';

/**
 * The opening turn's part of respond.ts, apart from it so that a LaunchRequest loads only this.
 * A response that waits for the answer to a question, telling Alexa which slot it fills.
 */
export function asking(input: HandlerInput, question: Question) {
  const directive = elicitDirective(question);
  const builder = input.responseBuilder.withShouldEndSession(false);
  return directive ? builder.addDirective(directive) : builder;
}

/** A fresh check that asks where it hurts, with `opening` said first. */
export function startOver(input: HandlerInput, opening: string): Response {
  saveSession(input, { ...freshConversation(), pending: 'area' }, undefined);
  return asking(input, 'area')
    .speak(opening)
    .reprompt(OPENING_PHRASES.launchReprompt)
    .getResponse();
}
