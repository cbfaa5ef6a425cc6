import type { RequestHandler } from 'ask-sdk-core';
import { getRequestType } from '../ask-sdk';
import { startOver, type Turn } from '../respond';
import { PHRASES } from '../speech/en-US';
import { type PickVariant, pick } from '../speech/variants';

export function launchHandler(choose: PickVariant): RequestHandler {
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle: (input) => {
      const turn: Turn = { input, choose, lastAdvice: undefined };
      return startOver(turn, pick(choose, PHRASES.launch));
    },
  };
}
