import type { Verifier } from 'ask-sdk-express-adapter';
import * as z from 'zod';
import { RefusedError } from './refusals';

/** Alexa's rule for a request's age; it limits replays of captured requests. */
export const TIMESTAMP_TOLERANCE_MS = 150_000;
/** Skill events may be delivered late: Amazon allows them an hour. */
export const SKILL_EVENT_TOLERANCE_MS = 3_600_000;

const SKILL_EVENTS: ReadonlySet<string> = new Set([
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillPermissionChanged',
  'AlexaSkillEvent.SkillPermissionAccepted',
  'AlexaSkillEvent.SkillAccountLinked',
]);

const StampedSchema = z.object({
  request: z.object({ type: z.string().optional(), timestamp: z.string().min(1) }),
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
      const age = now() - new Date(timestamp).getTime();
      const tolerance = SKILL_EVENTS.has(type) ? SKILL_EVENT_TOLERANCE_MS : TIMESTAMP_TOLERANCE_MS;
      if (age > tolerance) throw new RefusedError('timestamp');
    },
  };
}
