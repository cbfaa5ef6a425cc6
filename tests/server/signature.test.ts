import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCAL_SKILL_ID } from '../../lambda/skill';
import { createServer, type ServerOptions } from '../../server/create-server';
import { serveCertificateDownloads } from './support/cert-download';
import { createSigningIdentity, type SigningIdentity, signBody } from './support/certificates';
import { CERT_CHAIN_URL, launchRequestBody, postSkillRequest } from './support/envelopes';
import { listenOnLoopback, type RunningServer } from './support/listen';
import { recordingLogger } from './support/recording-logger';
import { within } from './support/spawn-server';

let server: RunningServer;
let logger: ReturnType<typeof recordingLogger>;
// Key pairs for the file: RSA generation is the slow part and the tests never mutate them.
const amazonLookalike: SigningIdentity = createSigningIdentity();
const otherDomain = createSigningIdentity({ subjectAltNames: ['skills.example.com'] });
const expired = createSigningIdentity({
  notBefore: new Date('2020-01-01T00:00:00Z'),
  notAfter: new Date('2021-01-01T00:00:00Z'),
});
// Stand-ins for Amazon's public CA: the chain check itself runs for real.
const TEST_ROOTS = [amazonLookalike, otherDomain, expired].map(
  (identity) => identity.certificatePem,
);

type Options = Omit<ServerOptions, 'skillId' | 'logger'>;

function start(options: Options = {}) {
  return listenOnLoopback(
    createServer({ skillId: LOCAL_SKILL_ID, logger, trustedRoots: TEST_ROOTS, ...options }),
  );
}

/** `trustedRoots: undefined` is Node's bundled roots, as in production. */
async function restart(options: Options) {
  await server.close();
  server = await start(options);
}

beforeEach(async () => {
  logger = recordingLogger();
  server = await start();
});

afterEach(async () => {
  await server.close();
  vi.restoreAllMocks();
});

function signedHeaders(body: string, identity: SigningIdentity, certUrl = CERT_CHAIN_URL) {
  return { SignatureCertChainUrl: certUrl, 'Signature-256': signBody(body, identity.privateKey) };
}

async function expectRefusal(response: Response, reason: string) {
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ error: reason });
  expect(logger.entries).toContainEqual({ event: 'request-refused', reason });
}

describe('a request the server can trust', () => {
  it('is answered when signed by a trusted echo-api certificate with a fresh timestamp', async () => {
    // The positive control: without it every refusal below could be a broken harness.
    const downloads = serveCertificateDownloads(amazonLookalike.certificatePem);
    const body = launchRequestBody();

    const response = await postSkillRequest(server.url, body, signedHeaders(body, amazonLookalike));

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ version: '1.0', response: {} });
    expect(downloads.requestedUrls).toEqual([CERT_CHAIN_URL]);
  });
});

describe('unsigned requests', () => {
  it('refuses a request with neither signature header', async () => {
    await expectRefusal(await postSkillRequest(server.url, launchRequestBody()), 'unsigned');
  });

  it('refuses a signature without a certificate URL', async () => {
    const body = launchRequestBody();
    const response = await postSkillRequest(server.url, body, {
      'Signature-256': signBody(body, amazonLookalike.privateKey),
    });
    await expectRefusal(response, 'unsigned');
  });

  it('refuses a certificate URL without a signature', async () => {
    const downloads = serveCertificateDownloads(amazonLookalike.certificatePem);
    const response = await postSkillRequest(server.url, launchRequestBody(), {
      SignatureCertChainUrl: CERT_CHAIN_URL,
    });
    await expectRefusal(response, 'unsigned');
    expect(downloads.requestedUrls).toEqual([]);
  });

  it('refuses the legacy SHA-1 Signature header alone: only Signature-256 counts', async () => {
    const response = await postSkillRequest(server.url, launchRequestBody(), {
      SignatureCertChainUrl: CERT_CHAIN_URL,
      Signature: 'c2lnbmF0dXJl',
    });
    await expectRefusal(response, 'unsigned');
  });
});

