import { ExpressAdapter } from 'ask-sdk-express-adapter';
import express, { type Express, type RequestHandler } from 'express';
import { buildSkill, consoleLogger, type Logger } from '../lambda/skill';
import { guardCertChainUrl } from './cert-url';
import { refuse, refuseUnreadableBodies, replaceAdapterFailures } from './refusals';

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
}

export function createServer(options: ServerOptions): Express {
  const logger = options.logger ?? consoleLogger;
  const devInsecure = options.devInsecure === true;
  const skill = buildSkill({ skillId: options.skillId, logger });
  const verify = !devInsecure;
  const adapter = new ExpressAdapter(skill, verify, verify);

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.post(
    '/',
    devInsecure ? warnVerificationDisabled(logger) : guardCertChainUrl(logger),
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
