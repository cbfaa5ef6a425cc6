// The targets of issue 6, checked against a run. A miss is reported, never a failure:
// this is a benchmark; the byte budget in tests/bench is the guard.

export const TARGETS = {
  coldRatio: 1.1,
  bundleBytes: 120_000,
  warmP99Us: 100,
  rssBytes: 64 * 1024 * 1024,
} as const;

export interface TargetCheck {
  name: string;
  value: number;
  limit: number;
  met: boolean;
}

export function checkTargets(figures: {
  coldRatio: number;
  bundleBytes: number;
  warmP99Us: number;
  rssBytes: number;
}): TargetCheck[] {
  return (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).map((name) => ({
    name,
    value: figures[name],
    limit: TARGETS[name],
    met: figures[name] <= TARGETS[name],
  }));
}
