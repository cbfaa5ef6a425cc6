import { AREA_REGION, JOINT_OR_TENDON_AREAS, type TrainingRegion } from '../body-areas';
import type { Soreness } from '../check-in';
import { type SeverityBand, severityBand } from '../verdict-ladder';

/** Sharp pain anywhere, or any pain in a joint or tendon: R3/R4 territory (the article). */
export function isSharpOrJointPain(entry: Soreness): boolean {
  return entry.feel === 'sharp' || JOINT_OR_TENDON_AREAS.has(entry.area);
}

/** Dull ache or stiffness of a muscle at the given band: R5–R9 territory (the article). */
export function isMuscleAche(entry: Soreness, band: SeverityBand): boolean {
  return !isSharpOrJointPain(entry) && severityBand(entry.severity) === band;
}

/** The training region of a moderate muscle ache in one region (not whole body), if it is one. */
export function moderateAcheRegion(entry: Soreness): TrainingRegion | undefined {
  const region = AREA_REGION[entry.area];
  return isMuscleAche(entry, 'moderate') && region !== 'whole-body' ? region : undefined;
}
