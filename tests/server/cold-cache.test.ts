import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCAL_SKILL_ID } from '../../lambda/skill';
import { CERT_CACHE_LIMITS } from '../../server/cert-cache';
import { AMAZON_CERT_CHAIN_URL } from '../../server/cert-url';
import { createServer, type ServerOptions } from '../../server/create-server';
import { serveCertificateDownloads } from './support/cert-download';
import { createSigningIdentity, signBody } from './support/certificates';
import { launchRequestBody, postSkillRequest } from './support/envelopes';
import { listenOnLoopback, type RunningServer } from './support/listen';
import { recordingLogger } from './support/recording-logger';
import { within } from './support/spawn-server';

// Stands in for Amazon's signing certificate; the chain check runs for real against it.
const amazon = createSigningIdentity();
const attacker = createSigningIdentity();
const FOREIGN_SKILL = 'amzn1.ask.skill.11111111-1111-4111-8111-111111111111';
// Short, so junk downloads that never answer end by themselves within the test.
const JUNK_DEADLINE_MS = 1_500;
// Bounded: a few times the download limit, sent once, from loopback only.
const FLOOD_SIZE = CERT_CACHE_LIMITS.maxLoading * 5;

let server: RunningServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.restoreAllMocks();
});

async function start(options: Partial<ServerOptions> = {}) {
  const logger = recordingLogger();
  const app = createServer({
    skillId: LOCAL_SKILL_ID,
    logger,
    trustedRoots: [amazon.certificatePem],
    certDownload: { deadlineMs: JUNK_DEADLINE_MS },
    ...options,
  });
  server = await listenOnLoopback(app);
  return { url: server.url, logger };
}

const junkUrl = (n: number) => `https://s3.amazonaws.com/echo.api/junk-${n}.pem`;

function post(url: string, body: string, signer: typeof amazon, certUrl: string) {
  return postSkillRequest(url, body, {
    SignatureCertChainUrl: certUrl,
    'Signature-256': signBody(body, signer.privateKey),
  });
}

/** Amazon's URL answers at once; every other URL hangs until its download deadline. */
function amazonBucket() {
  return serveCertificateDownloads((requested) =>
    requested === AMAZON_CERT_CHAIN_URL ? { body: amazon.certificatePem } : 'never',
  );
}

describe('the cheap checks come before any certificate download', () => {
  const stale = () => launchRequestBody({ timestamp: new Date(Date.now() - 3_600_000) });
  const foreign = () => launchRequestBody({ applicationId: FOREIGN_SKILL });
  it.each([
    ['a stale timestamp', stale, 'timestamp'],
    ['another skill id', foreign, 'wrong-skill'],
    ['a body that is no envelope', () => '{"hello":"world"}', 'malformed-envelope'],
    ['a body that is not JSON', () => '{"hello"', 'verification-failed'],
  ])('downloads nothing for %s', async (_label, makeBody, reason) => {
    const downloads = amazonBucket();
    const { url } = await start();

    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, n) => post(url, makeBody(), attacker, junkUrl(n))),
    );

    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 400));
    expect(await responses[0]?.json()).toEqual({ error: reason });
    expect(downloads.requestedUrls).toEqual([]);
  });
});

describe('a genuine request during a flood of junk downloads', () => {
  // The worst case: junk that passes every cheap check (fresh, this skill's id, sound body),
  // each naming a certificate URL of its own that never answers.
  async function flood(url: string) {
    const body = launchRequestBody();
    return Promise.all(
      Array.from({ length: FLOOD_SIZE }, (_, n) => post(url, body, attacker, junkUrl(n))),
    );
  }

  it('still verifies while the junk fills every download slot', async () => {
    const downloads = amazonBucket();
    const { url } = await start();

    const junk = flood(url);
    // Let the flood take the slots first.
    await vi.waitFor(() => {
      expect(downloads.requestedUrls.length).toBe(CERT_CACHE_LIMITS.maxLoading);
    });
    const body = launchRequestBody();
    const genuine = await post(url, body, amazon, AMAZON_CERT_CHAIN_URL);

    expect(genuine.status).toBe(200);
    const refused = await within(junk, JUNK_DEADLINE_MS * 3, 'the flood ending by itself');
    expect(refused.map((response) => response.status)).toEqual(refused.map(() => 400));
    expect(downloads.requestedUrls).toContain(AMAZON_CERT_CHAIN_URL);
  });

  it('has Amazon’s certificate already when fetched at start-up', async () => {
    const downloads = amazonBucket();
    const { url } = await start({ prefetchAmazonCertificate: true });
    await vi.waitFor(() => expect(downloads.requestedUrls).toEqual([AMAZON_CERT_CHAIN_URL]));

    const junk = flood(url);
    const body = launchRequestBody();
    const genuine = await post(url, body, amazon, AMAZON_CERT_CHAIN_URL);

    expect(genuine.status).toBe(200);
    await within(junk, JUNK_DEADLINE_MS * 3, 'the flood ending by itself');
    expect(downloads.requestedUrls.filter((each) => each === AMAZON_CERT_CHAIN_URL)).toHaveLength(
      1,
    );
  });

  it('keeps serving when the start-up fetch fails, and logs it', async () => {
    serveCertificateDownloads(() => ({ status: 503, body: '' }));
    const { logger } = await start({ prefetchAmazonCertificate: true });

    await vi.waitFor(() =>
      expect(logger.entries).toContainEqual({ event: 'warning', reason: 'cert-prefetch-failed' }),
    );
  });
});
