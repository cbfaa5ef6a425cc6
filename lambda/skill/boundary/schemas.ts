/**
 * The one definition of every shape that reaches the skill from outside: the Lambda's
 * environment, the request envelope, a slot, a tap on the screen, and the session attributes
 * the skill wrote on the turn before. The Lambda checks them with the code
 * tools/boundary-checks generates from these schemas (generated/), so zod is not
 * loaded to answer a request; zod itself runs them only to say why an envelope was refused.
 * tests/skill/boundary-checks.test.ts holds the generated checks and these schemas equal.
 */
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
import { SKILL_ID_PATTERN } from '../../skill-id';
import { QUESTIONS, SLEEP_QUALITIES, STATE_VERSION, UNCLEAR_WORDS } from '../conversation/state';
import { sameApplication } from './same-application';

/** The Lambda's configuration: it answers only the skill it was deployed for. */
export const EnvironmentSchema = z.object({
  SKILL_ID: z.string().check(z.regex(SKILL_ID_PATTERN)),
});
export type Environment = z.infer<typeof EnvironmentSchema>;

/** The envelope fields the skill and ask-sdk rely on; checked before any handler runs. */
const id = () => z.string().check(z.minLength(1), z.maxLength(200));

export const RequestEnvelopeSchema = z
  .object({
    version: z.literal('1.0'),
    session: z.optional(
      z.object({
        new: z.boolean(),
        sessionId: id(),
        application: z.object({ applicationId: id() }),
        attributes: z.optional(z.record(z.string(), z.unknown())),
      }),
    ),
    context: z.object({
      System: z.object({ application: z.object({ applicationId: id() }) }),
    }),
    request: z.object({
      type: z.string().check(z.minLength(1), z.maxLength(100)),
      requestId: id(),
      timestamp: z.string().check(z.minLength(1), z.maxLength(40)),
      locale: z.optional(z.string().check(z.regex(/^[a-z]{2}-[A-Z]{2}$/))),
    }),
  })
  .check(
    z.refine(sameApplication, {
      message: 'application ids differ',
      path: ['session', 'application', 'applicationId'],
    }),
  );
export type RequestEnvelopeChecked = z.infer<typeof RequestEnvelopeSchema>;

/** The parts of an Alexa slot the skill relies on; anything else in it is ignored. */
export const SlotSchema = z.object({
  value: z.optional(z.string()),
  resolutions: z.optional(
    z.object({
      resolutionsPerAuthority: z.optional(
        z.array(
          z.object({
            status: z.object({ code: z.string() }),
            values: z.optional(z.array(z.object({ value: z.object({ id: z.string() }) }))),
          }),
        ),
      ),
    }),
  ),
});
export type Slot = z.infer<typeof SlotSchema>;

/** What a choice on screen sends: ["answer", question, answer id]. */
export const ANSWER_EVENT = 'answer';
export const TapArgumentsSchema = z.tuple([
  z.literal(ANSWER_EVENT),
  z.enum(QUESTIONS),
  z.string().check(z.maxLength(40)),
]);
export type TapArguments = z.infer<typeof TapArgumentsSchema>;

export const SoreAreaSchema = z.strictObject({
  area: z.enum(BODY_AREAS),
  feel: z.optional(z.enum(FEELS)),
  /** The feel stayed unclear and was read as sharp: the speech must say so, not claim it. */
  feelAssumed: z.optional(z.boolean()),
  severity: z.optional(z.int().check(z.gte(0), z.lte(10))),
  /** Said with a word that needs one clarifying question; until answered, the safer reading. */
  unclear: z.optional(z.enum(UNCLEAR_WORDS)),
});

/** What the user has told us so far; fields stay undefined until answered. */
export const DraftSchema = z.strictObject({
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
});
export type Draft = z.infer<typeof DraftSchema>;
export type SoreArea = z.infer<typeof SoreAreaSchema>;

export const ConversationSchema = z.strictObject({
  draft: DraftSchema,
  /** The question the last response asked, so a bare answer ("five") can be placed. */
  pending: z.nullable(z.enum(QUESTIONS)),
  /** A second question asked in the same breath ("how bad, and for how many days?"). */
  companion: z.optional(z.enum(QUESTIONS)),
  /** Failed answers to `pending`; two re-asks at most, then the check ends gracefully. */
  failures: z.int().check(z.gte(0), z.lte(3)),
  adviceGiven: z.boolean(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

/** The advice given, as data: Repeat and the screen render it again, tests read it. */
export const LastAdviceSchema = z.strictObject({
  verdict: z.enum(VERDICTS),
  urgent: z.boolean(),
  rules: z.array(z.enum(RULE_IDS)).check(z.maxLength(RULE_IDS.length)),
  suggestions: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20)),
});
export type LastAdvice = z.infer<typeof LastAdviceSchema>;

/** The session state, as the skill writes it at the end of every turn. */
export const SessionAttributesSchema = z.strictObject({
  v: z.literal(STATE_VERSION),
  conversation: z.optional(ConversationSchema),
  lastAdvice: z.optional(LastAdviceSchema),
});
export type SessionAttributes = z.infer<typeof SessionAttributesSchema>;