describe('certificate URLs', () => {
  it.each([
    ['plain http', 'http://s3.amazonaws.com/echo.api/echo-api-cert.pem'],
    ['another host', 'https://notamazon.com/echo.api/echo-api-cert.pem'],
    ['a look-alike host', 'https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem'],
    ['a non-default port', 'https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem'],
    ['a path outside /echo.api/', 'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem'],
    ['dot segments leaving /echo.api/', 'https://s3.amazonaws.com/echo.api/../bucket/cert.pem'],
    ['encoded dot segments', 'https://s3.amazonaws.com/echo.api/%2e%2e/bucket/cert.pem'],
    ['credentials in the URL', 'https://user@s3.amazonaws.com/echo.api/echo-api-cert.pem'],
    ['a query string', `${CERT_CHAIN_URL}?n=1`],
    ['a fragment', `${CERT_CHAIN_URL}#n`],
    [
      'an encoded slash after dot segments',
      'https://s3.amazonaws.com/echo.api/..%2fecho.api/cert.pem',
    ],
    ['no URL at all', 'not a url'],
  ])('refuses %s without downloading anything', async (_label, certUrl) => {
    const downloads = serveCertificateDownloads(amazonLookalike.certificatePem);
    const body = launchRequestBody();

    const response = await postSkillRequest(
      server.url,
      body,
      signedHeaders(body, amazonLookalike, certUrl),
    );

    await expectRefusal(response, 'cert-url');
    expect(downloads.requestedUrls).toEqual([]);
  });

  it.each([
    ['an explicit :443', 'https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem'],
    ['an upper-case host', 'https://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem'],
    ['dot segments that stay inside', 'https://s3.amazonaws.com/echo.api/../echo.api/cert.pem'],
  ])('accepts %s, as Amazon documents', async (_label, certUrl) => {
    serveCertificateDownloads(amazonLookalike.certificatePem);
    const body = launchRequestBody();

    const response = await postSkillRequest(
      server.url,
      body,
      signedHeaders(body, amazonLookalike, certUrl),
    );

    expect(response.status).toBe(200);
  });

  it('never reflects the caller-supplied URL in the answer', async () => {
    const body = launchRequestBody();
    const response = await postSkillRequest(
      server.url,
      body,
      signedHeaders(body, amazonLookalike, 'https://evil.example/<script>alert(1)</script>'),
    );

    const text = await response.text();
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(text).not.toMatch(/evil|script/);
  });
});

describe('certificates', () => {
  it('refuses a correctly signed request whose certificate no public root vouches for', async () => {
    await restart({ trustedRoots: undefined });
    const downloads = serveCertificateDownloads(amazonLookalike.certificatePem);
    const body = launchRequestBody();

    const response = await postSkillRequest(server.url, body, signedHeaders(body, amazonLookalike));

    await expectRefusal(response, 'certificate');
    expect(downloads.requestedUrls).toEqual([CERT_CHAIN_URL]);
  });

  it('refuses a trusted certificate issued for another domain', async () => {
    serveCertificateDownloads(otherDomain.certificatePem);
    const body = launchRequestBody();

    const response = await postSkillRequest(server.url, body, signedHeaders(body, otherDomain));

    await expectRefusal(response, 'certificate');
  });

  it('refuses an expired certificate', async () => {
    serveCertificateDownloads(expired.certificatePem);
    const body = launchRequestBody();

    const response = await postSkillRequest(server.url, body, signedHeaders(body, expired));

    await expectRefusal(response, 'certificate');
  });
});

