import * as z from 'zod';
import { LOCAL_SKILL_ID } from '../lambda/skill';
import { SKILL_ID_FORMAT, SKILL_ID_PATTERN } from '../lambda/skill-id';

/** The only value that turns verification off; anything else set here is a mistake, not a wish. */
export const SKIP_VERIFICATION_CONSENT = 'I_UNDERSTAND';
export const DEV_INSECURE_FLAG = '--dev-insecure';

/**
 * Where an unverified server may listen. Only exact names: "loopback-looking" addresses such as
 * 0.0.0.0 or a host name that merely starts with 127.0.0.1 reach other machines.
 */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', '::1', 'localhost']);

export interface ServerConfig {
  port: number;
  host: string;
  skillId: string;
  devInsecure: boolean;
  /** Fetch Amazon's signing certificate at start-up; off only where nothing may go out then. */
  prefetchCertificate: boolean;
}

const SkillIdSchema = z
  .string()
  .regex(SKILL_ID_PATTERN, `SKILL_ID must look like ${SKILL_ID_FORMAT}`);

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  // Loopback by default: TLS terminates at a proxy in front, never in this process.
  HOST: z.string().min(1).default('127.0.0.1'),
  SKILL_ID: SkillIdSchema.optional(),
  ALEXA_SKIP_VERIFICATION: z
    .literal(SKIP_VERIFICATION_CONSENT, {
      error: `ALEXA_SKIP_VERIFICATION accepts only ${SKIP_VERIFICATION_CONSENT}; unset it to keep verification on`,
    })
    .optional(),
  CERT_PREFETCH: z.enum(['on', 'off'], { error: 'CERT_PREFETCH accepts on or off' }).default('on'),
});

const ArgsSchema = z.array(
  z.literal(DEV_INSECURE_FLAG, { error: `the only accepted argument is ${DEV_INSECURE_FLAG}` }),
);

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseServerConfig(
  env: Record<string, string | undefined>,
  args: readonly string[],
): ServerConfig {
  const parsedEnv = EnvSchema.safeParse(withoutEmptyValues(env));
  if (!parsedEnv.success) throw new ConfigError(z.prettifyError(parsedEnv.error));
  const parsedArgs = ArgsSchema.safeParse(args);
  if (!parsedArgs.success) throw new ConfigError(z.prettifyError(parsedArgs.error));

  const { PORT, HOST, SKILL_ID, ALEXA_SKIP_VERIFICATION, CERT_PREFETCH } = parsedEnv.data;
  const devInsecure =
    parsedArgs.data.includes(DEV_INSECURE_FLAG) ||
    ALEXA_SKIP_VERIFICATION === SKIP_VERIFICATION_CONSENT;
  if (!devInsecure && SKILL_ID === undefined) {
    throw new ConfigError(
      `SKILL_ID is required (or run with ${DEV_INSECURE_FLAG} for local development)`,
    );
  }
  if (devInsecure && !LOOPBACK_HOSTS.has(HOST.toLowerCase())) {
    throw new ConfigError(
      `verification off is only allowed on a loopback HOST (${[...LOOPBACK_HOSTS].join(', ')}); ` +
        `HOST is ${HOST}`,
    );
  }
  return {
    port: PORT,
    host: HOST,
    skillId: SKILL_ID ?? LOCAL_SKILL_ID,
    devInsecure,
    // Development mode checks no signature, so it has no certificate to fetch.
    prefetchCertificate: CERT_PREFETCH === 'on' && !devInsecure,
  };
}

/** `FOO=` in a shell or .env file means "not set", not "set to the empty string". */
function withoutEmptyValues(env: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
}
