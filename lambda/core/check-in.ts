import * as z from 'zod';
import { BODY_AREAS } from './body-areas';

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

export const SorenessSchema = z.object({
  area: z.enum(BODY_AREAS),
  feel: z.enum(FEELS),
  severity: z.number().int().min(0).max(10),
  days: z.number().int().min(0).optional(),
  limitsMovement: z.boolean().optional(),
  worsening: z.boolean().optional(),
});

export const CheckInSchema = z.object({
  soreness: z.array(SorenessSchema),
  redFlags: z.array(z.enum(RED_FLAGS)).optional(),
  sleepHours: z.number().min(0).max(24).optional(),
  hydration: z.enum(HYDRATION_LEVELS).optional(),
  plannedFocus: z.enum(PLANNED_FOCUSES).optional(),
  /** "I'm always sore" / sore after most sessions (M4). */
  alwaysSore: z.boolean().optional(),
});

export type Soreness = z.infer<typeof SorenessSchema>;
export type CheckIn = z.infer<typeof CheckInSchema>;
export type Feel = (typeof FEELS)[number];
export type RedFlag = (typeof RED_FLAGS)[number];
export type PlannedFocus = (typeof PLANNED_FOCUSES)[number];
export type Hydration = (typeof HYDRATION_LEVELS)[number];
