import type { SigningCertificate } from './cert-chain';

export interface CertCacheLimits {
  /** Validated chains kept; Alexa uses one URL at a time, and a few cover a rotation. */
  capacity: number;
  /** Distinct URLs being fetched at once; beyond that a request is refused, not queued. */
  maxLoading: number;
}

export const CERT_CACHE_LIMITS: Readonly<CertCacheLimits> = { capacity: 4, maxLoading: 8 };

export class CertCacheBusyError extends Error {
  override name = 'CertCacheBusyError';
}

export interface CertCache {
  /** The validated certificate for a canonical URL: from memory, or fetched and checked once. */
  get(canonicalUrl: string): Promise<SigningCertificate>;
  readonly size: number;
}

/**
 * Least-recently-used cache of validated signing certificates. Requests for a URL being fetched
 * share that fetch; a failed download or an invalid chain is never kept, so it cannot pin an
 * entry, and only what `load` accepted can evict a good certificate.
 */
export function createCertCache(
  load: (canonicalUrl: string) => Promise<SigningCertificate>,
  { capacity, maxLoading }: CertCacheLimits = CERT_CACHE_LIMITS,
  now: () => number = Date.now,
): CertCache {
  const cached = new Map<string, SigningCertificate>();
  const loading = new Map<string, Promise<SigningCertificate>>();

  const remember = (url: string, certificate: SigningCertificate) => {
    cached.set(url, certificate);
    for (const oldest of cached.keys()) {
      if (cached.size <= capacity) break;
      cached.delete(oldest);
    }
  };

  return {
    get size() {
      return cached.size;
    },
    get(url) {
      const hit = cached.get(url);
      if (hit !== undefined) {
        cached.delete(url);
        const time = now();
        if (hit.notBefore <= time && time <= hit.notAfter) {
          // Re-inserted last: Map order is the recency order.
          cached.set(url, hit);
          return Promise.resolve(hit);
        }
      }
      const pending = loading.get(url);
      if (pending !== undefined) return pending;
      if (loading.size >= maxLoading) {
        return Promise.reject(new CertCacheBusyError(`${maxLoading} downloads already running`));
      }
      const fetched = load(url).then((certificate) => {
        remember(url, certificate);
        return certificate;
      });
      loading.set(url, fetched);
      const forget = () => loading.delete(url);
      fetched.then(forget, forget);
      return fetched;
    },
  };
}
