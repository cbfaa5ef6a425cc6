import {
  getIntentName,
  getRequestType,
  type RequestInterceptor,
  type ResponseInterceptor,
} from 'ask-sdk-core';
import { loadSession } from './conversation/session';
import type { Logger } from './logger';

/** Logs what kind of turn this was; slot values and user ids are never read here. */
export function requestLogger(logger: Logger): RequestInterceptor {
  return {
    process: (input) => {
      const requestType = getRequestType(input.requestEnvelope);
      logger.info({
        event: 'request',
        requestType,
        requestId: input.requestEnvelope.request.requestId,
        ...(requestType === 'IntentRequest' && { intent: getIntentName(input.requestEnvelope) }),
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
