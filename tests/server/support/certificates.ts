import { generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import forge from 'node-forge';

export interface SigningIdentity {
  certificatePem: string;
  privateKey: KeyObject;
  commonName: string;
}

interface CertificateOptions {
  commonName?: string;
  /** DNS names; none on a CA. */
  subjectAltNames?: string[];
  notBefore?: Date;
  notAfter?: Date;
  /** Who signs the certificate; it signs itself when unset. */
  issuer?: SigningIdentity;
  /** Whether it may issue certificates (basicConstraints cA). */
  ca?: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A certificate and its key. Self-signed by default: no root vouches for it unless a test
 * passes it to createServer as a trusted root, the one stand-in for Amazon's public CA.
 */
export function createSigningIdentity(options: CertificateOptions = {}): SigningIdentity {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const commonName = options.commonName ?? 'echo-api.amazon.com';
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(
    publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );
  // Positive and distinct, so no two test certificates look like one to OpenSSL.
  certificate.serialNumber = `01${randomBytes(8).toString('hex')}`;
  certificate.validity.notBefore = options.notBefore ?? new Date(Date.now() - DAY_MS);
  certificate.validity.notAfter = options.notAfter ?? new Date(Date.now() + DAY_MS);
  certificate.setSubject([{ name: 'commonName', value: commonName }]);
  certificate.setIssuer([{ name: 'commonName', value: options.issuer?.commonName ?? commonName }]);
  const subjectAltNames = options.subjectAltNames ?? (options.ca ? [] : ['echo-api.amazon.com']);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: options.ca === true },
    ...(subjectAltNames.length > 0
      ? [{ name: 'subjectAltName', altNames: subjectAltNames.map((value) => ({ type: 2, value })) }]
      : []),
  ]);
  const signer = options.issuer?.privateKey ?? privateKey;
  certificate.sign(
    forge.pki.privateKeyFromPem(signer.export({ type: 'pkcs8', format: 'pem' }).toString()),
    forge.md.sha256.create(),
  );
  return { certificatePem: forge.pki.certificateToPem(certificate), privateKey, commonName };
}

/** What Alexa puts in the Signature-256 header: base64 RSA-SHA256 over the exact body bytes. */
export function signBody(body: string, privateKey: KeyObject): string {
  return sign('sha256', Buffer.from(body, 'utf8'), privateKey).toString('base64');
}
