import type { RequestHandler } from 'express';
import type { Logger } from '../lambda/skill';
import { refuse } from './refusals';

const CERT_CHAIN_URL_HEADER = 'signaturecertchainurl';

/**
 * Amazon asks endpoints to normalise the certificate URL before checking it. The adapter
 * checks the raw path (legacy url.parse keeps dot segments) but downloads the normalised
 * one, so `/echo.api/../anything` passes its check and fetches outside /echo.api/.
 * This guard applies the documented rules to the normalised URL first; it can only refuse.
 */
export function isAcceptableCertChainUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.hostname === 's3.amazonaws.com' &&
    // WHATWG URL drops the scheme's default port, so an explicit :443 arrives here as ''.
    url.port === '' &&
    url.username === '' &&
    url.password === '' &&
    url.pathname.startsWith('/echo.api/')
  );
}

export function guardCertChainUrl(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const header = req.headers[CERT_CHAIN_URL_HEADER];
    // An absent header is the adapter's "unsigned" refusal; only a present one is judged here.
    if (header === undefined) {
      next();
      return;
    }
    if (typeof header !== 'string' || !isAcceptableCertChainUrl(header)) {
      refuse(res, logger, { status: 400, reason: 'cert-url' });
      return;
    }
    next();
  };
}
