import { afterEach, expect, it } from 'vitest';
import * as z from 'zod';
import { LOCAL_SKILL_ID } from '../../lambda/skill';
import { createServer } from '../../server/create-server';
import { launchRequestBody, postSkillRequest } from './support/envelopes';
import { listenOnLoopback, type RunningServer } from './support/listen';
import { recordingLogger } from './support/recording-logger';

const ResponseEnvelopeSchema = z.object({
  version: z.literal('1.0'),
  response: z.object({
    outputSpeech: z.object({
      type: z.literal('SSML'),
      ssml: z.string().regex(/^<speak>[\s\S]+<\/speak>$/),
    }),
    reprompt: z.object({ outputSpeech: z.object({ type: z.literal('SSML') }) }),
    shouldEndSession: z.literal(false),
  }),
});

const VERIFICATION_OFF_WARNING = { event: 'warning', reason: 'verification-off-dev-insecure' };

let server: RunningServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

it('answers an unsigned LaunchRequest and warns on every request', async () => {
  const logger = recordingLogger();
  server = await listenOnLoopback(
    createServer({ skillId: LOCAL_SKILL_ID, logger, devInsecure: true }),
  );

  const first = await postSkillRequest(server.url, launchRequestBody());
  const second = await postSkillRequest(server.url, launchRequestBody());

  expect(first.status).toBe(200);
  expect(ResponseEnvelopeSchema.safeParse(await first.json()).success).toBe(true);
  expect(second.status).toBe(200);
  expect(logger.entries.filter((entry) => entry.event === 'warning')).toEqual([
    VERIFICATION_OFF_WARNING,
    VERIFICATION_OFF_WARNING,
  ]);
});

it('still refuses another skill’s requests: dev mode drops the caller checks, not the skill id', async () => {
  server = await listenOnLoopback(
    createServer({ skillId: LOCAL_SKILL_ID, logger: recordingLogger(), devInsecure: true }),
  );
  const body = launchRequestBody({
    applicationId: 'amzn1.ask.skill.11111111-1111-4111-8111-111111111111',
  });

  const response = await postSkillRequest(server.url, body);

  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ error: 'wrong-skill' });
});

it('is off unless asked for: the same request to a default server is refused without a warning', async () => {
  const logger = recordingLogger();
  server = await listenOnLoopback(createServer({ skillId: LOCAL_SKILL_ID, logger }));

  const response = await postSkillRequest(server.url, launchRequestBody());

  expect(response.status).toBe(400);
  expect(logger.entries).toEqual([{ event: 'request-refused', reason: 'unsigned' }]);
});

it('answers a body that is not JSON with a bare 400 and no details', async () => {
  server = await listenOnLoopback(
    createServer({ skillId: LOCAL_SKILL_ID, logger: recordingLogger(), devInsecure: true }),
  );

  const response = await postSkillRequest(server.url, '{"request": not json');

  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ error: 'verification-failed' });
});

it('still checks the envelope: JSON that is not one is a 400, logged once', async () => {
  const logger = recordingLogger();
  server = await listenOnLoopback(
    createServer({ skillId: LOCAL_SKILL_ID, logger, devInsecure: true }),
  );

  const response = await postSkillRequest(server.url, '{}');

  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ error: 'malformed-envelope' });
  expect(logger.entries).toEqual([
    VERIFICATION_OFF_WARNING,
    { event: 'request-refused', reason: 'malformed-envelope' },
  ]);
});
