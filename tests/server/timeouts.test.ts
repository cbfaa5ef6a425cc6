import net from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { LOCAL_SKILL_ID, silentLogger } from '../../lambda/skill';
import { createServer } from '../../server/create-server';
import { createHttpServer, SERVER_TIMEOUTS } from '../../server/http-server';
import { listenOnLoopback, type RunningServer } from './support/listen';
import { within } from './support/spawn-server';

// Short limits keep the tests fast; the checking interval stays the production one, since that
// interval, not the limits, is what made slow clients outlive the documented deadlines.
const SHORT = { headersMs: 300, requestMs: 600, keepAliveMs: 300 };
// Far above a limit plus the checking interval, far below Node's 30 s default interval.
const CUT_WITHIN_MS = 4_000;

let server: RunningServer | undefined;
const clients: net.Socket[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server?.close();
  server = undefined;
});

async function shortLimitServer() {
  server = await listenOnLoopback(
    createServer({ skillId: LOCAL_SKILL_ID, logger: silentLogger }),
    SHORT,
  );
  return server;
}

interface Cut {
  elapsedMs: number;
  received: string;
}

/** A client that sends `opening`, then `drip` every 100 ms until the server closes on it. */
function dribble(port: number, opening: string, drip?: string): Promise<Cut> {
  const socket = net.connect(port, '127.0.0.1');
  clients.push(socket);
  const started = performance.now();
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    received += chunk;
  });
  // Writing into a socket the server has just cut fails; that is the expected ending.
  socket.on('error', () => {});
  socket.on('connect', () => socket.write(opening));
  const timer =
    drip === undefined ? undefined : setInterval(() => socket.writable && socket.write(drip), 100);
  return new Promise((resolve) => {
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ elapsedMs: performance.now() - started, received });
    });
  });
}

it('makes the documented limits the defaults', () => {
  expect(SERVER_TIMEOUTS).toEqual({ headersMs: 5_000, requestMs: 10_000, keepAliveMs: 5_000 });
  const httpServer = createHttpServer(createServer({ skillId: LOCAL_SKILL_ID }));
  expect(httpServer).toMatchObject({
    headersTimeout: 5_000,
    requestTimeout: 10_000,
    keepAliveTimeout: 5_000,
  });
});

it('cuts a client that sends its headers slowly soon after the header limit', async () => {
  const { port } = await shortLimitServer();

  const cut = await within(
    dribble(port, 'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X-Slow: a\r\n'),
    CUT_WITHIN_MS,
    'cut of a slow-header client',
  );

  expect(cut.received).toMatch(/^HTTP\/1\.1 408 /);
  expect(cut.elapsedMs).toBeGreaterThanOrEqual(SHORT.headersMs - 50);
});

it('cuts a client that sends its body slowly soon after the request limit', async () => {
  const { port } = await shortLimitServer();
  const headers =
    'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
    'Content-Length: 1000\r\n\r\n';

  const cut = await within(dribble(port, headers, ' '), CUT_WITHIN_MS, 'cut of a slow-body client');

  expect(cut.received).toMatch(/^HTTP\/1\.1 408 /);
  expect(cut.elapsedMs).toBeGreaterThanOrEqual(SHORT.requestMs - 50);
});

it('closes an idle keep-alive connection after the keep-alive limit', async () => {
  const { port } = await shortLimitServer();

  const closed = await within(
    dribble(port, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'),
    CUT_WITHIN_MS,
    'close of an idle keep-alive connection',
  );

  expect(closed.received).toMatch(/^HTTP\/1\.1 200 /);
  expect(closed.elapsedMs).toBeGreaterThanOrEqual(SHORT.keepAliveMs - 50);
});
