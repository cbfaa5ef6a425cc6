import type { RequestEnvelope } from 'ask-sdk-model';
import fc from 'fast-check';
import model from '../../interaction-model/en-US.json';
import {
  intentRequest,
  launchRequest,
  match,
  num,
  type SlotFill,
  said,
  sessionEndedRequest,
  unknown,
} from '../skill/alexa';
import { hostileString, numberSlotValue } from './hostile-values';

const { intents, types } = model.interactionModel.languageModel;

/** A slot as it arrives, whatever its shape: ask-sdk's types do not hold for hostile input. */
type RawSlot = Record<string, unknown>;

export type TurnSpec =
  | { kind: 'launch' }
  | { kind: 'session-ended' }
  | {
      kind: 'intent';
      name: string;
      fills: Record<string, SlotFill>;
      rawSlots: Record<string, RawSlot>;
    }
  /** Not in the model or not handled: only the ErrorHandler may answer these. */
  | { kind: 'stray'; requestType: string; intentName?: string }
  /** Sent with no session at all: skill events, messages, Alexa's error reports (issue 23). */
  | { kind: 'out-of-session'; requestType: string };

/** An answer to whatever the skill asked last, decided when the turn is sent (see resolveReply). */
export interface ReplySpec {
  kind: 'reply';
  choice: number;
  fills: Record<string, SlotFill>;
}

const MODEL_IDS = new Set(types.flatMap((type) => type.values.map((value) => value.id)));

function valuesOf(typeName: string) {
  return types.find((type) => type.name === typeName)?.values ?? [];
}

/** A custom slot: a real id heard as a real word, or heard as garbage, or an id we never made. */
function customFill(typeName: string): fc.Arbitrary<SlotFill> {
  const values = valuesOf(typeName);
  const ids = values.map((value) => value.id);
  const words = values.flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])]);
  const realId = fc.constantFrom(...ids);
  return fc.oneof(
    {
      arbitrary: fc.tuple(realId, fc.constantFrom(...words)).map(([id, heard]) => match(id, heard)),
      weight: 5,
    },
    {
      arbitrary: fc.tuple(realId, hostileString).map(([id, heard]) => match(id, heard)),
      weight: 2,
    },
    {
      arbitrary: fc.tuple(hostileString, hostileString).map(([id, heard]) => match(id, heard)),
      weight: 1,
    },
    { arbitrary: fc.oneof(hostileString, fc.constantFrom(...words)).map(unknown), weight: 2 },
    { arbitrary: fc.constant(unknown('')), weight: 1 },
  );
}

/** Every word the model's slot types know, for descriptions made of real words. */
const MODEL_WORDS = types.flatMap((type) =>
  type.values.flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])]),
);

/** A free description: real words in any order and number, or hostile text. */
const descriptionFill: fc.Arbitrary<SlotFill> = fc
  .oneof(
    {
      arbitrary: fc
        .array(fc.constantFrom(...MODEL_WORDS), { minLength: 1, maxLength: 8 })
        .map((words) => words.join(' ')),
      weight: 4,
    },
    { arbitrary: hostileString, weight: 1 },
  )
  .map(said);

function slotFill(typeName: string): fc.Arbitrary<SlotFill> {
  if (typeName === 'AMAZON.NUMBER') return numberSlotValue.map(num);
  if (typeName === 'AMAZON.SearchQuery') return descriptionFill;
  return customFill(typeName);
}

/** Slots in shapes Alexa should never send: wrong types, odd status codes, empty values. */
const rawSlot = (name: string): fc.Arbitrary<RawSlot> =>
  fc.oneof(
    fc.record({
      name: fc.constant(name),
      value: fc.oneof(fc.integer(), fc.constant(null), fc.boolean()),
    }),
    fc.record({
      name: fc.constant(name),
      value: hostileString,
      resolutions: fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.record({
          resolutionsPerAuthority: fc.array(
            fc.record({
              status: fc.record({
                code: fc.constantFrom(
                  'ER_SUCCESS_MATCH',
                  'ER_SUCCESS_NO_MATCH',
                  'ER_ERROR_TIMEOUT',
                  'ER_ERROR_EXCEPTION',
                ),
              }),
              values: fc.oneof(
                fc.constant([]),
                fc.array(
                  fc.record({ value: fc.record({ id: fc.jsonValue(), name: hostileString }) }),
                ),
              ),
            }),
            { maxLength: 3 },
          ),
        }),
      ),
    }),
    fc.jsonValue({ maxDepth: 2 }).map((value) => ({ value }) as RawSlot),
  );

