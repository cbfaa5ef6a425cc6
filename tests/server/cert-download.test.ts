import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CERT_DOWNLOAD_LIMITS,
  CertDownloadError,
  downloadCertChain,
} from '../../server/cert-download';
import { serveCertificateDownloads } from './support/cert-download';
import { within } from './support/spawn-server';

const URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem';
const LIMITS = { deadlineMs: 200, maxBytes: 1024 };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('downloadCertChain', () => {
  it('gives at most 3 s and 64 KiB to a download by default', () => {
    expect(CERT_DOWNLOAD_LIMITS).toEqual({ deadlineMs: 3_000, maxBytes: 64 * 1024 });
  });

  it('returns the body of a 200 answer', async () => {
    const downloads = serveCertificateDownloads('PEM');

    expect(await downloadCertChain(URL, LIMITS)).toBe('PEM');
    expect(downloads.requestedUrls).toEqual([URL]);
  });

  it('refuses any other status', async () => {
    serveCertificateDownloads(() => ({ status: 403, body: 'AccessDenied' }));

    await expect(downloadCertChain(URL, LIMITS)).rejects.toThrow(CertDownloadError);
  });

  it('refuses and abandons a body over the size cap', async () => {
    const downloads = serveCertificateDownloads('x'.repeat(LIMITS.maxBytes + 1));

    await expect(downloadCertChain(URL, LIMITS)).rejects.toThrow(/over 1024 bytes/);
    expect(downloads.abandoned()).toBe(1);
  });

  it('gives up on a download that never answers at its deadline, and frees it', async () => {
    const downloads = serveCertificateDownloads(() => 'never');
    const started = performance.now();

    const failure = await within(
      downloadCertChain(URL, LIMITS).catch((error: unknown) => error),
      2_000,
      'the download deadline',
    );

    expect(failure).toBeInstanceOf(CertDownloadError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(LIMITS.deadlineMs - 20);
    expect(downloads.abandoned()).toBe(1);
  });
});
