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
  // Beside dark urine, a sore area named but not yet rated is muscle pain all the same (R1 needs
  // no more): asking how it feels or how bad it is would only delay urgent advice.
  const darkUrine = draft.redFlags?.includes('dark-urine') === true;
  for (const area of draft.areas) {
    // A chest waiting for the chest question is not yet soreness: the answer may be a warning sign.
    if (area.unclear === 'chest') continue;
    const severity = area.severity ?? (darkUrine ? 1 : undefined);
    if (severity === undefined || (!isComplete(area) && !darkUrine)) continue;
    soreness.push({
      area: area.area,
      // For joints the feel changes nothing; "sharp" is the safer reading (docs/rules.md).
      feel: area.feel ?? 'sharp',
      severity,
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
    ...(draft.warningSignReported && { warningSignReported: true }),
    ...(draft.warningSignsUnclear && { warningSignsUnclear: true }),
  };
}

/**
 * The engine's advice on what has been answered so far. Worked out once per turn and passed
 * along, never cached in the module: a module-level cache would keep one user's health answers
 * in the warm process after their session ends (docs/privacy-policy.md).
 */
export function adviceFor(draft: Draft): Advice {
  return adviseTraining(toCheckIn(draft));
}