const modelIntent: fc.Arbitrary<TurnSpec> = fc.constantFrom(...intents).chain((intent) => {
  const slots = intent.slots ?? [];
  const fills = fc.record(
    Object.fromEntries(slots.map((slot) => [slot.name, slotFill(slot.type)])),
    { requiredKeys: [] },
  );
  const raw =
    slots.length === 0
      ? fc.constant({})
      : fc.dictionary(fc.constantFrom(...slots.map((slot) => slot.name)), fc.constant(null), {
          maxKeys: 1,
        });
  return fc.tuple(fills, raw).chain(([chosen, rawNames]) =>
    fc
      .tuple(
        ...Object.keys(rawNames).map((name) => rawSlot(name).map((slot) => [name, slot] as const)),
      )
      .map((rawEntries) => ({
        kind: 'intent' as const,
        name: intent.name,
        fills: chosen as Record<string, SlotFill>,
        rawSlots: Object.fromEntries(rawEntries),
      })),
  );
});

const strayTurn: fc.Arbitrary<TurnSpec> = fc.oneof(
  fc.record({
    kind: fc.constant('stray' as const),
    requestType: fc.constant('IntentRequest'),
    intentName: hostileString,
  }),
  fc.record({
    kind: fc.constant('stray' as const),
    requestType: fc.oneof(
      fc.constantFrom(
        'CanFulfillIntentRequest',
        'Connections.Response',
        'Alexa.Presentation.APL.UserEvent',
        'Messaging.MessageReceived',
      ),
      hostileString.filter((type) => type.length > 0 && type.length <= 100),
    ),
  }),
);

/** Request types Alexa sends with no session; a launch and an intent stand for malformed ones. */
export const OUT_OF_SESSION_TYPES = [
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillPermissionAccepted',
  'AlexaSkillEvent.SkillPermissionChanged',
  'AlexaSkillEvent.SkillAccountLinked',
  'Messaging.MessageReceived',
  'System.ExceptionEncountered',
  'CanFulfillIntentRequest',
  'LaunchRequest',
  'IntentRequest',
] as const;

const outOfSessionTurn: fc.Arbitrary<TurnSpec> = fc.record({
  kind: fc.constant('out-of-session' as const),
  requestType: fc.constantFrom(...OUT_OF_SESSION_TYPES),
});

/** An answer: an intent with one generated slot, or the words of a description. */
type Reply = { intent: string; slot?: string; words?: string };

/** How a user may answer each question, so generated sequences follow the check deep down. */
const REPLIES: Record<string, readonly Reply[]> = {
  area: [
    { intent: 'CheckInIntent', slot: 'area' },
    { intent: 'DescribeIntent', words: "I'm not sore" },
    { intent: 'AMAZON.NoIntent' },
  ],
  feel: [
    { intent: 'FeelIntent', slot: 'feel' },
    { intent: 'DescribeIntent', words: 'skip' },
  ],
  severity: [
    { intent: 'SeverityIntent', slot: 'severity' },
    { intent: 'SeverityIntent', slot: 'severityWord' },
  ],
  days: [
    { intent: 'DaysIntent', slot: 'days' },
    { intent: 'DaysIntent', slot: 'duration' },
    { intent: 'DescribeIntent', words: 'skip' },
  ],
  limits: [
    { intent: 'AMAZON.YesIntent' },
    { intent: 'AMAZON.NoIntent' },
    { intent: 'DescribeIntent', words: "it's hard to walk" },
  ],
  redFlags: [
    { intent: 'AMAZON.YesIntent' },
    { intent: 'AMAZON.NoIntent' },
    { intent: 'RedFlagIntent', slot: 'redFlag' },
  ],
  redFlagWhich: [{ intent: 'RedFlagIntent', slot: 'redFlag' }, { intent: 'AMAZON.NoIntent' }],
  sleep: [
    { intent: 'SleepIntent', slot: 'sleepHours' },
    { intent: 'SleepIntent', slot: 'sleepQuality' },
    { intent: 'DescribeIntent', words: 'skip' },
  ],
  hydration: [
    { intent: 'HydrationIntent', slot: 'hydration' },
    { intent: 'AMAZON.YesIntent' },
    { intent: 'AMAZON.NoIntent' },
  ],
};

/** What a user may say whatever was asked; Repeat speaks stored advice back. */
const ANYTIME: readonly Reply[] = [
  { intent: 'AMAZON.RepeatIntent' },
  { intent: 'AMAZON.HelpIntent' },
];

function slotType(intentName: string, slotName: string): string {
  const intent = intents.find((entry) => entry.name === intentName);
  return intent?.slots?.find((slot) => slot.name === slotName)?.type ?? 'AMAZON.NUMBER';
}

const replySlots = [
  ...new Map(
    Object.values(REPLIES)
      .flat()
      .flatMap((reply) => (reply.slot ? [[reply.slot, slotType(reply.intent, reply.slot)]] : [])),
  ),
];

