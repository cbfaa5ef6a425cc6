import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { sessionWritten } from '../conversation/save-session';
import { freshConversation } from '../conversation/state';
import { QUESTION_PROMPTS } from '../speech/prompts-en-US';
import { APL_DOCUMENT } from './apl-document';
import { questionScreen, type ScreenData } from './screen-data';

export const SCREEN_TOKEN = 'soreness-coach';

/**
 * The screen for what this turn said: the advice it gave (a turn that gives advice carries the
 * card), or the question it now waits for, in the catalogue's first wording of it. The advice's
 * screen is built by code loaded the first time one is shown (advice-screen.ts).
 */
async function screenFor(
  input: HandlerInput,
  givesAdvice: boolean,
  asks: boolean,
): Promise<ScreenData | undefined> {
  const locale = input.requestEnvelope.request.locale;
  const written = sessionWritten(input);
  const conversation = written?.conversation ?? freshConversation();
  const lastAdvice = written?.lastAdvice;
  if (givesAdvice) {
    const { adviceScreenFor } = await import('./advice-screen');
    const advice = adviceScreenFor(conversation, lastAdvice, asks, locale);
    if (advice) return advice;
  }
  if (asks && conversation.pending) {
    const [prompt] = QUESTION_PROMPTS[conversation.pending];
    return questionScreen(conversation.pending, prompt, locale);
  }
  return undefined;
}

/**
 * Adds the screen to the response on a device that has one; the speech stays as it is. A
 * screen that cannot be built (or loaded) is left out and logged by the interceptor that loads
 * this one (deferred.ts, build-skill.ts), never allowed to turn the answer into an error.
 */
export function screenRenderer(): ResponseInterceptor {
  return { process: addScreen };
}

async function addScreen(input: HandlerInput, response: Response | undefined): Promise<void> {
  // Only a device with a screen reaches this: the interceptor that loads it asks (hasScreen).
  if (!response) return;
  const screen = await screenFor(
    input,
    response.card !== undefined,
    response.reprompt !== undefined,
  );
  if (!screen) return;
  response.directives = [
    ...(response.directives ?? []),
    {
      type: 'Alexa.Presentation.APL.RenderDocument',
      token: SCREEN_TOKEN,
      document: APL_DOCUMENT,
      datasources: { screen: { ...screen } },
    },
  ];
}
