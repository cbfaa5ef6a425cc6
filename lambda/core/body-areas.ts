/** Where a user can be sore, and which training region each area belongs to (docs/rules.md). */
export const BODY_AREAS = [
  'legs',
  'calves',
  'glutes',
  'hips',
  'chest',
  'back',
  'shoulders',
  'arms',
  'neck',
  'core',
  'lower-back',
  'knee',
  'ankle',
  'elbow',
  'wrist',
  'shoulder-joint',
  'hip-joint',
  'achilles',
  'whole-body',
] as const;
export type BodyArea = (typeof BODY_AREAS)[number];

/** The regions a training plan alternates between (the article: "alternating between muscle groups"). */
export const TRAINING_REGIONS = ['lower-body', 'upper-body', 'core'] as const;
export type TrainingRegion = (typeof TRAINING_REGIONS)[number];

export type AreaRegion = TrainingRegion | 'whole-body';

export const AREA_REGION: Readonly<Record<BodyArea, AreaRegion>> = {
  legs: 'lower-body',
  calves: 'lower-body',
  glutes: 'lower-body',
  hips: 'lower-body',
  knee: 'lower-body',
  ankle: 'lower-body',
  achilles: 'lower-body',
  chest: 'upper-body',
  back: 'upper-body',
  shoulders: 'upper-body',
  arms: 'upper-body',
  neck: 'upper-body',
  elbow: 'upper-body',
  wrist: 'upper-body',
  'shoulder-joint': 'upper-body',
  'hip-joint': 'lower-body',
  core: 'core',
  'lower-back': 'core',
  'whole-body': 'whole-body',
};

/** Joints and tendons: pain here follows R3/R4, never the muscle-soreness rules (the article). */
export const JOINT_OR_TENDON_AREAS: ReadonlySet<BodyArea> = new Set([
  'knee',
  'ankle',
  'elbow',
  'wrist',
  'shoulder-joint',
  'hip-joint',
  'achilles',
]);

/**
 * The training regions whose sessions load an area. Squats, deadlifts and lunges load the lower
 * back as much as core work does, so a sore lower back is loaded by both; whole-body soreness
 * is loaded by everything.
 */
export function regionsLoading(area: BodyArea): readonly TrainingRegion[] {
  if (area === 'lower-back') return ['core', 'lower-body'];
  const region = AREA_REGION[area];
  return region === 'whole-body' ? TRAINING_REGIONS : [region];
}
