import { getIntentName, getRequestType, type HandlerInput } from 'ask-sdk-core';

export function isIntent(input: HandlerInput, name: string): boolean {
  return (
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    getIntentName(input.requestEnvelope) === name
  );
}
