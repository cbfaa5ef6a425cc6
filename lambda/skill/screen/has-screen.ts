import type { HandlerInput } from 'ask-sdk-core';
import type { Logger } from '../logger';

export const APL_INTERFACE = 'Alexa.Presentation.APL';
/** The request a tap on a choice on screen sends (screen/touch.ts). */
export const TAP_REQUEST = 'Alexa.Presentation.APL.UserEvent';

/** Echo Show, Fire TV and the like say so in every request; a speaker never gets a screen. */
export function hasScreen(input: HandlerInput): boolean {
  const interfaces: unknown = input.requestEnvelope.context?.System?.device?.supportedInterfaces;
  return typeof interfaces === 'object' && interfaces !== null && APL_INTERFACE in interfaces;
}

/** Logs a screen left out of an answer: its name of error only, nothing said or shown. */
export function screenLeftOut(logger: Logger) {
  return (input: HandlerInput, error: unknown) =>
    logger.error({
      event: 'screen-left-out',
      requestId: input.requestEnvelope.request.requestId,
      error: error instanceof Error ? error.name : 'unknown',
    });
}
