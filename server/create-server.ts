import { ExpressAdapter, type Verifier } from 'ask-sdk-express-adapter';
import express, { type Express, type RequestHandler } from 'express';
import { buildSkill, consoleLogger, type Logger } from '../lambda/skill';
import { CERT_CACHE_LIMITS, type CertCache, createCertCache } from './cert-cache';
import { validateCertChain } from './cert-chain';
import { CERT_DOWNLOAD_LIMITS, type DownloadLimits, downloadCertChain } from './cert-download';
import { AMAZON_CERT_CHAIN_URL } from './cert-url';
import { envelopeVerifier } from './envelope-verifier';
import { refuse, refuseUnreadableBodies, replaceAdapterFailures } from './refusals';
import { signatureVerifier } from './signature-verifier';
import { PUBLIC_ROOTS, trustStore } from './trust-store';

/**
 * The adapter's own text parser is fixed at body-parser's 100 KB default and cannot be
 * configured, so this is the ceiling for streamed bodies; declared lengths are refused earlier.
 * Alexa requests are a few kilobytes.
 */
export const BODY_LIMIT_BYTES = 100 * 1024;

export interface ServerOptions {
  skillId: string;
  logger?: Logger;
  /**
   * Turns off signature and timestamp verification for local development only.
   * Every request then logs a warning; there is no quieter way to switch verification off.
   */
  devInsecure?: boolean;
  /**
   * PEM roots the certificate chain must end in; Node's bundled roots unless set. Only tests
   * set it, to trust a certificate they made; main.ts never does.
   */
  trustedRoots?: readonly string[];
  /** Limits on each certificate download; tests shorten the deadline. */
  certDownload?: Partial<DownloadLimits>;
  /**
   * Downloads Amazon's certificate now, so the first genuine request after a start finds it
   * cached. main.ts sets it; tests do so only with downloads answered from memory.
   */
  prefetchAmazonCertificate?: boolean;
}

export function createServer(options: ServerOptions): Express {
  const logger = options.logger ?? consoleLogger;
  const devInsecure = options.devInsecure === true;
  const skill = buildSkill({ skillId: options.skillId, logger });
  // The adapter's own verifiers are off: this server's check the same rules with bounded work.
  // Development mode drops the checks of who is calling, not the check of what was sent.
  const adapter = new ExpressAdapter(
    skill,
    false,
    false,
    devInsecure
      ? [envelopeVerifier({ skillId: options.skillId, timestamp: false })]
      : verifiers(options, logger),
  );

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.post(
    '/',
    ...(devInsecure ? [warnVerificationDisabled(logger)] : []),
    refuseDeclaredOversizeBodies(logger),
    refuseNonJsonBodies(logger),
    replaceAdapterFailures(logger),
    ...adapter.getRequestHandlers(),
  );
  app.use((_req, res) => {
    refuse(res, logger, { status: 404, reason: 'not-found' });
  });
  app.use(refuseUnreadableBodies(logger));
  return app;
}

function verifiers(options: ServerOptions, logger: Logger): Verifier[] {
  const trust = options.trustedRoots ? trustStore(options.trustedRoots) : PUBLIC_ROOTS;
  const limits = { ...CERT_DOWNLOAD_LIMITS, ...options.certDownload };
  const certificates = createCertCache(
    async (url) => validateCertChain(await downloadCertChain(url, limits), trust),
    { ...CERT_CACHE_LIMITS, reservedUrls: [AMAZON_CERT_CHAIN_URL] },
  );
  if (options.prefetchAmazonCertificate === true) prefetch(certificates, logger);
  // One verifier, in order: the adapter runs its verifiers side by side, which let any caller
  // with a stale or foreign request start a certificate download before being refused.
  return [
    inOrder([
      envelopeVerifier({ skillId: options.skillId, timestamp: true }),
      signatureVerifier(certificates),
    ]),
  ];
}

/** Each verifier only once the one before it passed. */
function inOrder(steps: readonly Verifier[]): Verifier {
  return {
    async verify(body, headers) {
      for (const step of steps) await step.verify(body, headers);
    },
  };
}

/** A failure is no reason not to start: the first genuine request downloads it again. */
function prefetch(certificates: CertCache, logger: Logger): void {
  certificates.get(AMAZON_CERT_CHAIN_URL).catch(() => {
    logger.error({ event: 'warning', reason: 'cert-prefetch-failed' });
  });
}

function warnVerificationDisabled(logger: Logger): RequestHandler {
  return (_req, _res, next) => {
    logger.error({ event: 'warning', reason: 'verification-off-dev-insecure' });
    next();
  };
}

/** Refuses before reading a byte when the caller announces a body over the limit. */
function refuseDeclaredOversizeBodies(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > BODY_LIMIT_BYTES) {
      refuse(res, logger, { status: 413, reason: 'body-too-large' });
      return;
    }
    next();
  };
}

/**
 * Alexa always sends application/json. The adapter's parser silently skips other types and
 * hands the verifiers an empty object, so anything else is refused here, explicitly.
 */
function refuseNonJsonBodies(logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (!req.is('application/json')) {
      refuse(res, logger, { status: 415, reason: 'not-json' });
      return;
    }
    next();
  };
}
