import { randomBytes, randomUUID } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { RequestIntent } from './nlu/types';

export type DialogState = 'STARTED' | 'IN_PROGRESS' | 'COMPLETED';

export type RequestBody =
  | { type: 'LaunchRequest' }
  | { type: 'IntentRequest'; intent: RequestIntent; dialogState?: DialogState }
  /** Alexa's question before routing words said without the skill's name. */
  | { type: 'CanFulfillIntentRequest'; intent: RequestIntent }
  /** A tap on the screen: the arguments of the touched item's SendEvent. */
  | { type: 'Alexa.Presentation.APL.UserEvent'; token: string; arguments: unknown[] }
  | { type: 'SessionEndedRequest'; reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR' };

/** Who is talking and on which device: fixed for a whole simulator run, like a real speaker. */
export interface Caller {
  userId: string;
  deviceId: string;
  apiAccessToken: string;
}

export interface SessionState {
  sessionId: string;
  isNew: boolean;
  attributes: Record<string, unknown>;
}

export interface EnvelopeInput {
  skillId: string;
  locale: string;
  caller: Caller;
  session: SessionState;
  body: RequestBody;
  now: Date;
  /** A device with a screen says so; a speaker says nothing. */
  screen?: boolean;
  requestId?: string;
}

const randomToken = (bytes: number): string => randomBytes(bytes).toString('hex').toUpperCase();

export function newCaller(): Caller {
  return {
    userId: `amzn1.ask.account.${randomToken(48)}`,
    deviceId: `amzn1.ask.device.${randomToken(48)}`,
    apiAccessToken: `simulated.${randomToken(32)}`,
  };
}

export const newSessionId = (): string => `amzn1.echo-api.session.${randomUUID()}`;
export const newRequestId = (): string => `amzn1.echo-api.request.${randomUUID()}`;

/** Alexa's timestamps are ISO 8601 to the second. */
export const alexaTimestamp = (now: Date): string => now.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The request envelope Alexa would POST to the skill for this turn. */
export function buildRequestEnvelope(input: EnvelopeInput): RequestEnvelope {
  const application = { applicationId: input.skillId };
  const user = { userId: input.caller.userId };
  const envelope = {
    version: '1.0',
    session: {
      new: input.session.isNew,
      sessionId: input.session.sessionId,
      application,
      attributes: input.session.attributes,
      user,
    },
    context: {
      System: {
        application,
        user,
        device: {
          deviceId: input.caller.deviceId,
          supportedInterfaces: input.screen
            ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } }
            : {},
        },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: input.caller.apiAccessToken,
      },
    },
    request: {
      ...input.body,
      requestId: input.requestId ?? newRequestId(),
      timestamp: alexaTimestamp(input.now),
      locale: input.locale,
    },
  };
  // Alexa leaves `values` out of an ER_SUCCESS_NO_MATCH resolution although ask-sdk-model
  // declares it required; the envelope is Alexa's shape, so it is handed over as such.
  return envelope as unknown as RequestEnvelope;
}
