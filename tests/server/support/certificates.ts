import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import forge from 'node-forge';
import { vi } from 'vitest';

export interface SigningIdentity {
  certificatePem: string;
  privateKey: KeyObject;
}

interface CertificateOptions {
  subjectAltNames?: string[];
  notBefore?: Date;
  notAfter?: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A self-signed certificate: no public root vouches for it, which is the point of most tests. */
export function createSigningIdentity(options: CertificateOptions = {}): SigningIdentity {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(
    publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );
  certificate.serialNumber = '01';
  certificate.validity.notBefore = options.notBefore ?? new Date(Date.now() - DAY_MS);
  certificate.validity.notAfter = options.notAfter ?? new Date(Date.now() + DAY_MS);
  const name = [{ name: 'commonName', value: 'echo-api.amazon.com' }];
  certificate.setSubject(name);
  certificate.setIssuer(name);
  const subjectAltNames = options.subjectAltNames ?? ['echo-api.amazon.com'];
  certificate.setExtensions([
    { name: 'subjectAltName', altNames: subjectAltNames.map((value) => ({ type: 2, value })) },
  ]);
  certificate.sign(
    forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()),
    forge.md.sha256.create(),
  );
  return { certificatePem: forge.pki.certificateToPem(certificate), privateKey };
}

/** What Alexa puts in the Signature-256 header: base64 RSA-SHA256 over the exact body bytes. */
export function signBody(body: string, privateKey: KeyObject): string {
  return sign('sha256', Buffer.from(body, 'utf8'), privateKey).toString('base64');
}

/**
 * Stands in for a public root CA vouching for the test certificate. Only the chain-of-trust
 * step is replaced; URL, validity, SAN and signature checks still run for real.
 */
export function trustEveryCertificateChain() {
  return vi.spyOn(forge.pki, 'verifyCertificateChain').mockReturnValue(true);
}
