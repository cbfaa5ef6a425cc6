import type { BodyArea, CheckIn, Soreness } from '../../lambda/core';

type Extra = Partial<Omit<Soreness, 'area' | 'feel' | 'severity'>>;

/** A dull ache or stiffness in one area. */
export function ache(area: BodyArea, severity: number, extra: Extra = {}): Soreness {
  return { area, feel: 'dull', severity, ...extra };
}

/** Sharp, stabbing or pinpoint pain in one area. */
export function sharp(area: BodyArea, severity: number, extra: Extra = {}): Soreness {
  return { area, feel: 'sharp', severity, ...extra };
}

export function checkIn(soreness: Soreness[], rest: Omit<CheckIn, 'soreness'> = {}): CheckIn {
  return { soreness, ...rest };
}
