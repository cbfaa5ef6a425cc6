import type { RequestHandler } from 'ask-sdk-core';
import { getRequestType } from '../ask-sdk';
import { startOver } from '../opening';
import { OPENING_PHRASES } from '../speech/opening-en-US';
import { type PickVariant, pick } from '../speech/variants';
import { turnHandler } from './turn-handler';

export function launchHandler(choose: PickVariant): RequestHandler {
  return turnHandler({
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    reply: () => startOver(pick(choose, OPENING_PHRASES.launch)),
  });
}
