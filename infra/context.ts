import * as z from 'zod';
import { SKILL_ID_FORMAT, SKILL_ID_PATTERN } from '../lambda/skill-id';

export const SkillIdSchema = z
  .string()
  .regex(SKILL_ID_PATTERN, `must look like ${SKILL_ID_FORMAT}`);

const SecretNameSchema = z.string().min(1);

/**
 * How many copies of the function may run at once, when the deployer asks for a cap
 * (`-c reservedConcurrency=N`). Unreserved by default: AWS keeps 100 concurrent executions
 * unreserved in every account, so reserving any number needs a quota above 100, and new
 * accounts often start with a quota of 10, where a default reservation would fail the first
 * deploy. "none" is accepted too, for deploy commands written when 10 was the default.
 */
const ReservedConcurrencySchema = z.union([
  z.literal('none'),
  z.coerce.number().int().min(1).max(1000),
]);

const RawContextSchema = z.object({
  skillId: SkillIdSchema.optional(),
  alarmEmail: z.email().optional(),
  reservedConcurrency: ReservedConcurrencySchema.optional(),
  vendorId: z.string().min(1).optional(),
  lwaClientIdSecret: SecretNameSchema.optional(),
  lwaClientSecretSecret: SecretNameSchema.optional(),
  lwaRefreshTokenSecret: SecretNameSchema.optional(),
});

/** Everything needed for the stack to create the skill itself through Alexa::ASK::Skill. */
export interface SkillDeploymentContext {
  vendorId: string;
  lwaClientIdSecret: string;
  lwaClientSecretSecret: string;
  lwaRefreshTokenSecret: string;
}

export interface StackContext {
  /** Absent only on the first deploy of the CfnSkill route, when the skill does not exist yet. */
  skillId?: string;
  alarmEmail?: string;
  skillDeployment?: SkillDeploymentContext;
  /** Concurrent executions reserved (and so capped) for the function; undefined: unreserved. */
  reservedConcurrency?: number;
}

const SKILL_DEPLOYMENT_KEYS = [
  'vendorId',
  'lwaClientIdSecret',
  'lwaClientSecretSecret',
  'lwaRefreshTokenSecret',
] as const;

export const MISSING_SKILL_ID_MESSAGE = [
  'Missing skill id: the invoke permission and the runtime check both need it.',
  'Pass it as CDK context, e.g.',
  '  npx cdk deploy -c skillId=amzn1.ask.skill.xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
  'Find it in the Alexa developer console (Your Skills > Copy Skill ID) or with `ask smapi list-skills-for-vendor`.',
  'To let this stack create the skill instead, pass -c vendorId=… -c lwaClientIdSecret=… -c lwaClientSecretSecret=… -c lwaRefreshTokenSecret=… (see docs/deploying.md).',
].join('\n');

/**
 * Parses the CDK context values this app reads. `lookup` is `node.tryGetContext`:
 * values from `-c key=value` arrive as strings, so zod is the only gate.
 */
export function readStackContext(lookup: (key: string) => unknown): StackContext {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(RawContextSchema.shape)) {
    const value = lookup(key);
    // `-c key=` yields an empty string; treat it as not given rather than as an invalid value.
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = RawContextSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Invalid CDK context:\n${z.prettifyError(parsed.error)}`);
  }
  const context = parsed.data;

  const given = SKILL_DEPLOYMENT_KEYS.filter((key) => context[key] !== undefined);
  if (given.length > 0 && given.length < SKILL_DEPLOYMENT_KEYS.length) {
    const missing = SKILL_DEPLOYMENT_KEYS.filter((key) => context[key] === undefined);
    throw new Error(
      `Deploying the skill itself needs all of ${SKILL_DEPLOYMENT_KEYS.join(', ')}; missing: ${missing.join(', ')}.`,
    );
  }
  const {
    vendorId,
    lwaClientIdSecret,
    lwaClientSecretSecret,
    lwaRefreshTokenSecret,
    skillId,
    alarmEmail,
    reservedConcurrency,
  } = context;
  const skillDeployment =
    vendorId && lwaClientIdSecret && lwaClientSecretSecret && lwaRefreshTokenSecret
      ? { vendorId, lwaClientIdSecret, lwaClientSecretSecret, lwaRefreshTokenSecret }
      : undefined;

  if (!skillId && !skillDeployment) throw new Error(MISSING_SKILL_ID_MESSAGE);
  return {
    ...(skillId ? { skillId } : {}),
    ...(alarmEmail ? { alarmEmail } : {}),
    ...(skillDeployment ? { skillDeployment } : {}),
    ...(reservedConcurrency === undefined || reservedConcurrency === 'none'
      ? {}
      : { reservedConcurrency }),
  };
}
