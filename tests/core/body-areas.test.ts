import { describe, expect, it } from 'vitest';
import {
  AREA_REGION,
  type AreaRegion,
  BODY_AREAS,
  type BodyArea,
  JOINT_OR_TENDON_AREAS,
  regionsLoading,
  TRAINING_REGIONS,
  type TrainingRegion,
} from '../../lambda/core';

/** docs/rules.md, "Body areas and regions", written out by hand. */
const EXPECTED_REGION: Readonly<Record<BodyArea, AreaRegion>> = {
  legs: 'lower-body',
  calves: 'lower-body',
  glutes: 'lower-body',
  hips: 'lower-body',
  knee: 'lower-body',
  ankle: 'lower-body',
  achilles: 'lower-body',
  'hip-joint': 'lower-body',
  chest: 'upper-body',
  back: 'upper-body',
  shoulders: 'upper-body',
  arms: 'upper-body',
  neck: 'upper-body',
  elbow: 'upper-body',
  wrist: 'upper-body',
  'shoulder-joint': 'upper-body',
  core: 'core',
  'lower-back': 'core',
  'whole-body': 'whole-body',
};

const EXPECTED_JOINTS: readonly BodyArea[] = [
  'knee',
  'ankle',
  'achilles',
  'hip-joint',
  'elbow',
  'wrist',
  'shoulder-joint',
];

describe('body areas', () => {
  it('every area has the region docs/rules.md gives it', () => {
    expect(AREA_REGION).toEqual(EXPECTED_REGION);
    expect([...BODY_AREAS].sort()).toEqual(Object.keys(EXPECTED_REGION).sort());
  });

  it('the joints and tendons are exactly the documented ones, the hip joint included', () => {
    expect([...JOINT_OR_TENDON_AREAS].sort()).toEqual([...EXPECTED_JOINTS].sort());
    expect(JOINT_OR_TENDON_AREAS.has('hip-joint')).toBe(true);
    expect(JOINT_OR_TENDON_AREAS.has('hips')).toBe(false);
  });
});

describe('regionsLoading', () => {
  it('the lower back is loaded by core and lower-body sessions', () => {
    expect(regionsLoading('lower-back')).toEqual(['core', 'lower-body']);
  });

  it('whole-body soreness is loaded by every region', () => {
    expect([...regionsLoading('whole-body')].sort()).toEqual([...TRAINING_REGIONS].sort());
  });

  it.each(
    BODY_AREAS.filter((area) => area !== 'lower-back' && area !== 'whole-body').map((area) => [
      area,
      EXPECTED_REGION[area] as TrainingRegion,
    ]),
  )('%s is loaded by its own region only (%s)', (area, region) => {
    expect(regionsLoading(area)).toEqual([region]);
  });

  it('every area is loaded by its own region', () => {
    for (const area of BODY_AREAS) {
      const region = AREA_REGION[area];
      if (region !== 'whole-body') expect(regionsLoading(area)).toContain(region);
    }
  });
});
