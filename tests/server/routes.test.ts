import { afterEach, beforeEach, expect, it } from 'vitest';
import { LOCAL_SKILL_ID, silentLogger } from '../../lambda/skill';
import { createServer } from '../../server/create-server';
import { listenOnLoopback, type RunningServer } from './support/listen';

let server: RunningServer;

beforeEach(async () => {
  server = await listenOnLoopback(createServer({ skillId: LOCAL_SKILL_ID, logger: silentLogger }));
});

afterEach(async () => {
  await server.close();
});

it('reports health on GET /healthz without touching the skill', async () => {
  const response = await fetch(`${server.url}/healthz`);

  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});

it.each([
  ['GET', '/'],
  ['POST', '/alexa'],
  ['PUT', '/'],
])('answers %s %s with a JSON 404 that names no framework', async (method, path) => {
  const response = await fetch(`${server.url}${path}`, { method });

  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({ error: 'not-found' });
  expect(response.headers.get('x-powered-by')).toBeNull();
});
