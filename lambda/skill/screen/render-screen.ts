import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { loadSession } from '../conversation/session';
import type { Logger } from '../logger';
import { adviceOnRecord } from '../speech/advice-on-record';
import { QUESTION_PROMPTS } from '../speech/en-US';
import { firstVariant } from '../speech/variants';
import { aplDocument } from './apl-document';
import { TOUCH_QUESTIONS } from './choices';
import { hasScreen } from './has-screen';
import { adviceScreen, questionScreen, type ScreenData } from './screen-data';

export const SCREEN_TOKEN = 'soreness-coach';

/**
 * The screen for what this turn said: the advice it gave (a turn that gives advice carries the
 * card), or the question it now waits for, in the catalogue's first wording of it.
 */
function screenFor(
  input: HandlerInput,
  givesAdvice: boolean,
  asks: boolean,
): ScreenData | undefined {
  const locale = input.requestEnvelope.request.locale;
  const { conversation, lastAdvice: record } = loadSession(input);
  // The first variant: the screen shows the card's wording, which never varies.
  const lastAdvice = adviceOnRecord(conversation, record, firstVariant);
  if (givesAdvice && lastAdvice) {
    const advice = adviceScreen(lastAdvice, locale);
    // The follow-up asked after the advice ("how many hours did you sleep?") takes taps too.
    return !lastAdvice.urgent && asks && conversation.pending
      ? {
          ...advice,
          question: conversation.pending,
          choices: TOUCH_QUESTIONS[conversation.pending].choices,
        }
      : advice;
  }
  if (asks && conversation.pending) {
    const [prompt] = QUESTION_PROMPTS[conversation.pending];
    return questionScreen(conversation.pending, prompt, locale);
  }
  return undefined;
}

/**
 * Adds the screen to the response on a device that has one; the speech stays as it is. A
 * screen that cannot be built is left out and logged, never allowed to turn the answer into an
 * error: the answer may be urgent advice.
 */
export function screenRenderer(logger: Logger): ResponseInterceptor {
  return {
    process: (input, response) => {
      try {
        addScreen(input, response);
      } catch (error) {
        logger.error({
          event: 'screen-left-out',
          requestId: input.requestEnvelope.request.requestId,
          error: error instanceof Error ? error.name : 'unknown',
        });
      }
    },
  };
}

function addScreen(input: HandlerInput, response: Response | undefined): void {
  if (!response || !hasScreen(input)) return;
  const screen = screenFor(input, response.card !== undefined, response.reprompt !== undefined);
  if (!screen) return;
  response.directives = [
    ...(response.directives ?? []),
    {
      type: 'Alexa.Presentation.APL.RenderDocument',
      token: SCREEN_TOKEN,
      document: aplDocument() as Record<string, unknown>,
      datasources: { screen: { ...screen } },
    },
  ];
}
