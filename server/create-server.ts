import { ExpressAdapter, type Verifier } from 'ask-sdk-express-adapter';
import express, { type Express, type RequestHandler } from 'express';
import { buildSkill, consoleLogger, type Logger } from '../lambda/skill';
import { createCertCache } from './cert-cache';
import { validateCertChain } from './cert-chain';
import { CERT_DOWNLOAD_LIMITS, type DownloadLimits, downloadCertChain } from './cert-download';
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
      : verifiers(options),
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

function verifiers(options: ServerOptions): Verifier[] {
  const trust = options.trustedRoots ? trustStore(options.trustedRoots) : PUBLIC_ROOTS;
  const limits = { ...CERT_DOWNLOAD_LIMITS, ...options.certDownload };
  const certificates = createCertCache(async (url) =>
    validateCertChain(await downloadCertChain(url, limits), trust),
  );
  return [
    signatureVerifier(certificates),
    envelopeVerifier({ skillId: options.skillId, timestamp: true }),
  ];
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
