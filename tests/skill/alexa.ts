import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope, Slot } from 'ask-sdk-model';
import model from '../../interaction-model/en-US.json';
import { assertDialogDirectives } from './dialog-directives';
import intentFixture from './fixtures/intent-request.json';
import launchFixture from './fixtures/launch-request.json';
import sessionEndedFixture from './fixtures/session-ended-request.json';

/** How a test says a slot was filled: by value id (ER match), by an unknown word, or a number. */
export type SlotFill =
  | { id: string; heard?: string }
  | { unknown: string }
  | { number: string }
  /** A phrase slot (AMAZON.SearchQuery): the words as heard, with nothing to resolve. */
  | { words: string };

export const match = (id: string, heard = id): SlotFill => ({ id, heard });
export const unknown = (heard: string): SlotFill => ({ unknown: heard });
export const num = (value: number | string): SlotFill => ({ number: String(value) });
export const said = (words: string): SlotFill => ({ words });

const SKILL_ID = launchFixture.session.application.applicationId;

function slotTypes(intentName: string): Map<string, string> {
  const intent = model.interactionModel.languageModel.intents.find(
    (entry) => entry.name === intentName,
  );
  return new Map((intent?.slots ?? []).map((slot) => [slot.name, slot.type]));
}

/** Builds slots the way Alexa does: every declared slot present, filled ones with resolutions. */
function buildSlots(intentName: string, fills: Record<string, SlotFill>): Record<string, Slot> {
  const types = slotTypes(intentName);
  const slots: Record<string, Slot> = {};
  for (const [name, type] of types) {
    const fill = fills[name];
    const slot: Slot = { name, confirmationStatus: 'NONE', value: undefined as unknown as string };
    delete (slot as Partial<Slot>).value;
    if (fill && 'number' in fill) slot.value = fill.number;
    if (fill && 'words' in fill) slot.value = fill.words;
    if (fill && ('id' in fill || 'unknown' in fill)) {
      const authority = `amzn1.er-authority.echo-sdk.${SKILL_ID}.${type}`;
      slot.value = 'id' in fill ? (fill.heard ?? fill.id) : fill.unknown;
      slot.resolutions = {
        resolutionsPerAuthority: [
          'id' in fill
            ? {
                authority,
                status: { code: 'ER_SUCCESS_MATCH' },
                values: [{ value: { name: fill.heard ?? fill.id, id: fill.id } }],
              }
            : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] },
        ],
      };
    }
    slots[name] = slot;
  }
  for (const name of Object.keys(fills)) {
    if (!types.has(name)) throw new Error(`${intentName} has no slot ${name} in the model`);
  }
  return slots;
}

// The fixtures are real Alexa envelopes; JSON imports widen their literal types, hence the cast.
const asEnvelope = (value: unknown) => structuredClone(value) as RequestEnvelope;

export function launchRequest(): RequestEnvelope {
  return asEnvelope(launchFixture);
}

export function sessionEndedRequest(): RequestEnvelope {
  return asEnvelope(sessionEndedFixture);
}

export function intentRequest(name: string, fills: Record<string, SlotFill> = {}): RequestEnvelope {
  const envelope = asEnvelope(intentFixture);
  if (envelope.request.type !== 'IntentRequest') throw new Error('fixture is not an IntentRequest');
  envelope.request.intent = { name, confirmationStatus: 'NONE', slots: buildSlots(name, fills) };
  return envelope;
}

export function speechOf(response: ResponseEnvelope): string {
  const speech = response.response.outputSpeech;
  return speech && speech.type === 'SSML' ? speech.ssml.replace(/<[^>]+>/g, '') : '';
}

export function repromptOf(response: ResponseEnvelope): string {
  const speech = response.response.reprompt?.outputSpeech;
  return speech && speech.type === 'SSML' ? speech.ssml.replace(/<[^>]+>/g, '') : '';
}

/** Drives the skill as Alexa would: session attributes round-trip, a closed session starts anew. */
export class AlexaSession {
  attributes: Record<string, unknown> = {};
  isNew = true;
  ended = false;
  requestCount = 0;

  constructor(private readonly skill: Skill) {}

  async send(envelope: RequestEnvelope): Promise<ResponseEnvelope> {
    if (this.ended) throw new Error('the session has ended; start a new AlexaSession');
    this.requestCount += 1;
    if (envelope.session) {
      envelope.session.new = this.isNew;
      envelope.session.attributes = structuredClone(this.attributes);
    }
    envelope.request.requestId = `amzn1.echo-api.request.test-${this.requestCount}`;
    const response = await this.skill.invoke(envelope);
    assertDialogDirectives(envelope.request.locale ?? 'en-US', response);
    this.isNew = false;
    this.attributes = response.sessionAttributes ?? {};
    this.ended = response.response.shouldEndSession !== false;
    return response;
  }

  launch() {
    return this.send(launchRequest());
  }

  say(intent: string, fills: Record<string, SlotFill> = {}) {
    return this.send(intentRequest(intent, fills));
  }
}

export { SKILL_ID };
