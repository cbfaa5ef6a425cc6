import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { SKILL_ID_FORMAT } from '../../lambda/skill-id';
import { SkillIdSchema } from '../context';
import type { PolicyUrls } from './manifest';

const LAMBDA_ARN_FORM = 'arn:aws:lambda:<region>:<account>:function:<name>';
const A_LAMBDA_ARN = `a Lambda function ARN (${LAMBDA_ARN_FORM})`;
const A_SKILL_ID = `a skill id (${SKILL_ID_FORMAT})`;
const AN_HTTPS_URL = 'an https:// URL';

export const LambdaArnSchema = z
  .string()
  .regex(
    /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$/,
    `must be ${A_LAMBDA_ARN}`,
  );

/** The file the deploy steps in README.md and docs/deploying.md write. */
export const DEFAULT_OUTPUTS_FILE = 'cdk-outputs.json';

/** `cdk deploy --outputs-file` writes { <stackName>: { <outputKey>: <value> } }. */
const CdkOutputsSchema = z.record(z.string(), z.record(z.string(), z.string()));

const CdkOutputsFileSchema = z
  .string()
  .transform((text, context): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      context.addIssue({ code: 'custom', message: 'not JSON' });
      return z.NEVER;
    }
  })
  .pipe(CdkOutputsSchema);

/**
 * A web page a reviewer and a user can open, over https only: a policy page served over plain
 * http can be altered on its way to the reader.
 */
const WebUrlSchema = z.url({ protocol: /^https$/ });

/**
 * `value` checked against `schema`, or one plain sentence naming where it came from and what
 * is expected: zod's own message is a JSON list of issues, which reads like a crash.
 */
function parseOption<T>(schema: z.ZodType<T>, value: unknown, source: string, expected: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new Error(`${source} must be ${expected}, not ${JSON.stringify(value)}.`);
}

function webUrl(source: string, value: string | undefined): string | undefined {
  return value === undefined ? undefined : parseOption(WebUrlSchema, value, source, AN_HTTPS_URL);
}

/** Privacy policy and terms URLs come from configuration only; empty means not configured. */
export function policyUrlsFromEnv(env: Record<string, string | undefined>): PolicyUrls {
  const privacyPolicyUrl = webUrl('PRIVACY_POLICY_URL', env.PRIVACY_POLICY_URL || undefined);
  const termsOfUseUrl = webUrl('TERMS_URL', env.TERMS_URL || undefined);
  return {
    ...(privacyPolicyUrl ? { privacyPolicyUrl } : {}),
    ...(termsOfUseUrl ? { termsOfUseUrl } : {}),
  };
}

export const USAGE = [
  `Usage: npm run package:skill -- [--arn <lambdaArn> | --outputs ${DEFAULT_OUTPUTS_FILE}]`,
  '         (--privacy-policy-url <url> | --dev) [--terms-url <url>] [--skill-id <id>] [--out dist/skill-package]',
  '         [--name-free]  keep the name-free phrases: only once the skill is live (docs/deploying.md)',
  `  Without --arn or --outputs, ./${DEFAULT_OUTPUTS_FILE} is read when it exists.`,
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

export const MISSING_ENDPOINT_MESSAGE = [
  `No endpoint: pass --arn <FunctionArn> or --outputs <file>, or run it where the ${DEFAULT_OUTPUTS_FILE}`,
  `written by \`npx cdk deploy … --outputs-file ${DEFAULT_OUTPUTS_FILE}\` is.`,
  'A development package (--dev) may go without one.',
].join('\n');

export interface PackageSkillArgs {
  /** Absent only in a development package written before the stack was deployed. */
  endpointArn?: string;
  skillId?: string;
  outDir: string;
  urls: PolicyUrls;
  /** A development package: no privacy policy URL needed, not to be submitted for certification. */
  dev: boolean;
  /** Keep the models' name-free phrases, which Amazon takes only from a live skill. */
  nameFree: boolean;
}

interface EndpointSource {
  endpointArn?: string;
  skillId?: string;
}

function fromOutputsFile(path: string): EndpointSource {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`Cannot read ${path}: pass the file \`cdk deploy --outputs-file\` wrote.`);
  }
  const outputs = parseOption(
    CdkOutputsFileSchema,
    text,
    path,
    'the JSON `cdk deploy --outputs-file` writes ({ "<stack>": { "<output>": "<value>" } })',
  );
  const stacks = Object.entries(outputs).filter(([, values]) => values.FunctionArn !== undefined);
  const [only, ...others] = stacks;
  if (!only || others.length > 0) {
    throw new Error(
      `${path} must hold exactly one stack with a FunctionArn output; found ${stacks.length}. Pass --arn instead.`,
    );
  }
  const [, values] = only;
  const inFile = (output: string) => `The ${output} output in ${path}`;
  return {
    endpointArn: parseOption(
      LambdaArnSchema,
      values.FunctionArn,
      inFile('FunctionArn'),
      A_LAMBDA_ARN,
    ),
    ...(values.SkillId
      ? { skillId: parseOption(SkillIdSchema, values.SkillId, inFile('SkillId'), A_SKILL_ID) }
      : {}),
  };
}

/** --arn, else --outputs, else ./cdk-outputs.json when it is there (what the deploy step wrote). */
function endpointSource(
  values: { arn?: string | undefined; outputs?: string | undefined },
  cwd: string,
): EndpointSource {
  if (values.arn !== undefined && values.outputs !== undefined) {
    throw new Error(`Give exactly one of --arn or --outputs.\n${USAGE}`);
  }
  if (values.arn !== undefined) {
    return { endpointArn: parseOption(LambdaArnSchema, values.arn, '--arn', A_LAMBDA_ARN) };
  }
  if (values.outputs !== undefined) return fromOutputsFile(values.outputs);
  const found = join(cwd, DEFAULT_OUTPUTS_FILE);
  return existsSync(found) ? fromOutputsFile(found) : {};
}

/**
 * Flags win over environment variables. Without a privacy policy URL, or without an endpoint,
 * it refuses, unless --dev asks for a development package.
 */
export function parsePackageSkillArgs(
  argv: string[],
  env: Record<string, string | undefined>,
  options: { cwd?: string } = {},
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
  const fromSource = endpointSource(values, options.cwd ?? process.cwd());
  const skillId = values['skill-id']
    ? parseOption(SkillIdSchema, values['skill-id'], '--skill-id', A_SKILL_ID)
    : fromSource.skillId;

  const envUrls = policyUrlsFromEnv(env);
  const privacyPolicyUrl = webUrl(
    '--privacy-policy-url',
    values['privacy-policy-url'] || envUrls.privacyPolicyUrl,
  );
  const termsOfUseUrl = webUrl('--terms-url', values['terms-url'] || envUrls.termsOfUseUrl);
  if (!fromSource.endpointArn && !values.dev) throw new Error(MISSING_ENDPOINT_MESSAGE);
  if (!privacyPolicyUrl && !values.dev) throw new Error(MISSING_PRIVACY_POLICY_MESSAGE);

  return {
    ...(fromSource.endpointArn ? { endpointArn: fromSource.endpointArn } : {}),
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
