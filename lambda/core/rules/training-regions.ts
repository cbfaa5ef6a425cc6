import {
  type BodyArea,
  regionsLoading,
  TRAINING_REGIONS,
  type TrainingRegion,
} from '../body-areas';
import type { PlannedFocus, Soreness } from '../check-in';
import { severityBand } from '../verdict-ladder';
import { isSharpOrJointPain } from './soreness-kinds';

/**
 * Which regions a plan loads. Running and cycling load the legs (and through them the knee,
 * ankle and Achilles), so cardio is lower body; whole-body soreness is loaded by every plan.
 */
const PLAN_REGIONS: Readonly<Record<PlannedFocus, readonly TrainingRegion[]>> = {
  'upper-body': ['upper-body'],
  'lower-body': ['lower-body'],
  core: ['core'],
  'full-body': TRAINING_REGIONS,
  cardio: ['lower-body'],
};

/**
 * True when a session of this plan would load the area (a sore lower back and deadlifts). The
 * lower back is loaded by squats, deadlifts, lunges and core work, not by running or cycling.
 */
export function planLoadsArea(focus: PlannedFocus, area: BodyArea): boolean {
  if (focus === 'cardio' && area === 'lower-back') return false;
  const planned = PLAN_REGIONS[focus];
  return regionsLoading(area).some((region) => planned.includes(region));
}

/** Where to train instead, best first (the article: lower ↔ upper body or core; core → upper or lower). */
export const TRAIN_INSTEAD_ORDER: Readonly<Record<TrainingRegion, readonly TrainingRegion[]>> = {
  'lower-body': ['upper-body', 'core'],
  'upper-body': ['lower-body', 'core'],
  core: ['upper-body', 'lower-body'],
};

/**
 * An area that should not be trained today: moderate or worse, any sharp or joint pain, or
 * movement limits. Mild dull soreness does not count: gentle work eases it (the article, R9).
 */
function keepsRegionFromTraining(entry: Soreness): boolean {
  const band = severityBand(entry.severity);
  return (
    band === 'moderate' ||
    band === 'severe' ||
    (band === 'mild' && isSharpOrJointPain(entry)) ||
    entry.limitsMovement === true
  );
}

/** The training regions some sore area keeps off limits: every region whose plans load it. */
export function blockedRegions(soreness: readonly Soreness[]): ReadonlySet<TrainingRegion> {
  const blocked = new Set<TrainingRegion>();
  for (const entry of soreness.filter(keepsRegionFromTraining)) {
    for (const region of regionsLoading(entry.area)) blocked.add(region);
  }
  return blocked;
}
