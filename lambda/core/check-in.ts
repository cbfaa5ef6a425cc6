// zod/mini keeps the Lambda bundle small: the classic API adds about 60 KB and load time.
import * as z from 'zod/mini';
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

/*
 * The skill never parses a CheckIn (it builds one from the parsed session draft); only the
 * tests and other callers of the core do. Built in pure-annotated closures so that esbuild
 * leaves them out of the Lambda bundle instead of constructing them at every cold start
 * (zod's own `@__NO_SIDE_EFFECTS__` marks do not survive the namespace import).
 */
export const SorenessSchema = /* @__PURE__ */ (() =>
  z.object({
    area: z.enum(BODY_AREAS),
    feel: z.enum(FEELS),
    severity: z.int().check(z.gte(0), z.lte(10)),
    days: z.optional(z.int().check(z.gte(0))),
    limitsMovement: z.optional(z.boolean()),
    worsening: z.optional(z.boolean()),
  }))();

export const CheckInSchema = /* @__PURE__ */ (() =>
  z.object({
    soreness: z.array(SorenessSchema),
    redFlags: z.optional(z.array(z.enum(RED_FLAGS))),
    sleepHours: z.optional(z.number().check(z.gte(0), z.lte(24))),
    hydration: z.optional(z.enum(HYDRATION_LEVELS)),
    plannedFocus: z.optional(z.enum(PLANNED_FOCUSES)),
    /** "I'm always sore" / sore after most sessions (M4). */
    alwaysSore: z.optional(z.boolean()),
    /** "Yes" to the safety question without saying which sign: an R1 warning sign all the same. */
    warningSignReported: z.optional(z.boolean()),
    /** The safety question answered "I don't know", skipped or unclear (S1). */
    warningSignsUnclear: z.optional(z.boolean()),
  }))();

export type Soreness = z.infer<typeof SorenessSchema>;
export type CheckIn = z.infer<typeof CheckInSchema>;
export type Feel = (typeof FEELS)[number];
export type RedFlag = (typeof RED_FLAGS)[number];
export type PlannedFocus = (typeof PLANNED_FOCUSES)[number];
export type Hydration = (typeof HYDRATION_LEVELS)[number];
