import { type KeyObject, X509Certificate } from 'node:crypto';
import type { TrustStore } from './trust-store';

/** The name Amazon's signing certificate carries in its subject alternative names. */
export const ALEXA_SIGNING_HOST = 'echo-api.amazon.com';

// Amazon's chain is the signing certificate and one or two intermediates; more is not Amazon's,
// and every extra certificate is another signature to check.
const MAX_CHAIN_LENGTH = 5;
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/** What a request's signature is checked with, and for how long the chain stays valid. */
export interface SigningCertificate {
  publicKey: KeyObject;
  notBefore: number;
  notAfter: number;
}

export class InvalidCertificateChainError extends Error {
  override name = 'InvalidCertificateChainError';
}

/**
 * Checks a downloaded chain as Amazon asks: the signing certificate is current, names
 * echo-api.amazon.com in its SANs, and every certificate up to a trusted root is current, issued
 * and signed by the next one, which must be a CA. Revocation is not checked (nor was it before).
 */
export function validateCertChain(
  pem: string,
  trust: TrustStore,
  now = Date.now(),
): SigningCertificate {
  const chain = parseChain(pem);
  const [leaf] = chain;
  if (leaf === undefined) throw new InvalidCertificateChainError('no certificate');
  if (leaf.checkHost(ALEXA_SIGNING_HOST, { subject: 'never', wildcards: false }) === undefined) {
    throw new InvalidCertificateChainError(`${ALEXA_SIGNING_HOST} is not in the SANs`);
  }
  if (leaf.publicKey.asymmetricKeyType !== 'rsa') {
    throw new InvalidCertificateChainError('Alexa signs with RSA keys only');
  }

  let notBefore = Number.NEGATIVE_INFINITY;
  let notAfter = Number.POSITIVE_INFINITY;
  for (const [index, certificate] of chain.entries()) {
    const from = Date.parse(certificate.validFrom);
    const to = Date.parse(certificate.validTo);
    if (!(from <= now && now <= to)) {
      throw new InvalidCertificateChainError(`certificate ${index} is not valid now`);
    }
    notBefore = Math.max(notBefore, from);
    notAfter = Math.min(notAfter, to);
    if (trust.vouchesFor(certificate)) return { publicKey: leaf.publicKey, notBefore, notAfter };
    const issuer = chain[index + 1];
    if (
      issuer === undefined ||
      !issuer.ca ||
      !certificate.checkIssued(issuer) ||
      !certificate.verify(issuer.publicKey)
    ) {
      throw new InvalidCertificateChainError(
        `certificate ${index} does not chain to a trusted root`,
      );
    }
  }
  throw new InvalidCertificateChainError('the chain does not end in a trusted root');
}

function parseChain(pem: string): X509Certificate[] {
  const blocks = pem.match(PEM_CERTIFICATE) ?? [];
  if (blocks.length === 0 || blocks.length > MAX_CHAIN_LENGTH) {
    throw new InvalidCertificateChainError(`expected 1 to ${MAX_CHAIN_LENGTH} certificates`);
  }
  return blocks.map((block) => new X509Certificate(block));
}
