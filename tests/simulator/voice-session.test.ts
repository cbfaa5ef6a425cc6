import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import {
  createVoiceSession,
  EmptyUtteranceError,
  type InteractionModelFile,
} from '../../simulator';
import { buildRequestEnvelope, newCaller } from '../../simulator/envelope';
import { realModelFile, SKILL_ID } from './real-model';

/** Counts turns in a session attribute and ends the session when asked to stop. */
function countingSkill(received: RequestEnvelope[]) {
  return {
    async invoke(envelope: RequestEnvelope): Promise<ResponseEnvelope> {
      received.push(envelope);
      const turns = Number(envelope.session?.attributes?.turns ?? 0) + 1;
      const request = envelope.request;
      const name = request.type === 'IntentRequest' ? request.intent.name : request.type;
      const ends = name === 'AMAZON.StopIntent';
      return {
        version: '1.0',
        sessionAttributes: { turns },
        response: {
          outputSpeech: { type: 'SSML', ssml: `<speak>Turn ${turns}: ${name} &amp; more</speak>` },
          ...(ends
            ? { shouldEndSession: true }
            : {
                reprompt: { outputSpeech: { type: 'PlainText', text: 'Anything else?' } },
                shouldEndSession: false,
              }),
          card: { type: 'Simple', title: 'Coach', content: name },
        },
      };
    },
  };
}

/** A session on the given model whose skill records each request and answers with `respond`. */
function scriptedSession(
  model: InteractionModelFile,
  received: RequestEnvelope[],
  respond: (envelope: RequestEnvelope) => ResponseEnvelope,
) {
  return createVoiceSession({
    model,
    locale: 'en-US',
    skillId: SKILL_ID,
    skill: {
      async invoke(envelope) {
        received.push(envelope);
        return respond(envelope);
      },
    },
  });
}

const session = (received: RequestEnvelope[]) =>
  createVoiceSession({
    skill: countingSkill(received),
    model: realModelFile,
    locale: 'en-US',
    skillId: SKILL_ID,
    now: () => new Date('2026-03-01T08:30:15.123Z'),
  });

describe('request envelopes', () => {
  it('has the shape Alexa sends', () => {
    const caller = newCaller();
    const envelope = buildRequestEnvelope({
      skillId: SKILL_ID,
      locale: 'en-US',
      caller,
      session: { sessionId: 'amzn1.echo-api.session.x', isNew: true, attributes: {} },
      body: { type: 'LaunchRequest' },
      now: new Date('2026-03-01T08:30:15.123Z'),
    });
    expect(envelope).toEqual({
      version: '1.0',
      session: {
        new: true,
        sessionId: 'amzn1.echo-api.session.x',
        application: { applicationId: SKILL_ID },
        attributes: {},
        user: { userId: caller.userId },
      },
      context: {
        System: {
          application: { applicationId: SKILL_ID },
          user: { userId: caller.userId },
          device: { deviceId: caller.deviceId, supportedInterfaces: {} },
          apiEndpoint: 'https://api.amazonalexa.com',
          apiAccessToken: caller.apiAccessToken,
        },
      },
      request: {
        type: 'LaunchRequest',
        requestId: expect.stringMatching(/^amzn1\.echo-api\.request\.[0-9a-f-]{36}$/),
        timestamp: '2026-03-01T08:30:15Z',
        locale: 'en-US',
      },
    });
    expect(caller.userId).toMatch(/^amzn1\.ask\.account\.[0-9A-F]{96}$/);
  });
});

