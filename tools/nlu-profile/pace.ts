/**
 * Runs the calls one after another, at most `perSecond` a second: the profiler is Amazon's
 * service, shared with every other developer, and throttles bursts.
 */
export async function paced<T, R>(
  items: readonly T[],
  perSecond: number,
  call: (item: T, index: number) => Promise<R>,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms)),
  now: () => number = () => Date.now(),
): Promise<R[]> {
  const gap = 1000 / perSecond;
  const results: R[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const [index, item] of items.entries()) {
    const wait = last + gap - now();
    if (wait > 0) await sleep(wait);
    last = now();
    results.push(await call(item, index));
  }
  return results;
}