describe('work an unauthenticated request can cause', () => {
  const impostor = createSigningIdentity();
  const spellingsOfOneUrl = [
    CERT_CHAIN_URL,
    'HTTPS://s3.amazonaws.com/echo.api/echo-api-cert-12.pem',
    'https://S3.Amazonaws.Com/echo.api/echo-api-cert-12.pem',
    'https://s3.amazonaws.com:443/echo.api/echo-api-cert-12.pem',
    'https://s3.amazonaws.com/echo.api/x/../echo-api-cert-12.pem',
    ...Array.from(
      { length: 40 },
      (_, n) => `https://s3.amazonaws.com/echo.api/${'./'.repeat(n + 1)}echo-api-cert-12.pem`,
    ),
  ];

  it('downloads a certificate once, however many ways its URL is spelled', async () => {
    const downloads = serveCertificateDownloads(amazonLookalike.certificatePem);
    const body = launchRequestBody();

    const responses = await Promise.all(
      spellingsOfOneUrl.map((certUrl) =>
        postSkillRequest(server.url, body, signedHeaders(body, impostor, certUrl)),
      ),
    );

    expect(responses.map((response) => response.status)).toEqual(spellingsOfOneUrl.map(() => 400));
    expect(downloads.requestedUrls).toEqual([CERT_CHAIN_URL]);
    expect(logger.entries).toEqual(
      spellingsOfOneUrl.map(() => ({ event: 'request-refused', reason: 'signature-mismatch' })),
    );
  });

  it('downloads nothing for distinct query strings: each is refused', async () => {
    const downloads = serveCertificateDownloads(amazonLookalike.certificatePem);
    const body = launchRequestBody();

    for (let n = 0; n < 50; n += 1) {
      const certUrl = `${CERT_CHAIN_URL}?n=${n}`;
      const response = await postSkillRequest(
        server.url,
        body,
        signedHeaders(body, impostor, certUrl),
      );
      expect(response.status).toBe(400);
    }

    expect(downloads.requestedUrls).toEqual([]);
    expect(new Set(logger.entries.map((entry) => entry.reason))).toEqual(new Set(['cert-url']));
  });

  it('keeps at most four validated certificates, the least recently used going first', async () => {
    const downloads = serveCertificateDownloads(amazonLookalike.certificatePem);
    const urls = Array.from(
      { length: 6 },
      (_, n) => `https://s3.amazonaws.com/echo.api/cert-${n}.pem`,
    );
    const body = launchRequestBody();
    const post = (certUrl: string) =>
      postSkillRequest(server.url, body, signedHeaders(body, amazonLookalike, certUrl));

    for (const certUrl of urls) expect((await post(certUrl)).status).toBe(200);
    const [first] = urls;
    const last = urls.at(-1);
    expect((await post(last ?? '')).status).toBe(200);
    expect((await post(first ?? '')).status).toBe(200);

    expect(downloads.requestedUrls).toEqual([...urls, first]);
  });

  it('never keeps a failed download: the next request downloads again', async () => {
    let calls = 0;
    const downloads = serveCertificateDownloads(() =>
      calls++ === 0 ? { status: 503, body: '' } : { body: amazonLookalike.certificatePem },
    );
    const body = launchRequestBody();

    const failed = await postSkillRequest(server.url, body, signedHeaders(body, amazonLookalike));
    const answered = await postSkillRequest(server.url, body, signedHeaders(body, amazonLookalike));

    expect(failed.status).toBe(400);
    expect(await failed.json()).toEqual({ error: 'certificate' });
    expect(answered.status).toBe(200);
    expect(downloads.requestedUrls).toEqual([CERT_CHAIN_URL, CERT_CHAIN_URL]);
  });

  it('refuses a certificate chain larger than the size cap', async () => {
    serveCertificateDownloads(`${amazonLookalike.certificatePem}\n${' '.repeat(64 * 1024)}`);
    const body = launchRequestBody();

    const response = await postSkillRequest(server.url, body, signedHeaders(body, amazonLookalike));

    await expectRefusal(response, 'certificate');
  });

  it('refuses within the download deadline every request whose certificate never arrives', async () => {
    await restart({ certDownload: { deadlineMs: 200 } });
    const downloads = serveCertificateDownloads(() => 'never');
    const body = launchRequestBody();

    const responses = await within(
      Promise.all(
        Array.from({ length: 20 }, () =>
          postSkillRequest(server.url, body, signedHeaders(body, amazonLookalike)),
        ),
      ),
      2_000,
      'refusals at the download deadline',
    );

    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 400));
    expect(await responses[0]?.json()).toEqual({ error: 'certificate' });
    expect(downloads.requestedUrls).toEqual([CERT_CHAIN_URL]);
    expect(downloads.abandoned()).toBe(1);
  });
});

