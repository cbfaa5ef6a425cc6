import {
  getIntentName,
  getRequestType,
  type RequestInterceptor,
  type ResponseInterceptor,
} from 'ask-sdk-core';
import { loadSession } from './conversation/session';
import type { Logger } from './logger';

/** Names come from Alexa, but an invented one must not flood the logs. */
const loggable = (name: string) => name.replace(/[^A-Za-z0-9_.]/g, '?').slice(0, 100);

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
      const verdict = loadSession(input).lastAdvice?.verdict ?? 'general';
      logger.info({ event: 'advice', requestId: input.requestEnvelope.request.requestId, verdict });
    },
  };
}
