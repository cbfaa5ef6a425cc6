/** Chooses among phrasings; injected so tests can pin the choice and production can vary it. */
export type PickVariant = (count: number) => number;

export const randomVariant: PickVariant = (count) => Math.floor(Math.random() * count);

export const firstVariant: PickVariant = () => 0;

export function pick<T>(choose: PickVariant, options: readonly [T, ...T[]]): T {
  const index = Math.min(Math.max(Math.trunc(choose(options.length)), 0), options.length - 1);
  return options[index] ?? options[0];
}
