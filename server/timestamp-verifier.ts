import type { Verifier } from 'ask-sdk-express-adapter';
import * as z from 'zod';
import { RefusedError } from './refusals';

/**
 * Alexa's rule: |now - timestamp| <= 150 s. It limits replays of captured requests, and a
 * request stamped later than that is no more Alexa's than one stamped earlier.
 */
export const TIMESTAMP_TOLERANCE_MS = 150_000;
/** Skill events may be delivered late: Amazon allows them an hour in the past, not the future. */
export const SKILL_EVENT_TOLERANCE_MS = 3_600_000;

const SKILL_EVENTS: ReadonlySet<string> = new Set([
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillPermissionChanged',
  'AlexaSkillEvent.SkillPermissionAccepted',
  'AlexaSkillEvent.SkillAccountLinked',
]);

const StampedSchema = z.object({
  request: z.object({
    type: z.string().optional(),
    // ISO 8601 with a zone, as Alexa sends it: Date.parse alone would take "1" or "March 7",
    // and a time without a zone would be read in this server's own.
    timestamp: z.iso.datetime({ offset: true }),
  }),
});

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new RefusedError('verification-failed');
  }
}

export function timestampVerifier(now: () => number = Date.now): Verifier {
  return {
    async verify(body) {
      const stamped = StampedSchema.safeParse(parseJson(body));
      if (!stamped.success) throw new RefusedError('timestamp');
      const { type = '', timestamp } = stamped.data.request;
      const age = now() - Date.parse(timestamp);
      const pastTolerance = SKILL_EVENTS.has(type)
        ? SKILL_EVENT_TOLERANCE_MS
        : TIMESTAMP_TOLERANCE_MS;
      // Written so that NaN, from a date the format allows but the calendar does not, refuses.
      if (!(age <= pastTolerance && age >= -TIMESTAMP_TOLERANCE_MS)) {
        throw new RefusedError('timestamp');
      }
    },
  };
}