const reply: fc.Arbitrary<ReplySpec> = fc.record({
  kind: fc.constant('reply' as const),
  choice: fc.nat(),
  fills: fc.record(Object.fromEntries(replySlots.map(([name, type]) => [name, slotFill(type)]))),
});

/** The question the attributes say is pending, read loosely: they may be garbage. */
function pendingIn(attributes: Record<string, unknown>): string {
  const conversation = attributes.conversation;
  const pending =
    typeof conversation === 'object' && conversation !== null && 'pending' in conversation
      ? conversation.pending
      : undefined;
  return typeof pending === 'string' && Object.hasOwn(REPLIES, pending) ? pending : 'area';
}

export function resolveReply(spec: ReplySpec, attributes: Record<string, unknown>): TurnSpec {
  const options = [...(REPLIES[pendingIn(attributes)] ?? []), ...ANYTIME];
  const chosen = options[spec.choice % options.length] ?? { intent: 'AMAZON.HelpIntent' };
  const fill = chosen.slot ? spec.fills[chosen.slot] : undefined;
  return {
    kind: 'intent',
    name: chosen.intent,
    fills: chosen.words
      ? { description: { words: chosen.words } }
      : chosen.slot && fill
        ? { [chosen.slot]: fill }
        : {},
    rawSlots: {},
  };
}

/** Mostly the model's own intents, so sequences reach deep into the check. */
export const turn: fc.Arbitrary<TurnSpec | ReplySpec> = fc.oneof(
  { arbitrary: reply, weight: 10 },
  { arbitrary: modelIntent, weight: 8 },
  { arbitrary: fc.constant({ kind: 'launch' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'session-ended' as const }), weight: 1 },
  { arbitrary: strayTurn, weight: 1 },
  { arbitrary: outOfSessionTurn, weight: 1 },
);

/** The hostile strings a turn carries, to look for in what the skill says and logs. */
export function userValuesOf(spec: TurnSpec): string[] {
  if (spec.kind !== 'intent') return [];
  const fromFills = Object.values(spec.fills).flatMap((fill) => {
    if ('number' in fill) return [fill.number];
    if ('unknown' in fill) return [fill.unknown];
    // A description is health data whatever its words: never in a log. (Said back in speech,
    // its model words are fine; the speech check only looks for text that needed escaping.)
    if ('words' in fill) return [fill.words];
    return [fill.heard ?? '', ...(MODEL_IDS.has(fill.id) ? [] : [fill.id])];
  });
  const fromRaw = Object.values(spec.rawSlots).flatMap((slot) =>
    typeof slot.value === 'string' ? [slot.value] : [],
  );
  return [...fromFills, ...fromRaw];
}

export function envelopeOf(spec: TurnSpec): RequestEnvelope {
  switch (spec.kind) {
    case 'launch':
      return launchRequest();
    case 'session-ended':
      return sessionEndedRequest();
    case 'intent': {
      const envelope = intentRequest(spec.name, spec.fills);
      if (envelope.request.type === 'IntentRequest') {
        Object.assign(envelope.request.intent.slots ?? {}, spec.rawSlots);
      }
      return envelope;
    }
    case 'stray': {
      const envelope = intentRequest('AMAZON.HelpIntent');
      const request: Record<string, unknown> = envelope.request as unknown as Record<
        string,
        unknown
      >;
      request.type = spec.requestType;
      if (spec.intentName === undefined) delete request.intent;
      else request.intent = { name: spec.intentName, confirmationStatus: 'NONE', slots: {} };
      return envelope;
    }
    case 'out-of-session':
      return outOfSessionEnvelope(spec.requestType);
  }
}

/** A request of this type as Alexa sends it between sessions: no session, its own payload. */
export function outOfSessionEnvelope(requestType: string): RequestEnvelope {
  const envelope =
    requestType === 'LaunchRequest' ? launchRequest() : intentRequest('AMAZON.HelpIntent');
  delete (envelope as { session?: unknown }).session;
  const request = envelope.request as unknown as Record<string, unknown>;
  request.type = requestType;
  if (requestType.startsWith('AlexaSkillEvent.') || requestType.startsWith('Messaging.')) {
    delete request.intent;
    request.body = requestType.startsWith('Messaging.') ? { note: 'from a service' } : {};
    request.eventCreationTime = request.timestamp;
  }
  if (requestType === 'System.ExceptionEncountered') {
    delete request.intent;
    request.error = {
      type: 'INVALID_RESPONSE',
      message: 'An exception occurred while dispatching',
    };
    request.cause = { requestId: 'amzn1.echo-api.request.earlier' };
  }
  return envelope;
}
