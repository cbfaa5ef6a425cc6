import { type KeyObject, verify } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Verifier } from 'ask-sdk-express-adapter';
import type { CertCache } from './cert-cache';
import { canonicalCertChainUrl } from './cert-url';
import { RefusedError } from './refusals';

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Alexa's request signature: Signature-256 is base64 RSA-SHA256 over the body, made with the key
 * of the certificate at SignatureCertChainUrl. The URL is made canonical before anything is
 * downloaded, so no spelling of it costs a download or a cache entry of its own.
 */
export function signatureVerifier(certificates: CertCache): Verifier {
  return {
    async verify(body, headers = {}) {
      const certUrl = header(headers, 'signaturecertchainurl');
      const signature = header(headers, 'signature-256');
      if (certUrl === undefined || signature === undefined) throw new RefusedError('unsigned');
      const canonicalUrl = canonicalCertChainUrl(certUrl);
      if (canonicalUrl === undefined) throw new RefusedError('cert-url');

      let publicKey: KeyObject;
      try {
        ({ publicKey } = await certificates.get(canonicalUrl));
      } catch {
        throw new RefusedError('certificate');
      }
      // The adapter hands over the body decoded as UTF-8; Alexa sends UTF-8, so encoding it
      // again gives back the bytes Alexa signed.
      if (
        !verify('sha256', Buffer.from(body, 'utf8'), publicKey, Buffer.from(signature, 'base64'))
      ) {
        throw new RefusedError('signature-mismatch');
      }
    },
  };
}
