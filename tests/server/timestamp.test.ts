import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { LOCAL_SKILL_ID, silentLogger } from '../../lambda/skill';
import { createServer } from '../../server/create-server';
import { serveCertificateDownloads } from './support/cert-download';
import { createSigningIdentity, signBody } from './support/certificates';
import { CERT_CHAIN_URL, launchRequestBody, postSkillRequest } from './support/envelopes';
import { listenOnLoopback, type RunningServer } from './support/listen';

// The signature is genuinely valid in every test here (the test certificate is the one trusted
// root), so the timestamp check is the one that decides.
const identity = createSigningIdentity();
let server: RunningServer;

beforeEach(async () => {
  serveCertificateDownloads(identity.certificatePem);
  server = await listenOnLoopback(
    createServer({
      skillId: LOCAL_SKILL_ID,
      logger: silentLogger,
      trustedRoots: [identity.certificatePem],
    }),
  );
});

afterEach(async () => {
  await server.close();
  vi.restoreAllMocks();
});

function postSignedLaunchStamped(timestamp: Date | string) {
  const body = launchRequestBody({ timestamp });
  return postSkillRequest(server.url, body, {
    SignatureCertChainUrl: CERT_CHAIN_URL,
    'Signature-256': signBody(body, identity.privateKey),
  });
}

const postSignedLaunchFrom = (secondsAgo: number) =>
  postSignedLaunchStamped(new Date(Date.now() - secondsAgo * 1000));

it.each([151, 600, 86_400])('refuses a signed request stamped %i seconds ago', async (seconds) => {
  const response = await postSignedLaunchFrom(seconds);

  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ error: 'timestamp' });
});

it('answers the same signed request stamped well inside the 150 second window', async () => {
  const response = await postSignedLaunchFrom(30);

  expect(response.status).toBe(200);
});

it('refuses a signed request with no timestamp at all', async () => {
  const body = launchRequestBody({ timestamp: null });
  expect(body).not.toContain('timestamp');

  const response = await postSkillRequest(server.url, body, {
    SignatureCertChainUrl: CERT_CHAIN_URL,
    'Signature-256': signBody(body, identity.privateKey),
  });

  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ error: 'timestamp' });
});

it.each([151, 600, 86_400])(
  'refuses a signed request stamped %i seconds in the future',
  async (seconds) => {
    const response = await postSignedLaunchFrom(-seconds);

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'timestamp' });
  },
);

it('answers a signed request stamped a little in the future, as a fast clock would', async () => {
  const response = await postSignedLaunchFrom(-30);

  expect(response.status).toBe(200);
});

it.each([
  ['words', 'yesterday'],
  ['an impossible date', '2024-13-45T99:00:00Z'],
  ['digits only', String(Date.now())],
  ['a date without a time', new Date().toISOString().slice(0, 10)],
  ['a current date that is not ISO 8601', new Date().toUTCString()],
])('refuses a signed request whose timestamp is %s', async (_label, timestamp) => {
  const response = await postSignedLaunchStamped(timestamp);

  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ error: 'timestamp' });
});
