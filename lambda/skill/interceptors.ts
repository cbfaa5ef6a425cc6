import type { RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { getIntentName, getRequestType } from './ask-sdk';
import { type Logger, loggable } from './logger';
import { replyOf } from './reply';

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

/** Logs the verdict whenever a turn gives advice, or changes it. */
export function verdictLogger(logger: Logger): ResponseInterceptor {
  return {
    process: (input) => {
      const verdict = replyOf(input)?.advice?.verdict;
      if (verdict === undefined) return;
      logger.info({ event: 'advice', requestId: input.requestEnvelope.request.requestId, verdict });
    },
  };
}
