import { X509Certificate } from 'node:crypto';
import tls from 'node:tls';

/** The roots a certificate chain must end in. */
export interface TrustStore {
  /** Whether one of the roots issued and signed this certificate (or is this certificate). */
  vouchesFor(certificate: X509Certificate): boolean;
}

/**
 * Parsing the roots is the expensive part (~140 certificates for Node's bundle), so it happens
 * once, on the first chain checked, not per request or per server start.
 */
export function trustStore(rootPems: readonly string[]): TrustStore {
  let roots: readonly X509Certificate[] | undefined;
  return {
    vouchesFor(certificate) {
      roots ??= rootPems.map((pem) => new X509Certificate(pem));
      return roots.some(
        (root) => certificate.checkIssued(root) && certificate.verify(root.publicKey),
      );
    },
  };
}

/** Node's bundled Mozilla roots: the ones Amazon's signing certificate chains to. */
export const PUBLIC_ROOTS: TrustStore = trustStore(tls.rootCertificates);
