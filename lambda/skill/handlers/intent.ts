import type { HandlerInput } from 'ask-sdk-core';
import { getIntentName, getRequestType } from '../ask-sdk';

export function isIntent(input: HandlerInput, name: string): boolean {
  return (
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    getIntentName(input.requestEnvelope) === name
  );
}
