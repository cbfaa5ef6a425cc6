import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { type Reply, replyOf } from '../reply';
import { QUESTION_PROMPTS } from '../speech/prompts-en-US';
import { APL_DOCUMENT } from './apl-document';
import { questionScreen, type ScreenData } from './screen-data';

export const SCREEN_TOKEN = 'soreness-coach';

/**
 * The screen for what this turn did: the advice it gave, or the question it now waits for, in
 * the catalogue's first wording of it. The advice's screen is built by code loaded the first
 * time one is shown (advice-screen.ts).
 */
async function screenFor(
  reply: Reply,
  locale: string | undefined,
): Promise<ScreenData | undefined> {
  if (reply.advice) {
    const { adviceScreenFor } = await import('./advice-screen');
    return adviceScreenFor(reply.advice, reply.asks?.question, locale);
  }
  // A goodbye leaves the screen as it was: the session, and the screen with it, ends.
  if (!reply.asks) return undefined;
  const { question } = reply.asks;
  const [prompt] = QUESTION_PROMPTS[question];
  return questionScreen(question, prompt, locale);
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
  const reply = replyOf(input);
  if (!response || !reply) return;
  const screen = await screenFor(reply, input.requestEnvelope.request.locale);
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
