// Turns the check-in script into Alexa-shaped request envelopes, so the harness never
// depends on the skill's internals: it only sends what Alexa would send.
import { readFileSync } from 'node:fs';
import * as z from 'zod';

/** Simulator, tests and benchmark all run under this id; the child gets it as SKILL_ID. */
export const BENCH_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000';

/** A slot without a value is one the user did not fill: Alexa still sends it, value-less. */
const SlotSpecSchema = z.object({
  value: z.string().optional(),
  resolvesTo: z.object({ slotType: z.string().min(1), id: z.string().min(1) }).optional(),
});

const TurnSpecSchema = z.discriminatedUnion('request', [
  z.object({ request: z.literal('LaunchRequest') }),
  z.object({
    request: z.literal('IntentRequest'),
    intent: z.string().min(1),
    slots: z.record(z.string(), SlotSpecSchema).optional(),
    dialogState: z.enum(['STARTED', 'IN_PROGRESS', 'COMPLETED']).optional(),
  }),
]);

const CheckInScriptSchema = z
  .object({
    coldTurn: z.int().min(1),
    turns: z.array(TurnSpecSchema).min(2),
  })
  .refine((script) => script.coldTurn < script.turns.length, {
    message: 'coldTurn must index a turn after the first',
  });

export type TurnSpec = z.infer<typeof TurnSpecSchema>;
export type SlotSpec = z.infer<typeof SlotSpecSchema>;
export type CheckInScript = z.infer<typeof CheckInScriptSchema>;

export function readCheckInScript(path: string): CheckInScript {
  return CheckInScriptSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

function slotEnvelope(name: string, spec: SlotSpec) {
  const base = {
    name,
    ...(spec.value === undefined ? {} : { value: spec.value }),
    confirmationStatus: 'NONE',
  };
  if (spec.value === undefined || !spec.resolvesTo) return base;
  const { slotType, id } = spec.resolvesTo;
  return {
    ...base,
    resolutions: {
      resolutionsPerAuthority: [
        {
          authority: `amzn1.er-authority.echo-sdk.${BENCH_SKILL_ID}.${slotType}`,
          status: { code: 'ER_SUCCESS_MATCH' },
          values: [{ value: { name: id, id } }],
        },
      ],
    },
  };
}

function requestBody(turn: TurnSpec, requestId: string, timestamp: string) {
  const common = { requestId, timestamp, locale: 'en-US' };
  if (turn.request === 'LaunchRequest') return { type: 'LaunchRequest', ...common };
  const slots = Object.fromEntries(
    Object.entries(turn.slots ?? {}).map(([name, spec]) => [name, slotEnvelope(name, spec)]),
  );
  return {
    type: 'IntentRequest',
    ...common,
    ...(turn.dialogState ? { dialogState: turn.dialogState } : {}),
    intent: { name: turn.intent, confirmationStatus: 'NONE', slots },
  };
}

/**
 * One request envelope. Session attributes start empty: the child carries them from each
 * response into the next request, as Alexa does.
 */
export function buildEnvelope(turn: TurnSpec, index: number, now: Date) {
  const application = { applicationId: BENCH_SKILL_ID };
  const user = { userId: 'amzn1.ask.account.BENCH' };
  return {
    version: '1.0',
    session: {
      new: index === 0,
      sessionId: 'amzn1.echo-api.session.bench',
      application,
      attributes: {},
      user,
    },
    context: {
      System: {
        application,
        user,
        device: { deviceId: 'amzn1.ask.device.BENCH', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
    },
    request: requestBody(turn, `amzn1.echo-api.request.bench-${index}`, now.toISOString()),
  };
}

export type RequestEnvelope = ReturnType<typeof buildEnvelope>;

export function buildConversation(script: CheckInScript, now: Date): RequestEnvelope[] {
  return script.turns.map((turn, index) => buildEnvelope(turn, index, now));
}

/** The same request from an Echo Show: a device that says it can show APL screens. */
export function onScreenDevice(envelope: RequestEnvelope): RequestEnvelope {
  const copy = structuredClone(envelope);
  copy.context.System.device.supportedInterfaces = {
    'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } },
  } as typeof copy.context.System.device.supportedInterfaces;
  return copy;
}

export function turnLabel(turn: TurnSpec): string {
  return turn.request === 'LaunchRequest' ? 'LaunchRequest' : turn.intent;
}
