import { describe, expect, it } from 'vitest';
import { CERT_CACHE_LIMITS, CertCacheBusyError, createCertCache } from '../../server/cert-cache';
import type { SigningCertificate } from '../../server/cert-chain';
import { createSigningIdentity } from './support/certificates';

const { privateKey } = createSigningIdentity();
const certificate: SigningCertificate = {
  publicKey: privateKey,
  notBefore: 0,
  notAfter: Number.POSITIVE_INFINITY,
};
const url = (n: number) => `https://s3.amazonaws.com/echo.api/cert-${n}.pem`;

/** A loader that records what it was asked for and answers when told to. */
function manualLoader() {
  const asked: string[] = [];
  const pending: { resolve: (value: SigningCertificate) => void; reject: (e: Error) => void }[] =
    [];
  const load = (requested: string) => {
    asked.push(requested);
    return new Promise<SigningCertificate>((resolve, reject) => {
      pending.push({ resolve, reject });
    });
  };
  return { asked, pending, load };
}

const instantLoader = () => {
  const asked: string[] = [];
  const load = async (requested: string) => {
    asked.push(requested);
    return certificate;
  };
  return { asked, load };
};

describe('createCertCache', () => {
  it('keeps four certificates and lets eight downloads run by default', () => {
    expect(CERT_CACHE_LIMITS).toEqual({ capacity: 4, maxLoading: 8 });
  });

  it('loads a URL once and answers again from memory', async () => {
    const loader = instantLoader();
    const cache = createCertCache(loader.load);

    await cache.get(url(1));
    await cache.get(url(1));

    expect(loader.asked).toEqual([url(1)]);
  });

  it('shares one load among requests that arrive while it runs', async () => {
    const loader = manualLoader();
    const cache = createCertCache(loader.load);

    const all = Promise.all(Array.from({ length: 50 }, () => cache.get(url(1))));
    loader.pending[0]?.resolve(certificate);

    expect(await all).toHaveLength(50);
    expect(loader.asked).toEqual([url(1)]);
  });

  it('holds at most its capacity, dropping the least recently used', async () => {
    const loader = instantLoader();
    const cache = createCertCache(loader.load, { capacity: 2, maxLoading: 8 });

    await cache.get(url(1));
    await cache.get(url(2));
    await cache.get(url(1)); // now 2 is the least recently used
    await cache.get(url(3));
    await cache.get(url(1));
    await cache.get(url(2));

    expect(cache.size).toBe(2);
    expect(loader.asked).toEqual([url(1), url(2), url(3), url(2)]);
  });

  it('stays bounded however many URLs come by', async () => {
    const loader = instantLoader();
    const cache = createCertCache(loader.load);

    for (let n = 0; n < 1_000; n += 1) await cache.get(url(n));

    expect(cache.size).toBe(CERT_CACHE_LIMITS.capacity);
  });

  it('never keeps a failed load: the next request tries again', async () => {
    const loader = manualLoader();
    const cache = createCertCache(loader.load);

    const first = cache.get(url(1));
    loader.pending[0]?.reject(new Error('download failed'));
    await expect(first).rejects.toThrow('download failed');
    const second = cache.get(url(1));
    loader.pending[1]?.resolve(certificate);

    await expect(second).resolves.toBe(certificate);
    expect(loader.asked).toEqual([url(1), url(1)]);
    expect(cache.size).toBe(1);
  });

  it('refuses at once, without loading, while its download slots are full', async () => {
    const loader = manualLoader();
    const cache = createCertCache(loader.load, { capacity: 4, maxLoading: 2 });

    const running = [cache.get(url(1)), cache.get(url(2))];
    await expect(cache.get(url(3))).rejects.toThrow(CertCacheBusyError);
    // Joining a running download takes no slot.
    const joined = cache.get(url(1));
    for (const { resolve } of loader.pending) resolve(certificate);
    await Promise.all([...running, joined]);
    const third = cache.get(url(3));
    loader.pending[2]?.resolve(certificate);
    await third;

    expect(loader.asked).toEqual([url(1), url(2), url(3)]);
  });

  it('always has room for a reserved URL, and it takes no slot from the others', async () => {
    const loader = manualLoader();
    const cache = createCertCache(loader.load, {
      capacity: 4,
      maxLoading: 2,
      reservedUrls: [url(0)],
    });

    const running = [cache.get(url(1)), cache.get(url(2))];
    const reserved = cache.get(url(0));
    await expect(cache.get(url(3))).rejects.toThrow(CertCacheBusyError);
    loader.pending[2]?.resolve(certificate);

    await expect(reserved).resolves.toBe(certificate);
    expect(loader.asked).toEqual([url(1), url(2), url(0)]);
    for (const { resolve } of loader.pending) resolve(certificate);
    await Promise.all(running);
  });

  it('gives a URL whose chain once validated the reserved room too: a rotation is kept', async () => {
    const loader = manualLoader();
    const expiring = { ...certificate, notAfter: 2_000 };
    let now = 1_000;
    const cache = createCertCache(loader.load, { capacity: 4, maxLoading: 1 }, () => now);

    const first = cache.get(url(5));
    loader.pending[0]?.resolve(expiring);
    await first;
    now = 2_001;
    const junk = cache.get(url(1));
    const again = cache.get(url(5));
    loader.pending[2]?.resolve(certificate);

    await expect(again).resolves.toBe(certificate);
    expect(loader.asked).toEqual([url(5), url(1), url(5)]);
    loader.pending[1]?.resolve(certificate);
    await junk;
  });

  it('loads a certificate again once the cached one has expired', async () => {
    let now = 1_000;
    const shortLived = { ...certificate, notAfter: 2_000 };
    const asked: string[] = [];
    const cache = createCertCache(
      async (requested) => {
        asked.push(requested);
        return shortLived;
      },
      CERT_CACHE_LIMITS,
      () => now,
    );

    await cache.get(url(1));
    now = 2_001;
    await cache.get(url(1));

    expect(asked).toEqual([url(1), url(1)]);
  });
});
