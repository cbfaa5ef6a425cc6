import { EventEmitter } from 'node:events';
import https from 'node:https';
import { PassThrough } from 'node:stream';
import { vi } from 'vitest';

/** How the stand-in for Amazon's bucket answers one download: a status and body, or never. */
export type DownloadAnswer = { status?: number; body: string } | 'never';

export interface CertificateDownloads {
  /** Every URL the server asked for, in order. */
  requestedUrls: string[];
  /** Downloads the server gave up on (destroyed before their end). */
  abandoned(): number;
}

/**
 * The server downloads certificate chains with https.get. Tests have no network, so each
 * download is answered from memory, and every URL asked for is recorded.
 */
export function serveCertificateDownloads(
  answer: string | ((url: string) => DownloadAnswer),
): CertificateDownloads {
  const answerFor: (url: string) => DownloadAnswer =
    typeof answer === 'string' ? () => ({ body: answer }) : answer;
  const requestedUrls: string[] = [];
  let abandoned = 0;
  const fakeGet = (url: string | URL, callback: (response: PassThrough) => void) => {
    requestedUrls.push(String(url));
    let ended = false;
    const request = Object.assign(new EventEmitter(), {
      end: () => {},
      destroy: () => {
        if (!ended) abandoned += 1;
        ended = true;
        return request;
      },
    });
    const answered = answerFor(String(url));
    if (answered !== 'never') {
      process.nextTick(() => {
        if (ended) return;
        const response = Object.assign(new PassThrough(), {
          statusCode: answered.status ?? 200,
          headers: {},
        });
        response.on('end', () => {
          ended = true;
        });
        callback(response);
        response.end(answered.body);
      });
    }
    return request;
  };
  vi.spyOn(https, 'get').mockImplementation(fakeGet as unknown as typeof https.get);
  return { requestedUrls, abandoned: () => abandoned };
}
