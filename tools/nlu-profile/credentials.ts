import * as z from 'zod';

/** What the profiler needs, all from the environment: nothing is read from a file or a flag. */
const CredentialsSchema = z.object({
  LWA_CLIENT_ID: z.string().min(1),
  LWA_CLIENT_SECRET: z.string().min(1),
  LWA_REFRESH_TOKEN: z.string().min(1),
  SKILL_ID: z.string().regex(/^amzn1\.ask\.skill\.[0-9a-f-]+$/, 'must be amzn1.ask.skill.…'),
  SKILL_STAGE: z.enum(['development', 'live', 'certification']).default('development'),
});

export type Credentials = z.infer<typeof CredentialsSchema>;

export const CREDENTIALS_HELP = [
  'The Utterance Profiler needs a Login with Amazon security profile and the skill:',
  '  LWA_CLIENT_ID, LWA_CLIENT_SECRET  the security profile (developer console → Security Profiles)',
  '  LWA_REFRESH_TOKEN                 from `ask util generate-lwa-tokens --client-id … --client-confirmation …`',
  '  SKILL_ID                          amzn1.ask.skill.…, the skill whose model is profiled',
  '  SKILL_STAGE                       optional: development (the default), certification or live',
  'See docs/nlu-profiling.md.',
].join('\n');

/** The credentials, or the problems with them, each naming the variable and never its value. */
export function readCredentials(
  env: Record<string, string | undefined>,
): { ok: true; credentials: Credentials } | { ok: false; problems: string[] } {
  const parsed = CredentialsSchema.safeParse({
    LWA_CLIENT_ID: env.LWA_CLIENT_ID || undefined,
    LWA_CLIENT_SECRET: env.LWA_CLIENT_SECRET || undefined,
    LWA_REFRESH_TOKEN: env.LWA_REFRESH_TOKEN || undefined,
    SKILL_ID: env.SKILL_ID || undefined,
    SKILL_STAGE: env.SKILL_STAGE || undefined,
  });
  if (parsed.success) return { ok: true, credentials: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return env[name] ? `${name}: ${issue.message}` : `${name} is not set`;
  });
  return { ok: false, problems };
}
