import * as z from 'zod/mini';
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
  /** "Chest muscles from training, or pain, pressure or tightness inside your chest?" */
  'chest',
  /** "In the joint itself, or the muscle around it?" for a singular shoulder or hip. */
  'site',
  'sleep',
  'hydration',
] as const;
export type Question = (typeof QUESTIONS)[number];

export const SLEEP_QUALITIES = ['good', 'poor'] as const;

/*
 * Every schema here is wrapped in z.lazy so that it is built on its first parse, not at module
 * load: a LaunchRequest, the usual cold start, never reads a session. Measured by
 * `npm run bench`: about 1.5 ms less `require` (docs/performance.md).
 */
/** Words that may name a joint or a muscle, or (chest) a muscle or something inside. */
export const UNCLEAR_WORDS = ['shoulder', 'hip', 'chest'] as const;
export type UnclearWord = (typeof UNCLEAR_WORDS)[number];

const SoreAreaSchema = z.lazy(() =>
  z.strictObject({
    area: z.enum(BODY_AREAS),
    feel: z.optional(z.enum(FEELS)),
    /** The feel stayed unclear and was read as sharp: the speech must say so, not claim it. */
    feelAssumed: z.optional(z.boolean()),
    severity: z.optional(z.int().check(z.gte(0), z.lte(10))),
    /** Said with a word that needs one clarifying question; until answered, the safer reading. */
    unclear: z.optional(z.enum(UNCLEAR_WORDS)),
  }),
);

/** What the user has told us so far; fields stay undefined until answered. */
export const DraftSchema = z.lazy(() =>
  z.strictObject({
    areas: z.array(SoreAreaSchema).check(z.maxLength(4)),
    notSore: z.optional(z.boolean()),
    days: z.optional(z.int().check(z.gte(0), z.lte(365))),
    limitsMovement: z.optional(z.boolean()),
    worsening: z.optional(z.boolean()),
    /** Undefined until asked or volunteered; [] once the user said there are none. */
    redFlags: z.optional(z.array(z.enum(RED_FLAGS)).check(z.maxLength(RED_FLAGS.length))),
    /** "Yes" to the safety question, with or without naming the sign. */
    warningSignReported: z.optional(z.boolean()),
    /** The safety question answered "I don't know", skipped or unclear. */
    warningSignsUnclear: z.optional(z.boolean()),
    hardSession: z.optional(z.boolean()),
    /**
     * Some answer in the check was not understood (a re-ask, a fallback, words no answer could
     * place): a red flag may have gone unheard, so the safety question is asked before advice.
     */
    misheard: z.optional(z.boolean()),
    /** The re-asks ran out: once the safety question is answered, general advice, no verdict. */
    gaveUp: z.optional(z.boolean()),
    sleepHours: z.optional(z.number().check(z.gte(0), z.lte(24))),
    sleepQuality: z.optional(z.enum(SLEEP_QUALITIES)),
    hydration: z.optional(z.enum(HYDRATION_LEVELS)),
    plannedFocus: z.optional(z.enum(PLANNED_FOCUSES)),
    alwaysSore: z.optional(z.boolean()),
    skipped: z.array(z.enum(QUESTIONS)).check(z.maxLength(QUESTIONS.length)),
  }),
);
export type Draft = z.infer<typeof DraftSchema>;
export type SoreArea = z.infer<typeof SoreAreaSchema>;

export const ConversationSchema = z.lazy(() =>
  z.strictObject({
    draft: DraftSchema,
    /** The question the last response asked, so a bare answer ("five") can be placed. */
    pending: z.nullable(z.enum(QUESTIONS)),
    /** A second question asked in the same breath ("how bad, and for how many days?"). */
    companion: z.optional(z.enum(QUESTIONS)),
    /** Failed answers to `pending`; two re-asks at most, then the check ends gracefully. */
    failures: z.int().check(z.gte(0), z.lte(3)),
    adviceGiven: z.boolean(),
  }),
);
export type Conversation = z.infer<typeof ConversationSchema>;

/** The advice given, as data: Repeat and the screen render it again, tests read it. */
export const LastAdviceSchema = z.lazy(() =>
  z.strictObject({
    verdict: z.enum(VERDICTS),
    urgent: z.boolean(),
    rules: z.array(z.enum(RULE_IDS)).check(z.maxLength(RULE_IDS.length)),
    suggestions: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20)),
  }),
);
export type LastAdvice = z.infer<typeof LastAdviceSchema>;

/** Bumped whenever the shape changes, so an old session starts over instead of misreading. */
export const STATE_VERSION = 4;

export const SessionAttributesSchema = z.lazy(() =>
  z.strictObject({
    v: z.literal(STATE_VERSION),
    conversation: z.optional(ConversationSchema),
    lastAdvice: z.optional(LastAdviceSchema),
  }),
);
export type SessionAttributes = z.infer<typeof SessionAttributesSchema>;

export function emptyDraft(): Draft {
  return { areas: [], skipped: [] };
}

export function freshConversation(): Conversation {
  return { draft: emptyDraft(), pending: null, failures: 0, adviceGiven: false };
}
