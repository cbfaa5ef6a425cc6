import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { type Reply, respondWith } from '../reply';

/** A handler of a spoken turn: it says what the turn did, and the response is made from that. */
export interface TurnHandler {
  canHandle(input: HandlerInput): boolean;
  reply(input: HandlerInput): Reply;
}

export function turnHandler({ canHandle, reply }: TurnHandler): RequestHandler {
  return { canHandle, handle: (input) => respondWith(input, reply(input)) };
}
