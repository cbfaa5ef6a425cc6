import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RejectedRequestError } from '../../lambda/skill/verified-skill';
import { launchRequest } from '../skill/alexa';
import { newSession } from '../skill/skill-under-test';

/** Planted in every malformed field, so any leak of input into errors or logs shows. */
const MARKER = 'zanzibar-secret';
const USER_ID = 'amzn1.ask.account.MALFORMEDENVELOPEUSER';
const DEVICE_ID = 'amzn1.ask.device.MALFORMEDENVELOPEDEVICE';

type Json = Record<string, unknown>;

/** A real launch envelope as plain JSON, carrying identifiable user and device ids. */
function envelope(): Json {
  const base = launchRequest();
  if (base.session?.user) base.session.user.userId = USER_ID;
  if (base.context.System.user) base.context.System.user.userId = USER_ID;
  if (base.context.System.device) base.context.System.device.deviceId = DEVICE_ID;
  return JSON.parse(JSON.stringify(base));
}

const request = (json: Json) => json.request as Json;

const MALFORMED: Array<[string, () => unknown]> = [
  ['null', () => null],
  ['a number', () => 42],
  ['a string', () => MARKER],
  ['an array', () => [envelope()]],
  ['no request', () => ({ ...envelope(), request: undefined })],
  ['no context', () => ({ ...envelope(), context: undefined })],
  ['version 2.0', () => ({ ...envelope(), version: '2.0' })],
  ['a marker as version', () => ({ ...envelope(), version: MARKER })],
  [
    'a numeric request type',
    () => ({ ...envelope(), request: { ...request(envelope()), type: 7 } }),
  ],
  [
    'a request type of 10k characters',
    () => ({ ...envelope(), request: { ...request(envelope()), type: MARKER.repeat(700) } }),
  ],
  [
    'a huge locale',
    () => ({
      ...envelope(),
      request: { ...request(envelope()), locale: `en-US${MARKER.repeat(700)}` },
    }),
  ],
  [
    'a locale with markup',
    () => ({ ...envelope(), request: { ...request(envelope()), locale: `<${MARKER}>` } }),
  ],
  [
    'no request id',
    () => ({ ...envelope(), request: { ...request(envelope()), requestId: undefined } }),
  ],
  [
    'no application id',
    () => ({ ...envelope(), context: { System: { user: { userId: USER_ID } } } }),
  ],
  [
    'session attributes as an array',
    () => {
      const json = envelope();
      (json.session as Json).attributes = [MARKER];
      return json;
    },
  ],
  [
    'session.new as a string',
    () => {
      const json = envelope();
      (json.session as Json).new = MARKER;
      return json;
    },
  ],
];

async function expectRefusal(input: unknown) {
  const { skill, logs } = newSession();
  // Envelopes arrive as untyped JSON; the point is to hand the skill what its types forbid.
  const invoke = skill.invoke as (envelope: unknown) => Promise<unknown>;
  const error: unknown = await invoke(input).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(RejectedRequestError);
  const rejected = error as RejectedRequestError;
  expect(logs).toHaveLength(1);
  expect(logs[0]).toEqual({ event: 'rejected', reason: expect.stringMatching(/\S/) });
  const exposed = [rejected.message, rejected.stack ?? '', JSON.stringify(logs)].join('\n');
  for (const secret of [MARKER, USER_ID, DEVICE_ID]) expect(exposed).not.toContain(secret);
  // No frames: a stack trace never reaches a caller or a log.
  expect(rejected.stack).not.toMatch(/\n\s+at /);
  expect(exposed.length).toBeLessThan(500);
}

describe('malformed envelopes are refused at the boundary', () => {
  it.each(MALFORMED)(
    '%s → RejectedRequestError, a logged reason, no user data',
    async (_, make) => {
      await expectRefusal(make());
    },
  );

  it('names the failing field in the reason', async () => {
    const { skill, logs } = newSession();
    const json = { ...envelope(), version: '2.0' };
    await expect((skill.invoke as (envelope: unknown) => Promise<unknown>)(json)).rejects.toThrow(
      'Rejected request: version: invalid_value',
    );
    expect(logs).toEqual([{ event: 'rejected', reason: 'version: invalid_value' }]);
  });

  it('any JSON value that is not an envelope is refused the same way (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), (value) => expectRefusal(value)),
      { seed: 20_261_125, numRuns: 300 },
    );
  });
});
