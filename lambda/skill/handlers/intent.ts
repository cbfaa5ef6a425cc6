import type { HandlerInput } from 'ask-sdk-core';
import { getIntentName, getRequestType } from '../ask-sdk';
import type { IntentName } from '../conversation/intent-names';
import { describedCommand } from '../understanding/read-request';

export function isIntent(input: HandlerInput, name: IntentName): boolean {
  return (
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    getIntentName(input.requestEnvelope) === name
  );
}

/** The intent asked for, or a description that says only its command ("okay, bye"). */
export function isCommand(input: HandlerInput, name: IntentName): boolean {
  return isIntent(input, name) || describedCommand(input) === name;
}
