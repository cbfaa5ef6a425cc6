import https from 'node:https';

export interface DownloadLimits {
  /** From the request to the last byte; the caller is refused if it passes. */
  deadlineMs: number;
  maxBytes: number;
}

/**
 * Alexa waits 8 s for an answer in all, so a certificate that takes longer than 3 s is no use.
 * Amazon's chain is under 8 KiB.
 */
export const CERT_DOWNLOAD_LIMITS: Readonly<DownloadLimits> = {
  deadlineMs: 3_000,
  maxBytes: 64 * 1024,
};

export class CertDownloadError extends Error {
  override name = 'CertDownloadError';
}

/** Fetches a certificate chain that canonicalCertChainUrl has already accepted. */
export function downloadCertChain(
  url: string,
  { deadlineMs, maxBytes }: DownloadLimits = CERT_DOWNLOAD_LIMITS,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (error: Error | undefined, text = '') => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      if (error === undefined) {
        resolve(text);
        return;
      }
      // Frees the socket at once: a stalled server must not hold it past the deadline.
      request.destroy();
      reject(error);
    };
    const fail = (message: string) => settle(new CertDownloadError(message));
    const deadline = setTimeout(() => fail(`no answer within ${deadlineMs} ms`), deadlineMs);

    const request = https.get(url, (response) => {
      if (response.statusCode !== 200) {
        fail(`status ${response.statusCode}`);
        return;
      }
      if (Number(response.headers['content-length']) > maxBytes) {
        fail(`over ${maxBytes} bytes`);
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) fail(`over ${maxBytes} bytes`);
        else chunks.push(chunk);
      });
      response.on('end', () => settle(undefined, Buffer.concat(chunks).toString('utf8')));
      response.on('error', () => fail('response failed'));
      response.on('close', () => fail('closed before the end'));
    });
    request.on('error', () => fail('request failed'));
  });
}
