const SCHEME = /^https:\/\//i;
// Printable ASCII without space: WHATWG URL silently drops tabs, newlines and surrounding
// spaces, so such a header would otherwise pass as a "different" spelling of an accepted URL.
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
// Each would give one certificate many spellings, and each spelling a download of its own:
// a query or fragment (ignored by S3), percent-encoding and backslashes (decoded or turned into
// slashes by some parsers and not others), and credentials (never part of Amazon's URL).
const REFUSED_CHARACTERS = /[?#%\\@]/;

const HOST = 's3.amazonaws.com';

/**
 * The URL Alexa signs requests with today. The server fetches it at start-up and keeps room for
 * it in the download limit; after a rotation the new URL earns the same room by validating once.
 */
export const AMAZON_CERT_CHAIN_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem';
const PATH_PREFIX = '/echo.api/';

/**
 * The single spelling of an acceptable SignatureCertChainUrl, or undefined to refuse it.
 *
 * Amazon documents the rules: scheme https and host s3.amazonaws.com in any case, port 443 if
 * one is given, and a path that starts with /echo.api/ (case-sensitive) once dot segments are
 * resolved. Everything that could make two spellings of one URL is refused, so the result can key
 * the certificate cache and be the only URL ever downloaded.
 */
export function canonicalCertChainUrl(raw: string): string | undefined {
  if (!PRINTABLE_ASCII.test(raw) || REFUSED_CHARACTERS.test(raw) || !SCHEME.test(raw)) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  // WHATWG URL lower-cases scheme and host, drops the default :443 and resolves dot segments.
  if (url.protocol !== 'https:' || url.hostname !== HOST || url.port !== '') return undefined;
  if (!url.pathname.startsWith(PATH_PREFIX)) return undefined;
  return `https://${HOST}${url.pathname}`;
}
