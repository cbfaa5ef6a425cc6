import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from '../lambda/skill';

/** Coarse reason classes: enough to debug a deployment, never a copy of what the caller sent. */
const REFUSAL_REASONS = [
  'unsigned',
  'cert-url',
  'certificate',
  'signature-mismatch',
  'timestamp',
  'verification-failed',
  'malformed-envelope',
  'wrong-skill',
  'body-too-large',
  'unreadable-body',
  'not-json',
  'not-found',
  'internal',
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export interface Refusal {
  status: number;
  reason: RefusalReason;
}

export function refuse(res: Response, logger: Logger, refusal: Refusal): void {
  logger.error({ event: 'request-refused', reason: refusal.reason });
  // end(), not send(): replaceAdapterFailures may have wrapped send() on this response.
  res
    .status(refusal.status)
    .type('application/json')
    .end(JSON.stringify({ error: refusal.reason }));
}

const isRefusalReason = (text: string): text is RefusalReason =>
  (REFUSAL_REASONS as readonly string[]).includes(text);

// The adapter keeps only the message of a verifier's error, so the reason travels in it.
const REFUSED_PREFIX = 'refused:';
const REFUSED_MESSAGE = new RegExp(`${REFUSED_PREFIX}([a-z-]+)$`);

/** What this server's verifiers throw: the adapter answers 400 and the reason is kept exactly. */
export class RefusedError extends Error {
  override name = 'RefusedError';

  constructor(readonly reason: RefusalReason) {
    super(`${REFUSED_PREFIX}${reason}`);
  }
}

/**
 * The adapter answers failures with `${error.name}, ${error.message}` as text/html, which
 * could reflect internal messages. Verification failures (400) come from this server's own
 * verifiers and carry their reason; a dispatch failure (500) carries only ask-sdk's message.
 */
export function classifyAdapterFailure(status: number, text: string): Refusal {
  if (status === 400) {
    const reason = REFUSED_MESSAGE.exec(text)?.[1] ?? '';
    return { status: 400, reason: isRefusalReason(reason) ? reason : 'verification-failed' };
  }
  // The skill rejects another skill's request itself, logging it, before ask-sdk would.
  if (text.includes('ID verification failed') || text.includes('another skill')) {
    return { status: 400, reason: 'wrong-skill' };
  }
  return { status: 500, reason: 'internal' };
}

/** Mounted just before the adapter's handlers so its failure texts never reach the caller. */
export function replaceAdapterFailures(logger: Logger): RequestHandler {
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = ((body?: unknown) => {
      if (res.statusCode < 400) return send(body);
      res.send = send;
      refuse(res, logger, classifyAdapterFailure(res.statusCode, String(body)));
      return res;
    }) as Response['send'];
    next();
  };
}

/** body-parser reports stream problems through next(error); Express's default would print a stack. */
export function refuseUnreadableBodies(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    refuse(res, logger, classifyRequestError(error));
  };
}

function classifyRequestError(error: unknown): Refusal {
  if (typeof error !== 'object' || error === null || !('type' in error)) {
    return { status: 500, reason: 'internal' };
  }
  if (error.type === 'entity.too.large') return { status: 413, reason: 'body-too-large' };
  return { status: 400, reason: 'unreadable-body' };
}
