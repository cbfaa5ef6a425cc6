import * as z from 'zod';
import {
  BODY_AREAS,
  FEELS,
  HYDRATION_LEVELS,
  PLANNED_FOCUSES,
  RED_FLAGS,
  RULE_IDS,
  VERDICTS,
} from '../../core';

export const QUESTIONS = [
  'area',
  'feel',
  'severity',
  'days',
  'limits',
  'redFlags',
  'redFlagWhich',
  'sleep',
  'hydration',
] as const;
export type Question = (typeof QUESTIONS)[number];

export const SLEEP_QUALITIES = ['good', 'poor'] as const;

const SoreAreaSchema = z.strictObject({
  area: z.enum(BODY_AREAS),
  feel: z.enum(FEELS).optional(),
  severity: z.number().int().min(0).max(10).optional(),
});

/** What the user has told us so far; fields stay undefined until answered. */
export const DraftSchema = z.strictObject({
  areas: z.array(SoreAreaSchema).max(4),
  notSore: z.boolean().optional(),
  days: z.number().int().min(0).max(365).optional(),
  limitsMovement: z.boolean().optional(),
  worsening: z.boolean().optional(),
  /** Undefined until asked or volunteered; [] once the user said there are none. */
  redFlags: z.array(z.enum(RED_FLAGS)).max(RED_FLAGS.length).optional(),
  hardSession: z.boolean().optional(),
  sleepHours: z.number().min(0).max(24).optional(),
  sleepQuality: z.enum(SLEEP_QUALITIES).optional(),
  hydration: z.enum(HYDRATION_LEVELS).optional(),
  plannedFocus: z.enum(PLANNED_FOCUSES).optional(),
  alwaysSore: z.boolean().optional(),
  skipped: z.array(z.enum(QUESTIONS)).max(QUESTIONS.length),
});
export type Draft = z.infer<typeof DraftSchema>;
export type SoreArea = z.infer<typeof SoreAreaSchema>;

export const ConversationSchema = z.strictObject({
  draft: DraftSchema,
  /** The question the last response asked, so a bare answer ("five") can be placed. */
  pending: z.enum(QUESTIONS).nullable(),
  /** Failed answers to `pending`; two re-asks at most, then the check ends gracefully. */
  failures: z.number().int().min(0).max(3),
  adviceGiven: z.boolean(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

/** What Repeat needs, and what tests read: the advice as data plus the words spoken. */
export const LastAdviceSchema = z.strictObject({
  verdict: z.enum(VERDICTS),
  urgent: z.boolean(),
  rules: z.array(z.enum(RULE_IDS)).max(RULE_IDS.length),
  suggestions: z.array(z.string().max(40)).max(20),
  speech: z.string().max(4000),
  cardTitle: z.string().max(200),
  cardText: z.string().max(4000),
});
export type LastAdvice = z.infer<typeof LastAdviceSchema>;

/** Bumped whenever the shape changes, so an old session starts over instead of misreading. */
export const STATE_VERSION = 1;

export const SessionAttributesSchema = z.strictObject({
  v: z.literal(STATE_VERSION),
  conversation: ConversationSchema.optional(),
  lastAdvice: LastAdviceSchema.optional(),
});
export type SessionAttributes = z.infer<typeof SessionAttributesSchema>;

export function emptyDraft(): Draft {
  return { areas: [], skipped: [] };
}

export function freshConversation(): Conversation {
  return { draft: emptyDraft(), pending: null, failures: 0, adviceGiven: false };
}
