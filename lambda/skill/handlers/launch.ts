import type { RequestHandler } from 'ask-sdk-core';
import { getRequestType } from '../ask-sdk';
import { startOver } from '../opening';
import { OPENING_PHRASES } from '../speech/opening-en-US';
import { type PickVariant, pick } from '../speech/variants';

export function launchHandler(choose: PickVariant): RequestHandler {
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle: (input) => startOver(input, pick(choose, OPENING_PHRASES.launch)),
  };
}