describe('signatures', () => {
  it('refuses a body signed by a key other than the certificate’s', async () => {
    serveCertificateDownloads(amazonLookalike.certificatePem);
    const impostor = createSigningIdentity();
    const body = launchRequestBody();

    const response = await postSkillRequest(server.url, body, signedHeaders(body, impostor));

    await expectRefusal(response, 'signature-mismatch');
  });

  it('refuses a body changed after it was signed', async () => {
    serveCertificateDownloads(amazonLookalike.certificatePem);
    const signed = launchRequestBody();
    const tampered = signed.replace('LaunchRequest', 'SessionEndedRequest');

    const response = await postSkillRequest(
      server.url,
      tampered,
      signedHeaders(signed, amazonLookalike),
    );

    await expectRefusal(response, 'signature-mismatch');
  });

  it('refuses a signature that is not base64 of anything', async () => {
    serveCertificateDownloads(amazonLookalike.certificatePem);

    const response = await postSkillRequest(server.url, launchRequestBody(), {
      SignatureCertChainUrl: CERT_CHAIN_URL,
      'Signature-256': '!!!not-a-signature!!!',
    });

    await expectRefusal(response, 'signature-mismatch');
  });
});

describe('bodies', () => {
  it('refuses a genuinely signed body that is not JSON, before the skill sees it', async () => {
    serveCertificateDownloads(amazonLookalike.certificatePem);
    const body = '{"request": not json';

    const response = await postSkillRequest(server.url, body, signedHeaders(body, amazonLookalike));

    await expectRefusal(response, 'verification-failed');
  });

  const withoutRequest = () => {
    const { request: _request, ...rest } = JSON.parse(launchRequestBody()) as { request: unknown };
    return JSON.stringify(rest);
  };
  const withSessionOfAnotherSkill = () =>
    launchRequestBody().replace(
      /"session":\{([^}]*)"application":\{"applicationId":"[^"]*"\}/,
      '"session":{$1"application":{"applicationId":"amzn1.ask.skill.11111111-1111-4111-8111-111111111111"}',
    );

  it.each([
    ['an empty object', () => '{}'],
    ['an array', () => '[]'],
    ['an envelope without its request', withoutRequest],
    ['a session that names another skill than the context', withSessionOfAnotherSkill],
  ])(
    'answers a genuinely signed body that is JSON but %s with 400, logged once',
    async (_label, makeBody) => {
      serveCertificateDownloads(amazonLookalike.certificatePem);
      const body = makeBody();
      expect(body).not.toBe(launchRequestBody());

      const response = await postSkillRequest(
        server.url,
        body,
        signedHeaders(body, amazonLookalike),
      );

      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'malformed-envelope' });
      expect(logger.entries).toEqual([{ event: 'request-refused', reason: 'malformed-envelope' }]);
    },
  );
});

describe('skill id', () => {
  it('refuses a genuinely signed request meant for another skill', async () => {
    serveCertificateDownloads(amazonLookalike.certificatePem);
    const body = launchRequestBody({
      applicationId: 'amzn1.ask.skill.11111111-1111-4111-8111-111111111111',
    });

    const response = await postSkillRequest(server.url, body, signedHeaders(body, amazonLookalike));

    await expectRefusal(response, 'wrong-skill');
    expect(logger.entries).toEqual([{ event: 'request-refused', reason: 'wrong-skill' }]);
  });
});

describe('what refusals log', () => {
  it('logs the reason class only: no body, no user id, no header values', async () => {
    const body = launchRequestBody();
    await postSkillRequest(server.url, body, signedHeaders(body, amazonLookalike, 'http://x.y'));
    await postSkillRequest(server.url, body);

    expect(logger.entries).toEqual([
      { event: 'request-refused', reason: 'cert-url' },
      { event: 'request-refused', reason: 'unsigned' },
    ]);
  });
});
