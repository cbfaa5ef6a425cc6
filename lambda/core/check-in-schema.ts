// zod/mini keeps the bundle small: the classic API adds about 60 KB and load time.
import * as z from 'zod/mini';
import { BODY_AREAS } from './body-areas';
import { FEELS, HYDRATION_LEVELS, PLANNED_FOCUSES, RED_FLAGS } from './check-in';

/*
 * The check-in as callers of the core may check it. The skill never does (it builds one from the
 * checked session draft), so this file is not in the core's index: importing it would bring zod
 * into every chunk of the Lambda that uses the core.
 */
export const SorenessSchema = z.object({
  area: z.enum(BODY_AREAS),
  feel: z.enum(FEELS),
  severity: z.int().check(z.gte(0), z.lte(10)),
  days: z.optional(z.int().check(z.gte(0))),
  limitsMovement: z.optional(z.boolean()),
  worsening: z.optional(z.boolean()),
});

export const CheckInSchema = z.object({
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
});
