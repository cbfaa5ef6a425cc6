// The targets of issue 6, checked against a run. A miss is reported, never a failure:
// this is a benchmark; the byte budget in tests/bench is the guard.

export const TARGETS = {
  coldRatio: 1.1,
  bundleBytes: 120_000,
  warmP99Us: 100,
  /** Half of Lambda's 128 MB (MiB, as Lambda counts), leaving room for the runtime's buffers. */
  rssBytes: 64 * 1024 * 1024,
} as const;

export type TargetKind = keyof typeof TARGETS;

export interface TargetCheck {
  name: string;
  kind: TargetKind;
  value: number;
  limit: number;
  met: boolean;
}

export function checkTarget(name: string, kind: TargetKind, value: number): TargetCheck {
  return { name, kind, value, limit: TARGETS[kind], met: value <= TARGETS[kind] };
}
