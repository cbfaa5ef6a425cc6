import { afterEach, expect, it } from 'vitest';
import { launchRequestBody, postSkillRequest } from './support/envelopes';
import { type SpawnedServer, spawnServer, within } from './support/spawn-server';

const SKILL_ID = 'amzn1.ask.skill.12345678-90ab-4cde-8f01-234567890abc';
const START_DEADLINE_MS = 15_000;
const EXIT_DEADLINE_MS = 5_000;

let spawned: SpawnedServer | undefined;

afterEach(async () => {
  // Also after a clean exit: the server child of tsx may outlive it.
  await spawned?.stop();
  spawned = undefined;
});

it('exits 0 on SIGTERM after serving, even with a keep-alive connection open', async () => {
  spawned = spawnServer(['--dev-insecure'], {});
  const url = await within(spawned.listening, START_DEADLINE_MS, 'listening');
  const answered = await postSkillRequest(url, launchRequestBody());
  expect(answered.status).toBe(200);
  await answered.text();

  spawned.child.kill('SIGTERM');

  expect(await within(spawned.exited, EXIT_DEADLINE_MS, 'exit after SIGTERM')).toBe(0);
  expect(spawned.output()).toMatch(/verification are OFF/);
});

it('exits 0 on SIGINT too', async () => {
  spawned = spawnServer(['--dev-insecure'], {});
  await within(spawned.listening, START_DEADLINE_MS, 'listening');

  spawned.child.kill('SIGINT');

  expect(await within(spawned.exited, EXIT_DEADLINE_MS, 'exit after SIGINT')).toBe(0);
});

it('starts with verification on by default and refuses an unsigned request', async () => {
  spawned = spawnServer([], { SKILL_ID });
  const url = await within(spawned.listening, START_DEADLINE_MS, 'listening');

  const response = await postSkillRequest(url, launchRequestBody());

  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ error: 'unsigned' });
  expect(spawned.output()).not.toMatch(/verification are OFF/);
  expect(spawned.output()).toContain('"reason":"unsigned"');
});

it('refuses to start without SKILL_ID, naming the fix', async () => {
  spawned = spawnServer([], {});

  expect(await within(spawned.exited, START_DEADLINE_MS, 'exit')).toBe(2);
  expect(spawned.output()).toMatch(/SKILL_ID is required/);
});
