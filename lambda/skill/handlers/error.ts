import type { ErrorHandler } from 'ask-sdk-core';
import { getRequestType } from '../ask-sdk';
import type { Logger } from '../logger';
import { startOver } from '../opening';
import { respondWith } from '../reply';
import { OPENING_PHRASES } from '../speech/opening-en-US';

/** Last in the chain: apologise, keep the user able to go on or stop, log only the request id. */
export function errorHandler(logger: Logger): ErrorHandler {
  return {
    canHandle: () => true,
    handle: (input, error) => {
      logger.error({
        event: 'handler-error',
        requestId: input.requestEnvelope.request?.requestId,
        error: error.name,
      });
      // Alexa allows no speech after a session ends, and plays none outside one.
      if (
        getRequestType(input.requestEnvelope) === 'SessionEndedRequest' ||
        !input.requestEnvelope.session
      ) {
        return input.responseBuilder.getResponse();
      }
      // The apology asks "where are you sore?", so the state must expect that answer, not
      // whatever (possibly the failing) state came in.
      const apology = startOver(OPENING_PHRASES.error);
      return respondWith(input, {
        ...apology,
        asks: { question: 'area', reprompt: OPENING_PHRASES.errorReprompt },
      });
    },
  };
}
