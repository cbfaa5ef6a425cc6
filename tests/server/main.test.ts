import { afterEach, describe, expect, it } from 'vitest';
import { launchRequestBody, postSkillRequest } from './support/envelopes';
import { descendantPids, exists } from './support/processes';
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
  // Nothing reaches the internet from a test: no certificate fetched at start-up.
  spawned = spawnServer([], { SKILL_ID, CERT_PREFETCH: 'off' });
  const url = await within(spawned.listening, START_DEADLINE_MS, 'listening');

  const response = await postSkillRequest(url, launchRequestBody({ applicationId: SKILL_ID }));

  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ error: 'unsigned' });
  expect(spawned.output()).not.toMatch(/verification are OFF/);
  // The child's log line may reach this process after its answer does (two pipes, no order).
  await untilOutput(spawned, '"reason":"unsigned"', EXIT_DEADLINE_MS);
});

/** Resolves once the server has written `text`, polled as its output pipe is read; or throws. */
async function untilOutput(server: SpawnedServer, text: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!server.output().includes(text)) {
    if (Date.now() > deadline) throw new Error(`the server never wrote ${text}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('refuses to start without SKILL_ID, naming the fix', async () => {
  spawned = spawnServer([], {});

  expect(await within(spawned.exited, START_DEADLINE_MS, 'exit')).toBe(2);
  expect(spawned.output()).toMatch(/SKILL_ID is required/);
});

// A killed process is gone once its parent reaps it; tsx's child is orphaned by the group kill,
// and init here reaps orphans only every second or two.
const REAP_DEADLINE_MS = 10_000;

/**
 * Polls until none of `pids` exists, or the deadline; returns those still there, after killing
 * them so that a failing test does not leave them running either.
 */
async function leftBehind(pids: number[]): Promise<number[]> {
  const deadline = Date.now() + REAP_DEADLINE_MS;
  let left = pids.filter(exists);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    left = left.filter(exists);
  }
  for (const pid of left) process.kill(pid, 'SIGKILL');
  return left;
}

describe('what a stopped server leaves behind', () => {
  /** Started as the other tests start it, with every pid it runs under: tsx and its child. */
  async function startWithPids() {
    const server = spawnServer(['--dev-insecure'], {});
    spawned = server;
    await within(server.listening, START_DEADLINE_MS, 'listening');
    const wrapper = server.child.pid;
    if (wrapper === undefined) throw new Error('the server did not start');
    const children = descendantPids(wrapper);
    // tsx runs the server in a child of its own: that child is what a careless stop leaves.
    expect(children.length).toBeGreaterThan(0);
    return { server, pids: [wrapper, ...children] };
  }

  it('leaves no process once the tests stop it: the wrapper and all its children are gone', async () => {
    const { server, pids } = await startWithPids();

    await server.stop();

    expect(await leftBehind(pids)).toEqual([]);
  });

  it('leaves no process after SIGTERM either', async () => {
    const { server, pids } = await startWithPids();

    server.child.kill('SIGTERM');

    expect(await within(server.exited, EXIT_DEADLINE_MS, 'exit after SIGTERM')).toBe(0);
    expect(await leftBehind(pids)).toEqual([]);
  });
});

describe('stopped through npm, as a supervisor or a terminal does', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'leaves no process when %s goes to npm’s pid alone',
    async (signal) => {
      const server = spawnServer(['--dev-insecure'], {}, { viaNpm: true });
      spawned = server;
      const url = await within(server.listening, START_DEADLINE_MS, 'listening');
      const npm = server.child.pid;
      if (npm === undefined) throw new Error('npm did not start');
      const pids = [npm, ...descendantPids(npm)];

      process.kill(npm, signal);

      await within(server.exited, EXIT_DEADLINE_MS, `npm exiting after ${signal}`);
      expect(await leftBehind(pids)).toEqual([]);
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    },
  );
});
