// The targets, checked against a run. A miss is reported, never a failure: this is a
// benchmark; the byte budget in tests/bench is the guard. Cold starts are ratios from one run
// (paired processes), never absolute times, which depend on the machine.

export const TARGETS = {
  /** LaunchRequest against bare Node printing a canned response. */
  coldLaunchRatio: 1.12,
  /** LaunchRequest against the ask-sdk hello-world skill, bundled the same way. */
  coldLaunchVsHello: 1.02,
  /** The LaunchRequest of a device with a screen (Echo Show), against bare Node. */
  coldScreenLaunchRatio: 1.15,
  /** A mid-conversation turn, session state to check, against bare Node. */
  coldTurnRatio: 1.3,
  /** The entry file, and the largest file of the bundle (tests/bench/bundle-size.test.ts). */
  entryBytes: 32_000,
  fileBytes: 100_000,
  warmP99Us: 220,
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
