// Order statistics for the benchmark's samples.

function sorted(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new Error('no samples');
  return [...samples].sort((a, b) => a - b);
}

export function median(samples: readonly number[]): number {
  const ordered = sorted(samples);
  const middle = Math.floor(ordered.length / 2);
  const upper = ordered[middle] ?? Number.NaN;
  if (ordered.length % 2 === 1) return upper;
  return ((ordered[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** Nearest-rank percentile: the smallest sample with at least p % of samples at or below it. */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside (0, 100]`);
  const ordered = sorted(samples);
  return ordered[Math.ceil((p / 100) * ordered.length) - 1] ?? Number.NaN;
}

export function mean(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('no samples');
  return samples.reduce((sum, sample) => sum + sample, 0) / samples.length;
}
