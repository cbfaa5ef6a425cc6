import type { RequestHandler } from 'ask-sdk-core';
import { getRequestType } from '../ask-sdk';

/** Alexa allows no speech here; there is nothing to clean up since nothing outlives the session. */
export const sessionEndedHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: (input) => input.responseBuilder.getResponse(),
};
