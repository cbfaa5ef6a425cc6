/*
 * Mutations of a JSON-like value at one path, for property tests that start from valid samples
 * and make them a little wrong (tests/skill/boundary-checks.test.ts, tests/reliability/).
 */

export type Path = Array<string | number>;

/** Every path to a value inside `value`, the root included; array indices as numbers. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths = [prefix];
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      paths.push(...pathsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key]));
    }
  }
  return paths;
}

export function valueAt(value: unknown, path: Readonly<Path>): unknown {
  return path.reduce<unknown>(
    (inner, key) => (inner as Record<string | number, unknown> | undefined)?.[key],
    value,
  );
}

export type Mutation =
  | { kind: 'delete' }
  | { kind: 'set'; value: unknown }
  | { kind: 'add'; key: string }
  | { kind: 'pad'; items: number };

/**
 * A copy of `sample` with the value at `path` deleted (an array's item taken out), replaced,
 * given a key it does not have (a list, one item more), or a list padded with copies of its
 * last item. At the root only a replacement changes anything.
 */
export function mutated(sample: unknown, path: Readonly<Path>, mutation: Mutation): unknown {
  const copy = structuredClone(sample);
  if (path.length === 0) return mutation.kind === 'set' ? mutation.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (mutation.kind === 'set') {
    parent[last] = mutation.value;
  } else if (mutation.kind === 'pad') {
    // One or more copies of a list's own last item: past a bound, whatever the items are.
    const target = parent[last];
    if (Array.isArray(target) && target.length > 0) {
      for (let copy = 0; copy < mutation.items; copy++) target.push(structuredClone(target.at(-1)));
    }
  } else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
      (target as Record<string, unknown>)[mutation.key] = 'extra';
    } else if (Array.isArray(target)) {
      target.push(target[0] ?? 'extra');
    }
  }
  return copy;
}
