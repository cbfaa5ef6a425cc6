import type * as z from 'zod/mini';
import type { CheckInSchema, SorenessSchema } from './check-in-schema';

export const FEELS = ['dull', 'sharp'] as const;
export const RED_FLAGS = [
  'dark-urine',
  'chest-pain',
  'dizziness',
  'breathless',
  'numbness',
  'swelling',
  'fever',
  'cannot-move',
] as const;
export const PLANNED_FOCUSES = ['upper-body', 'lower-body', 'core', 'full-body', 'cardio'] as const;
export const HYDRATION_LEVELS = ['good', 'low'] as const;

export type Soreness = z.infer<typeof SorenessSchema>;
export type CheckIn = z.infer<typeof CheckInSchema>;
export type Feel = (typeof FEELS)[number];
export type RedFlag = (typeof RED_FLAGS)[number];
export type PlannedFocus = (typeof PLANNED_FOCUSES)[number];
export type Hydration = (typeof HYDRATION_LEVELS)[number];
