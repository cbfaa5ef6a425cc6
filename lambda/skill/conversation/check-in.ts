import {
  type Advice,
  adviseTraining,
  type CheckIn,
  JOINT_OR_TENDON_AREAS,
  type Soreness,
} from '../../core';
import type { Draft, SoreArea } from './state';

/** Joint and tendon pain follows the same rules whatever it feels like, so we never ask. */
export function feelMatters(area: SoreArea): boolean {
  return !JOINT_OR_TENDON_AREAS.has(area.area);
}

export function isComplete(area: SoreArea): boolean {
  return area.severity !== undefined && (area.feel !== undefined || !feelMatters(area));
}

/** The engine's input from what has been answered; incomplete areas are left out. */
export function toCheckIn(draft: Draft): CheckIn {
  const soreness: Soreness[] = [];
  for (const area of draft.areas) {
    if (area.severity === undefined || !isComplete(area)) continue;
    soreness.push({
      area: area.area,
      // For joints the feel changes nothing; "sharp" is the safer reading (DESIGN.md §2).
      feel: area.feel ?? 'sharp',
      severity: area.severity,
      ...(draft.days !== undefined && { days: draft.days }),
      ...(draft.limitsMovement !== undefined && { limitsMovement: draft.limitsMovement }),
      ...(draft.worsening !== undefined && { worsening: draft.worsening }),
    });
  }
  return {
    soreness,
    ...(draft.redFlags !== undefined && { redFlags: draft.redFlags }),
    ...(draft.sleepHours !== undefined && { sleepHours: draft.sleepHours }),
    ...(draft.hydration !== undefined && { hydration: draft.hydration }),
    ...(draft.plannedFocus !== undefined && { plannedFocus: draft.plannedFocus }),
    ...(draft.alwaysSore !== undefined && { alwaysSore: draft.alwaysSore }),
  };
}

/** The last draft advised on; one slot is enough, since a turn asks about one draft at a time. */
let lastAdvised: { draft: Draft; advice: Advice } | undefined;

/**
 * The engine's advice on a draft. One turn asks for it up to three times on the same draft
 * (next question, the advice spoken, the follow-up); drafts are replaced, never mutated, so it
 * is worked out once per draft: less work and garbage per warm turn (docs/performance.md).
 * A one-slot cache rather than a WeakMap: with a WeakMap the warm loop's RSS measured about
 * 10 MiB higher.
 */
export function adviceFor(draft: Draft): Advice {
  if (lastAdvised?.draft === draft) return lastAdvised.advice;
  const advice = adviseTraining(toCheckIn(draft));
  lastAdvised = { draft, advice };
  return advice;
}
