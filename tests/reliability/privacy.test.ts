import type { RequestEnvelope } from 'ask-sdk-model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VERDICTS } from '../../lambda/core';
import { buildSkill, type LogEntry } from '../../lambda/skill';
import { firstVariant } from '../../lambda/skill/speech/variants';
import {
  AlexaSession,
  intentRequest,
  launchRequest,
  match,
  SKILL_ID,
  type SlotFill,
  said,
  speechOf,
  unknown,
} from '../skill/alexa';
import { newSession } from '../skill/skill-under-test';

const USER_ID = 'amzn1.ask.account.PRIVACYTESTUSERZANZIBAR0000000000000000000000000000';
const DEVICE_ID = 'amzn1.ask.device.PRIVACYTESTDEVICEQUOKKA00000000000000000000000000000';
const ACCESS_TOKEN = 'eyJprivacy.test.token-quokka';

/** Words only this test says; finding one in a log means user speech was logged. */
const HEARD = {
  area: 'zanzibarquads',
  feel: 'sevenfold-ache',
  unknownArea: 'quokka-elbowpit',
  duration: 'fortnightish',
  sleep: 'insomniac-owl',
  water: 'desert-throat-drywell',
};
const SECRETS = [...Object.values(HEARD), USER_ID, DEVICE_ID, ACCESS_TOKEN, 'PRIVACYTEST'];

/** Every envelope of the conversation carries the same identifiable user and device. */
function identified(envelope: RequestEnvelope): RequestEnvelope {
  if (envelope.session?.user) envelope.session.user.userId = USER_ID;
  const system = envelope.context.System;
  if (system.user) system.user.userId = USER_ID;
  if (system.device) system.device.deviceId = DEVICE_ID;
  system.apiAccessToken = ACCESS_TOKEN;
  return envelope;
}

const say = (session: AlexaSession, intent: string, fills: Record<string, SlotFill> = {}) =>
  session.send(identified(intentRequest(intent, fills)));

/** Launch to goodbye, with an unusable answer on the way, so every kind of turn is logged. */
async function fullConversation(session: AlexaSession) {
  await session.send(identified(launchRequest()));
  const unusable = await say(session, 'CheckInIntent', { area: unknown(HEARD.unknownArea) });
  // Unrecognised words are never read back: the re-ask names what is expected instead.
  expect(speechOf(unusable)).not.toContain(HEARD.unknownArea);
  expect(speechOf(unusable)).toMatch(/body part/);
  await say(session, 'CheckInIntent', { area: match('legs', HEARD.area) });
  await say(session, 'FeelIntent', { feel: match('dull', HEARD.feel) });
  await say(session, 'DescribeIntent', { description: said('5') });
  await say(session, 'DaysIntent', { duration: match('couple-of-days', HEARD.duration) });
  // The first answer was not understood, so the safety question comes before the advice.
  await say(session, 'AMAZON.NoIntent');
  const advice = await say(session, 'AMAZON.NoIntent');
  expect(advice.response.card).toBeDefined();
  await say(session, 'SleepIntent', { sleepQuality: match('poor', HEARD.sleep) });
  const last = await say(session, 'HydrationIntent', { hydration: match('low', HEARD.water) });
  expect(last.response.shouldEndSession).toBe(true);
}

function expectNothingPrivate(written: string) {
  for (const secret of SECRETS) expect(written).not.toContain(secret);
}

function expectTurnsDescribed(logs: readonly LogEntry[]) {
  expect(logs).toContainEqual(expect.objectContaining({ requestType: 'LaunchRequest' }));
  expect(logs).toContainEqual(
    expect.objectContaining({ requestType: 'IntentRequest', intent: 'CheckInIntent' }),
  );
  expect(logs).toContainEqual(
    expect.objectContaining({ requestType: 'IntentRequest', intent: 'HydrationIntent' }),
  );
  const verdicts = logs.filter((entry) => entry.event === 'advice').map((entry) => entry.verdict);
  expect(verdicts.length).toBeGreaterThan(0);
  for (const verdict of verdicts) expect(VERDICTS).toContain(verdict);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('privacy: nothing the user said, nor who they are, is logged', () => {
  it('through the recording logger', async () => {
    const { session, logs } = newSession();
    await fullConversation(session);
    expectNothingPrivate(JSON.stringify(logs));
    expectTurnsDescribed(logs);
  });

  it('through the console, with the default logger the Lambda uses', async () => {
    const written: string[] = [];
    const capture = (...args: unknown[]) => {
      written.push(args.map(String).join(' '));
    };
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation(capture);
    }
    const skill = buildSkill({ skillId: SKILL_ID, pickVariant: firstVariant });
    await fullConversation(new AlexaSession(skill));
    expectNothingPrivate(written.join('\n'));
    const logs = written.map((line) => JSON.parse(line) as LogEntry);
    expectTurnsDescribed(logs);
  });
});
