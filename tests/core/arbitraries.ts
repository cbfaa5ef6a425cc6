import fc from 'fast-check';
import {
  BODY_AREAS,
  type CheckIn,
  FEELS,
  HYDRATION_LEVELS,
  PLANNED_FOCUSES,
  RED_FLAGS,
  type Soreness,
} from '../../lambda/core';

/** Seeded so a failure reproduces; 500 runs each as the issue asks. */
export const PROPERTY_RUNS = { seed: 20_261_125, numRuns: 500 } as const;

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

export const severityArb = fc.integer({ min: 0, max: 10 });
export const daysArb = fc.nat({ max: 30 });
export const sleepArb = fc.double({ min: 0, max: 24, noNaN: true });
export const redFlagArb = fc.constantFrom(...RED_FLAGS);

export const sorenessArb: fc.Arbitrary<Soreness> = fc.record(
  {
    area: fc.constantFrom(...BODY_AREAS),
    feel: fc.constantFrom(...FEELS),
    severity: severityArb,
    days: optional(daysArb),
    limitsMovement: optional(fc.boolean()),
    worsening: optional(fc.boolean()),
  },
  { requiredKeys: ['area', 'feel', 'severity'] },
);

const checkInWith = (minAreas: number): fc.Arbitrary<CheckIn> =>
  fc.record(
    {
      soreness: fc.array(sorenessArb, { minLength: minAreas, maxLength: 4 }),
      redFlags: fc.array(redFlagArb, { maxLength: 3 }),
      sleepHours: sleepArb,
      hydration: fc.constantFrom(...HYDRATION_LEVELS),
      plannedFocus: fc.constantFrom(...PLANNED_FOCUSES),
      alwaysSore: fc.boolean(),
    },
    { requiredKeys: ['soreness'] },
  );

export const checkInArb = checkInWith(0);

/** A check-in with at least one sore area, and the index of one of them. */
export const checkInWithAreaArb = checkInWith(1).chain((input) =>
  fc.tuple(fc.constant(input), fc.nat({ max: input.soreness.length - 1 })),
);
