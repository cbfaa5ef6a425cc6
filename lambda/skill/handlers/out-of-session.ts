import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { getRequestType } from '../ask-sdk';
import type { Logger } from '../logger';

/**
 * Requests Alexa sends outside any conversation: skill events (enabled, disabled, permissions),
 * a message from a service, or the report that a response of ours failed. Alexa plays nothing
 * back for them and refuses speech, directives and session attributes, so the answer is empty.
 */
const OUT_OF_SESSION = /^(AlexaSkillEvent\.|Messaging\.|System\.ExceptionEncountered$)/;

/** The error type Alexa reports is one of its own upper-case codes, never user words. */
const ALEXA_ERROR_TYPE = /^[A-Z_]{1,60}$/;

export function isOutOfSession(input: HandlerInput): boolean {
  return OUT_OF_SESSION.test(getRequestType(input.requestEnvelope));
}

export function outOfSessionHandler(logger: Logger): RequestHandler {
  return {
    canHandle: isOutOfSession,
    handle: (input) => {
      const request = input.requestEnvelope.request;
      // A failed response of ours is worth an error line: nobody heard what the skill meant.
      if (request.type === 'System.ExceptionEncountered') {
        const type: unknown = (request as { error?: { type?: unknown } }).error?.type;
        logger.error({
          event: 'alexa-exception',
          requestId: request.requestId,
          reason: typeof type === 'string' && ALEXA_ERROR_TYPE.test(type) ? type : 'unknown',
        });
      }
      // Never part of a check: attributes that came with one are not echoed back unread.
      if (input.requestEnvelope.session) input.attributesManager.setSessionAttributes({});
      return input.responseBuilder.getResponse();
    },
  };
}
