import type { SigningCertificate } from './cert-chain';

export interface CertCacheLimits {
  /** Validated chains kept; Alexa uses one URL at a time, and a few cover a rotation. */
  capacity: number;
  /** Distinct URLs being fetched at once; beyond that a request is refused, not queued. */
  maxLoading: number;
}

export const CERT_CACHE_LIMITS: Readonly<CertCacheLimits> = { capacity: 4, maxLoading: 8 };

export interface CertCacheOptions extends CertCacheLimits {
  /**
   * Amazon's own certificate URLs: their downloads never wait for a free slot and never take
   * one, so junk filling the slots cannot lock out the requests that matter. URLs whose chain
   * once validated join them, up to `capacity`, so a rotated certificate keeps the same room.
   */
  reservedUrls?: readonly string[];
}

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
  { capacity, maxLoading, reservedUrls = [] }: CertCacheOptions = CERT_CACHE_LIMITS,
  now: () => number = Date.now,
): CertCache {
  const cached = new Map<string, SigningCertificate>();
  const loading = new Map<string, Promise<SigningCertificate>>();
  const configured = new Set(reservedUrls);
  // Only a chain that validated gets here, and none can be forged: it costs an attacker a
  // genuine Amazon certificate. Bounded all the same, oldest first out.
  const proven = new Set<string>();
  let unreservedLoading = 0;
  const isReserved = (url: string) => configured.has(url) || proven.has(url);
  const prove = (url: string) => {
    proven.delete(url);
    proven.add(url);
    for (const oldest of proven) {
      if (proven.size <= capacity) break;
      proven.delete(oldest);
    }
  };

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
      const reserved = isReserved(url);
      if (!reserved && unreservedLoading >= maxLoading) {
        return Promise.reject(new CertCacheBusyError(`${maxLoading} downloads already running`));
      }
      const fetched = load(url).then((certificate) => {
        remember(url, certificate);
        prove(url);
        return certificate;
      });
      loading.set(url, fetched);
      if (!reserved) unreservedLoading += 1;
      const forget = () => {
        loading.delete(url);
        if (!reserved) unreservedLoading -= 1;
      };
      fetched.then(forget, forget);
      return fetched;
    },
  };
}
