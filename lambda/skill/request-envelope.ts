import * as z from 'zod';

/** The envelope fields the skill and ask-sdk rely on; checked before any handler runs. */
export const RequestEnvelopeSchema = z.object({
  version: z.literal('1.0'),
  session: z
    .object({
      new: z.boolean(),
      sessionId: z.string().min(1).max(200),
      application: z.object({ applicationId: z.string().min(1).max(200) }),
      attributes: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
  context: z.object({
    System: z.object({
      application: z.object({ applicationId: z.string().min(1).max(200) }),
    }),
  }),
  request: z.object({
    type: z.string().min(1).max(100),
    requestId: z.string().min(1).max(200),
    timestamp: z.string().min(1).max(40),
    locale: z
      .string()
      .regex(/^[a-z]{2}-[A-Z]{2}$/)
      .optional(),
  }),
});

/** A short reason naming the failing field paths, never their values. */
export function rejectionReason(envelope: unknown): string | undefined {
  const parsed = RequestEnvelopeSchema.safeParse(envelope);
  if (parsed.success) return undefined;
  return parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`)
    .join('; ');
}
