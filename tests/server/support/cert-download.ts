import { EventEmitter } from 'node:events';
import https from 'node:https';
import { PassThrough } from 'node:stream';
import { vi } from 'vitest';

/**
 * The adapter's verifier downloads the certificate chain with https.get. Tests have no network,
 * so the download is answered from memory; every URL it asked for is recorded.
 */
export function serveCertificateDownloads(certificatePem: string) {
  const requestedUrls: string[] = [];
  const fakeGet = (url: string | URL, callback: (response: PassThrough) => void) => {
    requestedUrls.push(String(url));
    const response = Object.assign(new PassThrough(), { statusCode: 200 });
    process.nextTick(() => {
      callback(response);
      response.end(certificatePem);
    });
    return Object.assign(new EventEmitter(), { end: () => {} });
  };
  vi.spyOn(https, 'get').mockImplementation(fakeGet as unknown as typeof https.get);
  return { requestedUrls };
}
