import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from '../lambda/skill';

/** Coarse reason classes: enough to debug a deployment, never a copy of what the caller sent. */
export type RefusalReason =
  | 'unsigned'
  | 'cert-url'
  | 'certificate'
  | 'signature-mismatch'
  | 'timestamp'
  | 'verification-failed'
  | 'wrong-skill'
  | 'body-too-large'
  | 'unreadable-body'
  | 'not-json'
  | 'not-found'
  | 'internal';

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

/**
 * The adapter answers failures with `${error.name}, ${error.message}` as text/html, which
 * reflects parts of the caller's headers and internal messages. Its verifiers expose no
 * error codes, so the message text is the only signal; anything unrecognised stays generic.
 */
export function classifyAdapterFailure(status: number, text: string): Refusal {
  if (status === 400) return { status: 400, reason: classifyVerificationFailure(text) };
  // The skill rejects another skill's request itself, logging it, before ask-sdk would.
  if (text.includes('ID verification failed') || text.includes('another skill')) {
    return { status: 400, reason: 'wrong-skill' };
  }
  return { status: 500, reason: 'internal' };
}

function classifyVerificationFailure(text: string): RefusalReason {
  if (/Missing (Certificate|Signature) for the skill request/.test(text)) return 'unsigned';
  if (text.includes('SignatureCertChainUrl')) return 'cert-url';
  if (text.includes('signature does not match')) return 'signature-mismatch';
  if (text.includes('Timestamp')) return 'timestamp';
  if (/certificate|echo-api\.amazon\.com/i.test(text)) return 'certificate';
  return 'verification-failed';
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
