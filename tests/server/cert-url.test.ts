import { describe, expect, it } from 'vitest';
import { canonicalCertChainUrl } from '../../server/cert-url';

const CANONICAL = 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem';

describe('canonicalCertChainUrl', () => {
  it.each([
    ['the canonical spelling itself', CANONICAL],
    ['an upper-case scheme', 'HTTPS://s3.amazonaws.com/echo.api/echo-api-cert.pem'],
    ['an upper-case host', 'https://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem'],
    ['an explicit :443', 'https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem'],
    [
      'dot segments that stay inside',
      'https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem',
    ],
    ['a single-dot segment', 'https://s3.amazonaws.com/echo.api/./echo-api-cert.pem'],
  ])('gives %s one spelling', (_label, raw) => {
    expect(canonicalCertChainUrl(raw)).toBe(CANONICAL);
  });

  it.each([
    ['plain http', 'http://s3.amazonaws.com/echo.api/echo-api-cert.pem'],
    ['another host', 'https://notamazon.com/echo.api/echo-api-cert.pem'],
    ['a host with a trailing dot', 'https://s3.amazonaws.com./echo.api/echo-api-cert.pem'],
    ['a non-default port', 'https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem'],
    ['a path in another case', 'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem'],
    ['dot segments leaving /echo.api/', 'https://s3.amazonaws.com/echo.api/../bucket/cert.pem'],
    ['a query', `${CANONICAL}?n=1`],
    ['an empty query', `${CANONICAL}?`],
    ['a fragment', `${CANONICAL}#n`],
    ['an encoded slash after dots', 'https://s3.amazonaws.com/echo.api/..%2fecho.api/cert.pem'],
    ['an encoded dot segment', 'https://s3.amazonaws.com/echo.api/%2e%2e/bucket/cert.pem'],
    ['an encoded letter', 'https://s3.amazonaws.com/echo.api/echo-api-cert%2Epem'],
    ['a backslash', 'https://s3.amazonaws.com/echo.api\\echo-api-cert.pem'],
    ['credentials', 'https://user:pw@s3.amazonaws.com/echo.api/echo-api-cert.pem'],
    ['empty credentials', 'https://@s3.amazonaws.com/echo.api/echo-api-cert.pem'],
    ['a tab inside', 'https://s3.amazonaws.com/echo.api/echo-api\t-cert.pem'],
    ['surrounding spaces', ` ${CANONICAL} `],
    ['no slashes after the scheme', 'https:s3.amazonaws.com/echo.api/echo-api-cert.pem'],
    ['a non-ASCII host', 'https://s3.amazonaws.cоm/echo.api/echo-api-cert.pem'],
    ['no URL at all', 'not a url'],
    ['nothing', ''],
  ])('refuses %s', (_label, raw) => {
    expect(canonicalCertChainUrl(raw)).toBeUndefined();
  });
});
