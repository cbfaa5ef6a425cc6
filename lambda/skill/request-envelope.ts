import { isRequestEnvelopeShape } from './boundary/generated/is-request-envelope-shape';
import { sameApplication } from './boundary/same-application';
import type { RequestEnvelopeChecked } from './boundary/schemas';

/** The envelope's shape and its one refinement, which JSON Schema cannot say. */
export const isRequestEnvelope = (value: unknown): value is RequestEnvelopeChecked =>
  isRequestEnvelopeShape(value) && sameApplication(value);

/**
 * A short reason naming the failing field paths, never their values; or that the request is for
 * another skill, which ask-sdk would refuse too, but without a line in this skill's log. The
 * generated check answers every request; zod, which can say why, is loaded only for a refusal.
 */
export async function rejectionReason(
  envelope: unknown,
  skillId: string,
): Promise<string | undefined> {
  if (!isRequestEnvelope(envelope)) {
    const { RequestEnvelopeSchema } = await import('./boundary/schemas');
    const parsed = RequestEnvelopeSchema.safeParse(envelope);
    // Held equal by tests/skill/boundary-checks.test.ts; were they not, still refuse.
    if (parsed.success) return 'the envelope check and its schema disagree';
    return parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`)
      .join('; ');
  }
  return envelope.context.System.application.applicationId === skillId
    ? undefined
    : 'context.System.application.applicationId: another skill';
}
