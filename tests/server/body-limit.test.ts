import { afterEach, beforeEach, expect, it } from 'vitest';
import { LOCAL_SKILL_ID } from '../../lambda/skill';
import { BODY_LIMIT_BYTES, createServer } from '../../server/create-server';
import { launchRequestBody, postSkillRequest } from './support/envelopes';
import { listenOnLoopback, type RunningServer } from './support/listen';
import { recordingLogger } from './support/recording-logger';

let server: RunningServer;
let logger: ReturnType<typeof recordingLogger>;

beforeEach(async () => {
  logger = recordingLogger();
  server = await listenOnLoopback(createServer({ skillId: LOCAL_SKILL_ID, logger }));
});

afterEach(async () => {
  await server.close();
});

function oversizedEnvelope(): string {
  const padding = 'x'.repeat(BODY_LIMIT_BYTES);
  return launchRequestBody().replace('"version":"1.0"', `"padding":"${padding}","version":"1.0"`);
}

it('refuses a body whose declared length is over the limit', async () => {
  const response = await postSkillRequest(server.url, oversizedEnvelope());

  expect(response.status).toBe(413);
  expect(await response.json()).toEqual({ error: 'body-too-large' });
  expect(logger.entries).toEqual([{ event: 'request-refused', reason: 'body-too-large' }]);
});

it('refuses a streamed body with no declared length once it passes the limit', async () => {
  const bytes = new TextEncoder().encode(oversizedEnvelope());
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

  const response = await fetch(`${server.url}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);

  expect(response.status).toBe(413);
  expect(await response.json()).toEqual({ error: 'body-too-large' });
});

it('reads a body under the limit and goes on to verify it', async () => {
  const response = await postSkillRequest(server.url, launchRequestBody());

  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ error: 'unsigned' });
});

it('refuses a body that is not declared as JSON', async () => {
  const response = await fetch(`${server.url}/`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: launchRequestBody(),
  });

  expect(response.status).toBe(415);
  expect(await response.json()).toEqual({ error: 'not-json' });
});
