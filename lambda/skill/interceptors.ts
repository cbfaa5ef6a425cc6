import type { RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { getIntentName, getRequestType } from './ask-sdk';
import { sessionWritten } from './conversation/save-session';
import { type Logger, loggable } from './logger';
import { localiseSpeech } from './speech/locales';

/** Logs what kind of turn this was; slot values and user ids are never read here. */
export function requestLogger(logger: Logger): RequestInterceptor {
  return {
    process: (input) => {
      const requestType = loggable(getRequestType(input.requestEnvelope));
      logger.info({
        event: 'request',
        requestType,
        requestId: input.requestEnvelope.request.requestId,
        ...(requestType === 'IntentRequest' && {
          intent: loggable(getIntentName(input.requestEnvelope)),
        }),
      });
    },
  };
}

/** Logs the verdict whenever a turn speaks advice (advice turns carry the home card). */
export function verdictLogger(logger: Logger): ResponseInterceptor {
  return {
    process: (input, response) => {
      if (!response?.card) return;
      const requestId = input.requestEnvelope.request.requestId;
      // Without a session nothing was written to read the verdict back from.
      if (!input.requestEnvelope.session) {
        logger.info({ event: 'advice', requestId });
        return;
      }
      const verdict = sessionWritten(input)?.lastAdvice?.verdict ?? 'general';
      logger.info({ event: 'advice', requestId, verdict });
    },
  };
}

/**
 * Speaks the catalogue in the request's locale (the emergency number, spelling): one place, so
 * no response can leave with the wrong number. Card text and reprompts too.
 */
export function speechLocaliser(): ResponseInterceptor {
  return {
    process: (input, response) => {
      if (!response) return;
      const locale = input.requestEnvelope.request.locale;
      const spoken = (ssml: string) => localiseSpeech(ssml, locale, 'ssml');
      if (response.outputSpeech?.type === 'SSML') {
        response.outputSpeech.ssml = spoken(response.outputSpeech.ssml);
      }
      const reprompt = response.reprompt?.outputSpeech;
      if (reprompt?.type === 'SSML') reprompt.ssml = spoken(reprompt.ssml);
      if (response.card?.type === 'Simple' && response.card.content) {
        response.card.content = localiseSpeech(response.card.content, locale);
      }
    },
  };
}