describe('voice session', () => {
  it('carries session attributes and reads speech, reprompt and card', async () => {
    const received: RequestEnvelope[] = [];
    const voice = session(received);
    const first = await voice.say('open soreness coach');
    expect(first.request.request.type).toBe('LaunchRequest');
    expect(first.speech).toBe('Turn 1: LaunchRequest & more');
    expect(first.reprompt).toBe('Anything else?');
    expect(first.card).toEqual({ title: 'Coach', text: 'LaunchRequest' });
    expect(first.sessionOpen).toBe(true);

    const second = await voice.say('honestly my legs are wrecked');
    expect(second.request.session).toMatchObject({
      new: false,
      sessionId: first.request.session?.sessionId,
      attributes: { turns: 1 },
    });
    expect(second.request.request).toMatchObject({
      type: 'IntentRequest',
      intent: { name: 'DescribeIntent', confirmationStatus: 'NONE' },
    });
    // DescribeIntent is in the dialog model (the skill elicits its description): Alexa starts a
    // dialog.
    expect(second.request.request).toMatchObject({ dialogState: 'STARTED' });
    expect(second.speech).toBe('Turn 2: DescribeIntent & more');
    expect(second.request.request.requestId).not.toBe(first.request.request.requestId);
  });

  it('starts a new session after shouldEndSession true', async () => {
    const received: RequestEnvelope[] = [];
    const voice = session(received);
    const launch = await voice.say('open soreness coach');
    const stop = await voice.say('stop');
    expect(stop.sessionOpen).toBe(false);
    expect(voice.isOpen).toBe(false);
    const next = await voice.say('should I train today');
    expect(next.request.session).toMatchObject({ new: true, attributes: {} });
    expect(next.request.session?.sessionId).not.toBe(launch.request.session?.sessionId);
    expect(next.request.session?.user).toEqual(launch.request.session?.user);
    expect(await voice.end()).toMatchObject({ sessionOpen: false });
  });

  it('opens a fresh session for a one-shot even inside one', async () => {
    const voice = session([]);
    const launch = await voice.say('open soreness coach');
    const oneShot = await voice.say('ask soreness coach should I train today');
    expect(oneShot.request.session?.new).toBe(true);
    expect(oneShot.request.session?.sessionId).not.toBe(launch.request.session?.sessionId);
  });

  it('sends SessionEndedRequest only when leaving an open session', async () => {
    const received: RequestEnvelope[] = [];
    const voice = session(received);
    expect(await voice.end()).toBeUndefined();
    await voice.say('open soreness coach');
    const ended = await voice.end();
    expect(ended?.request.request).toMatchObject({
      type: 'SessionEndedRequest',
      reason: 'USER_INITIATED',
    });
    expect(voice.isOpen).toBe(false);
    expect(received).toHaveLength(2);
  });

  it('refuses an empty utterance without calling the skill', async () => {
    const received: RequestEnvelope[] = [];
    await expect(session(received).say('   ')).rejects.toBeInstanceOf(EmptyUtteranceError);
    expect(received).toEqual([]);
  });

  it('sends only fillers ("uh") in a session as the fallback, as Alexa does', async () => {
    const received: RequestEnvelope[] = [];
    const voice = session(received);
    await voice.say('open soreness coach');
    await voice.say('uh');
    expect(received.at(-1)?.request).toMatchObject({
      type: 'IntentRequest',
      intent: { name: 'AMAZON.FallbackIntent' },
    });
    expect(voice.isOpen).toBe(true);
  });

  it('answers Dialog.ElicitSlot with the slot asked for, IN_PROGRESS when the intent has a dialog', async () => {
    const received: RequestEnvelope[] = [];
    const model = structuredClone(realModelFile);
    model.interactionModel.dialog = { intents: [{ name: 'CheckInIntent', slots: [] }] };
    const voice = scriptedSession(model, received, () => {
      return {
        version: '1.0',
        response: {
          outputSpeech: { type: 'PlainText', text: 'How bad, one to ten?' },
          directives: [
            {
              type: 'Dialog.ElicitSlot',
              slotToElicit: 'severity',
              updatedIntent: {
                name: 'CheckInIntent',
                confirmationStatus: 'NONE',
                slots: { area: { name: 'area', value: 'knee', confirmationStatus: 'NONE' } },
              },
            },
          ],
        },
      };
    });
    const first = await voice.say('ask soreness coach my knee hurts');
    expect(first.request.request).toMatchObject({ dialogState: 'STARTED' });
    expect(first.sessionOpen).toBe(true);
    const answer = await voice.say('six');
    expect(answer.request.request).toMatchObject({
      type: 'IntentRequest',
      dialogState: 'IN_PROGRESS',
      intent: {
        name: 'CheckInIntent',
        slots: { severity: { value: '6' }, area: { value: 'knee' } },
      },
    });
  });

  it('hears slot samples only while their slot is elicited', async () => {
    const received: RequestEnvelope[] = [];
    const model = structuredClone(realModelFile);
    model.interactionModel.dialog = { intents: [{ name: 'SeverityIntent', slots: [] }] };
    const severityIntent = model.interactionModel.languageModel.intents.find(
      (intent) => intent.name === 'SeverityIntent',
    );
    const numberSlot = severityIntent?.slots?.find((slot) => slot.name === 'severity');
    if (!numberSlot) throw new Error('SeverityIntent.severity is missing from the model');
    numberSlot.samples = ['the magic number is {severity}'];
    let elicit = false;
    const voice = scriptedSession(model, received, () => {
      const directives = elicit
        ? [
            {
              type: 'Dialog.ElicitSlot' as const,
              slotToElicit: 'severity',
              updatedIntent: { name: 'SeverityIntent', confirmationStatus: 'NONE' as const },
            },
          ]
        : [];
      return { version: '1.0', response: { shouldEndSession: false, directives } };
    });
    await voice.say('open soreness coach');
    const unasked = await voice.say('the magic number is four');
    expect(unasked.request.request).not.toMatchObject({
      intent: { name: 'SeverityIntent', slots: { severity: { value: '4' } } },
    });
    elicit = true;
    await voice.say('open soreness coach');
    const asked = await voice.say('the magic number is four');
    expect(asked.request.request).toMatchObject({
      intent: { name: 'SeverityIntent', slots: { severity: { value: '4' } } },
    });
  });

  it('runs a delegated dialog from the dialog model prompts, then sends COMPLETED', async () => {
    const received: RequestEnvelope[] = [];
    const model = structuredClone(realModelFile);
    model.interactionModel.dialog = {
      intents: [
        {
          name: 'CheckInIntent',
          slots: [
            {
              name: 'area',
              elicitationRequired: true,
              prompts: { elicitation: 'Elicit.Area' },
            },
            { name: 'severity', elicitationRequired: true, prompts: {} },
          ],
        },
      ],
    };
    model.interactionModel.prompts = [
      {
        id: 'Elicit.Area',
        variations: [{ type: 'SSML', value: '<speak>Where &amp; how?</speak>' }],
      },
    ];
    const voice = scriptedSession(model, received, (envelope) => {
      const request = envelope.request;
      if (request.type === 'IntentRequest' && request.dialogState === 'COMPLETED') {
        return {
          version: '1.0',
          response: {
            outputSpeech: { type: 'PlainText', text: 'Done.' },
            shouldEndSession: true,
          },
        };
      }
      return { version: '1.0', response: { directives: [{ type: 'Dialog.Delegate' }] } };
    });
    const first = await voice.say('ask soreness coach should I train today');
    expect(first.speech).toBe('Where & how?');
    expect(first.sessionOpen).toBe(true);
    const second = await voice.say('my knees');
    expect(second.request.request).toMatchObject({ dialogState: 'IN_PROGRESS' });
    expect(second.speech).toBe('What is the severity?');
    const third = await voice.say('seven');
    expect(third.speech).toBe('Done.');
    expect(third.sessionOpen).toBe(false);
    expect(received.map((envelope) => envelope.request)).toMatchObject([
      { dialogState: 'STARTED' },
      { dialogState: 'IN_PROGRESS', intent: { slots: { area: { value: 'knees' } } } },
      {
        dialogState: 'IN_PROGRESS',
        intent: { slots: { area: { value: 'knees' }, severity: { value: '7' } } },
      },
      { dialogState: 'COMPLETED', intent: { slots: { severity: { value: '7' } } } },
    ]);
  });
});
