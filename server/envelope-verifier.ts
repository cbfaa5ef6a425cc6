import type { Verifier } from 'ask-sdk-express-adapter';
import { RequestEnvelopeSchema } from '../lambda/skill/boundary/schemas';
import { RefusedError } from './refusals';
import { isTimestampInWindow } from './timestamp-window';

export interface EnvelopeChecks {
  /** The skill this server answers; another's request is refused here, logged once. */
  skillId: string;
  /** Off only in development mode, with the signature check. */
  timestamp: boolean;
  now?: () => number;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new RefusedError('verification-failed');
  }
}

const isTimestampPath = (path: readonly PropertyKey[]) =>
  path.length === 2 && path[0] === 'request' && path[1] === 'timestamp';

/**
 * Checks the body with the skill's own envelope schema before the skill is invoked. The skill
 * would refuse a malformed envelope too, but by throwing: the adapter answered 500 and the
 * failure was logged twice, once by the skill and once here. A missing or out-of-window timestamp
 * on an otherwise sound envelope keeps its own reason.
 */
export function envelopeVerifier({ skillId, timestamp, now = Date.now }: EnvelopeChecks): Verifier {
  return {
    async verify(body) {
      const parsed = RequestEnvelopeSchema.safeParse(parseJson(body));
      if (!parsed.success) {
        const onlyTimestamp = parsed.error.issues.every((issue) => isTimestampPath(issue.path));
        throw new RefusedError(timestamp && onlyTimestamp ? 'timestamp' : 'malformed-envelope');
      }
      if (timestamp && !isTimestampInWindow(parsed.data.request, now())) {
        throw new RefusedError('timestamp');
      }
      if (parsed.data.context.System.application.applicationId !== skillId) {
        throw new RefusedError('wrong-skill');
      }
    },
  };
}
