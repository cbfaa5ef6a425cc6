import * as z from 'zod';

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

// ISO 8601 with a zone, as Alexa sends it: Date.parse alone would take "1" or "March 7", and a
// time without a zone would be read in this server's own.
const IsoTimestampSchema = z.iso.datetime({ offset: true });

export function isTimestampInWindow(
  request: { type: string; timestamp: string },
  now: number,
): boolean {
  if (!IsoTimestampSchema.safeParse(request.timestamp).success) return false;
  const age = now - Date.parse(request.timestamp);
  const pastTolerance = SKILL_EVENTS.has(request.type)
    ? SKILL_EVENT_TOLERANCE_MS
    : TIMESTAMP_TOLERANCE_MS;
  // Written so that NaN, from a date the format allows but the calendar does not, is outside.
  return age <= pastTolerance && age >= -TIMESTAMP_TOLERANCE_MS;
}
