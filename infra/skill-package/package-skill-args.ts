import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { SkillIdSchema } from '../context';
import type { PolicyUrls } from './manifest';

export const LambdaArnSchema = z
  .string()
  .regex(
    /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$/,
    'must be a Lambda function ARN (arn:aws:lambda:<region>:<account>:function:<name>)',
  );

/** `cdk deploy --outputs-file` writes { <stackName>: { <outputKey>: <value> } }. */
const CdkOutputsSchema = z.record(z.string(), z.record(z.string(), z.string()));

/** A web page a reviewer and a user can open: http or https only. */
const WebUrlSchema = z.url({ protocol: /^https?$/ });

const EnvSchema = z.object({
  PRIVACY_POLICY_URL: WebUrlSchema.optional(),
  TERMS_URL: WebUrlSchema.optional(),
});

/** Privacy policy and terms URLs come from configuration only; empty means not configured. */
export function policyUrlsFromEnv(env: Record<string, string | undefined>): PolicyUrls {
  const parsed = EnvSchema.parse({
    PRIVACY_POLICY_URL: env.PRIVACY_POLICY_URL || undefined,
    TERMS_URL: env.TERMS_URL || undefined,
  });
  return {
    ...(parsed.PRIVACY_POLICY_URL ? { privacyPolicyUrl: parsed.PRIVACY_POLICY_URL } : {}),
    ...(parsed.TERMS_URL ? { termsOfUseUrl: parsed.TERMS_URL } : {}),
  };
}

export const USAGE = [
  'Usage: npm run package:skill -- (--arn <lambdaArn> | --outputs cdk-outputs.json)',
  '         (--privacy-policy-url <url> | --dev) [--terms-url <url>] [--skill-id <id>] [--out dist/skill-package]',
  '         [--name-free]  keep the name-free phrases: only once the skill is live (docs/deploying.md)',
  '  PRIVACY_POLICY_URL and TERMS_URL may stand in for the two URL flags.',
].join('\n');

export const MISSING_PRIVACY_POLICY_MESSAGE = [
  'No privacy policy URL: a skill package for certification needs one (Amazon asks health and',
  'fitness skills for a privacy policy even when nothing is stored).',
  'Publish docs/privacy-policy.md at a public address and pass it:',
  '  npm run package:skill -- --arn <lambdaArn> --privacy-policy-url https://…/privacy',
  '  (or set PRIVACY_POLICY_URL=https://…/privacy)',
  'For a development package that will not be submitted, add --dev instead.',
].join('\n');

export interface PackageSkillArgs {
  endpointArn: string;
  skillId?: string;
  outDir: string;
  urls: PolicyUrls;
  /** A development package: no privacy policy URL needed, not to be submitted for certification. */
  dev: boolean;
  /** Keep the models' name-free phrases, which Amazon takes only from a live skill. */
  nameFree: boolean;
}

function fromOutputsFile(path: string): { endpointArn: string; skillId?: string } {
  const outputs = CdkOutputsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const stacks = Object.entries(outputs).filter(([, values]) => values.FunctionArn !== undefined);
  const [only, ...others] = stacks;
  if (!only || others.length > 0) {
    throw new Error(
      `${path} must hold exactly one stack with a FunctionArn output; found ${stacks.length}. Pass --arn instead.`,
    );
  }
  const [, values] = only;
  return {
    endpointArn: LambdaArnSchema.parse(values.FunctionArn),
    ...(values.SkillId ? { skillId: SkillIdSchema.parse(values.SkillId) } : {}),
  };
}

function webUrl(flag: string, value: string | undefined): string | undefined {
  if (value === undefined || WebUrlSchema.safeParse(value).success) return value;
  throw new Error(`${flag} must be an http or https URL, not ${JSON.stringify(value)}`);
}

/**
 * Flags win over environment variables; the ARN comes from exactly one of --arn or --outputs.
 * Without a privacy policy URL it refuses, unless --dev asks for a development package.
 */
export function parsePackageSkillArgs(
  argv: string[],
  env: Record<string, string | undefined>,
): PackageSkillArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      arn: { type: 'string' },
      outputs: { type: 'string' },
      'skill-id': { type: 'string' },
      out: { type: 'string', default: 'dist/skill-package' },
      'privacy-policy-url': { type: 'string' },
      'terms-url': { type: 'string' },
      dev: { type: 'boolean', default: false },
      'name-free': { type: 'boolean', default: false },
    },
    strict: true,
  });
  if ((values.arn === undefined) === (values.outputs === undefined)) {
    throw new Error(`Give exactly one of --arn or --outputs.\n${USAGE}`);
  }
  const fromSource = values.arn
    ? { endpointArn: LambdaArnSchema.parse(values.arn) }
    : fromOutputsFile(values.outputs ?? '');
  const skillId = values['skill-id'] ? SkillIdSchema.parse(values['skill-id']) : fromSource.skillId;

  const envUrls = policyUrlsFromEnv(env);
  const privacyPolicyUrl = webUrl(
    '--privacy-policy-url',
    values['privacy-policy-url'] || envUrls.privacyPolicyUrl,
  );
  const termsOfUseUrl = webUrl('--terms-url', values['terms-url'] || envUrls.termsOfUseUrl);
  if (!privacyPolicyUrl && !values.dev) throw new Error(MISSING_PRIVACY_POLICY_MESSAGE);

  return {
    endpointArn: fromSource.endpointArn,
    ...(skillId ? { skillId } : {}),
    outDir: values.out,
    urls: {
      ...(privacyPolicyUrl ? { privacyPolicyUrl } : {}),
      ...(termsOfUseUrl ? { termsOfUseUrl } : {}),
    },
    dev: values.dev,
    nameFree: values['name-free'],
  };
}
