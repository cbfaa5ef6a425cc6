import * as z from 'zod/mini';

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
    // ask-sdk verifies only the context's id; a session naming another skill is not ours either.
    z.refine(
      (envelope) =>
        !envelope.session ||
        envelope.session.application.applicationId ===
          envelope.context.System.application.applicationId,
      { message: 'application ids differ', path: ['session', 'application', 'applicationId'] },
    ),
  );

/**
 * A short reason naming the failing field paths, never their values; or that the request is for
 * another skill, which ask-sdk would refuse too, but without a line in this skill's log.
 */
export function rejectionReason(envelope: unknown, skillId: string): string | undefined {
  const parsed = RequestEnvelopeSchema.safeParse(envelope);
  if (!parsed.success) {
    return parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`)
      .join('; ');
  }
  return parsed.data.context.System.application.applicationId === skillId
    ? undefined
    : 'context.System.application.applicationId: another skill';
}
