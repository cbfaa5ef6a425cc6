import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InvalidCertificateChainError, validateCertChain } from '../../server/cert-chain';
import { trustStore } from '../../server/trust-store';
import { createSigningIdentity } from './support/certificates';

const DAY_MS = 24 * 60 * 60 * 1000;
const root = createSigningIdentity({ commonName: 'Test Root CA', ca: true });
const intermediate = createSigningIdentity({
  commonName: 'Test Intermediate CA',
  ca: true,
  issuer: root,
});
const leaf = createSigningIdentity({ issuer: intermediate });
const trusted = trustStore([root.certificatePem]);
const chain = (...identities: { certificatePem: string }[]) =>
  identities.map((identity) => identity.certificatePem).join('\n');

describe('validateCertChain', () => {
  it('accepts a signing certificate and intermediate that chain to a trusted root', () => {
    const certificate = validateCertChain(chain(leaf, intermediate), trusted);

    expect(certificate.publicKey.asymmetricKeyType).toBe('rsa');
    expect(certificate.notBefore).toBeLessThanOrEqual(Date.now());
    expect(certificate.notAfter).toBeGreaterThan(Date.now());
  });

  it('accepts a chain that carries the root itself at the end', () => {
    expect(() => validateCertChain(chain(leaf, intermediate, root), trusted)).not.toThrow();
  });

  it('keeps the earliest expiry of the chain, so a cached certificate expires with it', () => {
    const shortLived = createSigningIdentity({
      commonName: 'Short-lived CA',
      ca: true,
      issuer: root,
      notAfter: new Date(Date.now() + 60_000),
    });
    const underShortLived = createSigningIdentity({ issuer: shortLived });

    const certificate = validateCertChain(chain(underShortLived, shortLived), trusted);

    expect(certificate.notAfter).toBeLessThan(Date.now() + 2 * 60_000);
  });

  it.each([
    ['no trusted root at all', () => chain(leaf, intermediate), trustStore([])],
    [
      'a root other than the one that issued it',
      () => chain(leaf, intermediate),
      trustStore([createSigningIdentity({ commonName: 'Other Root', ca: true }).certificatePem]),
    ],
    ['the intermediate left out', () => chain(leaf), trusted],
    ['the certificates in the wrong order', () => chain(intermediate, leaf), trusted],
    [
      'an issuer that is not a CA',
      () => {
        const notCa = createSigningIdentity({ commonName: 'Not A CA', issuer: root });
        return chain(createSigningIdentity({ commonName: 'Leaf', issuer: notCa }), notCa);
      },
      trusted,
    ],
    [
      'a link signed by another key than its issuer’s',
      () => {
        const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
        return chain(
          createSigningIdentity({ issuer: { ...intermediate, privateKey } }),
          intermediate,
        );
      },
      trusted,
    ],
    [
      'echo-api.amazon.com only as the common name, not a SAN',
      () =>
        chain(createSigningIdentity({ issuer: intermediate, subjectAltNames: [] }), intermediate),
      trusted,
    ],
    [
      'a wildcard SAN instead of the exact name',
      () =>
        chain(
          createSigningIdentity({ issuer: intermediate, subjectAltNames: ['*.amazon.com'] }),
          intermediate,
        ),
      trusted,
    ],
    [
      'a signing certificate not valid yet',
      () =>
        chain(
          createSigningIdentity({
            issuer: intermediate,
            notBefore: new Date(Date.now() + DAY_MS),
            notAfter: new Date(Date.now() + 2 * DAY_MS),
          }),
          intermediate,
        ),
      trusted,
    ],
    [
      'an expired intermediate',
      () => {
        const expiredCa = createSigningIdentity({
          commonName: 'Expired CA',
          ca: true,
          issuer: root,
          notBefore: new Date('2020-01-01T00:00:00Z'),
          notAfter: new Date('2021-01-01T00:00:00Z'),
        });
        return chain(createSigningIdentity({ issuer: expiredCa }), expiredCa);
      },
      trusted,
    ],
    [
      'more certificates than any real chain',
      () => chain(leaf, intermediate, root, root, root, root),
      trusted,
    ],
    ['no certificate', () => 'not a certificate', trusted],
    [
      'a PEM block that is not a certificate',
      () => '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----',
      trusted,
    ],
  ])('refuses %s', (_label, pem, trust) => {
    expect(() => validateCertChain(pem(), trust)).toThrow();
  });

  it('names the reason in its own error type for what it judged', () => {
    expect(() => validateCertChain(chain(leaf), trustStore([]))).toThrow(
      InvalidCertificateChainError,
    );
  });
});

describe('trustStore', () => {
  it('parses its roots on first use, not when made', () => {
    const store = trustStore(['not a certificate']);

    expect(() => store.vouchesFor(new X509Certificate(leaf.certificatePem))).toThrow();
  });
});
