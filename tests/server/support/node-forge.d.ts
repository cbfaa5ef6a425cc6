// node-forge ships without types and is only a transitive dependency (of ask-sdk-express-adapter);
// this declares the few calls the server tests use to mint certificates.
declare module 'node-forge' {
  interface ForgeKey {
    readonly __forgeKey: unique symbol;
  }
  interface CertificateAttribute {
    name: string;
    value: string;
  }
  interface Certificate {
    publicKey: ForgeKey;
    serialNumber: string;
    validity: { notBefore: Date; notAfter: Date };
    setSubject(attributes: CertificateAttribute[]): void;
    setIssuer(attributes: CertificateAttribute[]): void;
    setExtensions(extensions: object[]): void;
    sign(key: ForgeKey, digest: MessageDigest): void;
  }
  interface MessageDigest {
    readonly __forgeDigest: unique symbol;
  }
  const forge: {
    pki: {
      createCertificate(): Certificate;
      privateKeyFromPem(pem: string): ForgeKey;
      publicKeyFromPem(pem: string): ForgeKey;
      certificateToPem(certificate: Certificate): string;
    };
    md: { sha256: { create(): MessageDigest } };
  };
  export = forge;
}
