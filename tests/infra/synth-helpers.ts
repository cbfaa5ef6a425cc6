import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { vi } from 'vitest';
import * as z from 'zod';
import { buildApp } from '../../infra/build-app';
import { buildSkill } from '../../lambda/skill';
import { ANSWER_INTENTS } from '../../lambda/skill/conversation-handlers';
import type { Answer } from '../../lambda/skill/handlers/answer-handler';
import { firstVariant } from '../../lambda/skill/speech/variants';
import { AlexaSession, SKILL_ID as FIXTURE_SKILL_ID, match } from '../skill/alexa';

export const PROJECT_ROOT = join(__dirname, '..', '..');
export const SKILL_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
export const SKILL_DEPLOYMENT_CONTEXT = {
  vendorId: 'M1EXAMPLEVENDOR',
  lwaClientIdSecret: 'soreness-coach/lwa-client-id',
  lwaClientSecretSecret: 'soreness-coach/lwa-client-secret',
  lwaRefreshTokenSecret: 'soreness-coach/lwa-refresh-token',
};

/** Removes the temporary cloud assembly CDK synthesised an app into (an App without outdir). */
export function removeAssembly(app: App): void {
  if (app.outdir.startsWith(join(tmpdir(), 'cdk.out'))) {
    rmSync(app.outdir, { recursive: true, force: true });
  }
}

export function synthTemplate(
  context: Record<string, string>,
  env: Record<string, string> = {},
): Template {
  const outdir = mkdtempSync(join(tmpdir(), 'cdk.out-test-'));
  try {
    const { stack } = buildApp({ projectRoot: PROJECT_ROOT, env, context, outdir });
    return Template.fromStack(stack);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The warnings `cdk synth` would print for the stack. */
export function synthWarnings(context: Record<string, string>): string[] {
  const outdir = mkdtempSync(join(tmpdir(), 'cdk.out-test-'));
  try {
    const { stack } = buildApp({ projectRoot: PROJECT_ROOT, env: {}, context, outdir });
    return Annotations.fromStack(stack)
      .findWarning('*', Match.anyValue())
      .map((message) => String(message.entry.data));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The one resource of a type, as [logical id, resource]; fails when there is not exactly one. */
// biome-ignore lint/suspicious/noExplicitAny: a template resource is untyped JSON.
export function onlyResource(template: Template, type: string): [string, any] {
  const found = Object.entries(template.findResources(type));
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  // biome-ignore lint/style/noNonNullAssertion: the length was checked above.
  return found[0]!;
}

/**
 * Whether a CloudWatch Logs JSON filter of the one form the stack uses, `{ $.field = "value" }`,
 * matches a log event. CloudWatch reads the JSON object inside the event, after the prefix
 * (time, request id, level) the Lambda runtime writes before console output.
 */
export function jsonFilterMatches(pattern: string, event: string): boolean {
  const form = /^\{ ?\$\.(\w+) ?= ?"([^"]*)" ?\}$/.exec(pattern);
  if (!form) throw new Error(`not a single-field JSON filter: ${pattern}`);
  const [, field = '', value] = form;
  const start = event.indexOf('{');
  if (start === -1) return false;
  try {
    const parsed: unknown = JSON.parse(event.slice(start));
    return typeof parsed === 'object' && parsed !== null && Reflect.get(parsed, field) === value;
  } catch {
    return false;
  }
}

/**
 * Every line the real skill writes (with the default console logger) through a check-in whose
 * answer handler throws once, each as the Lambda runtime writes it to CloudWatch Logs.
 */
export async function skillLogLinesWithOneHandlerError(): Promise<string[]> {
  const lines: string[] = [];
  const capture = (level: string) => (message: unknown) =>
    lines.push(
      `2026-01-01T00:00:00.000Z\t00000000-0000-0000-0000-000000000000\t${level}\t${message}`,
    );
  const log = vi.spyOn(console, 'log').mockImplementation(capture('INFO'));
  const error = vi.spyOn(console, 'error').mockImplementation(capture('ERROR'));
  const answers = ANSWER_INTENTS as Record<string, Answer>;
  const original = answers.CheckInIntent;
  answers.CheckInIntent = () => {
    throw new TypeError('a bug in a handler');
  };
  try {
    const skill = buildSkill({ skillId: FIXTURE_SKILL_ID, pickVariant: firstVariant });
    const session = new AlexaSession(skill);
    await session.launch();
    await session.say('CheckInIntent', { area: match('legs') });
    await session.say('AMAZON.StopIntent');
  } finally {
    if (original) answers.CheckInIntent = original;
    log.mockRestore();
    error.mockRestore();
  }
  return lines;
}

const ValidationReportSchema = z.object({
  pluginReports: z.array(
    z.object({
      pluginName: z.string(),
      violations: z.array(z.object({ ruleName: z.string(), severity: z.string() })),
    }),
  ),
});

/** Every AwsSolutions finding (error or warning) left unacknowledged after synthesis. */
export function awsSolutionsFindings(app: App): string[] {
  let reportDir: string;
  try {
    reportDir = app.synth().directory;
  } catch (error) {
    // A failing validation throws with the report's location instead of returning the assembly.
    const reportPath = /found in: (\S+validation-report\.json)/.exec(String(error))?.[1];
    if (!reportPath) throw error;
    reportDir = join(reportPath, '..');
  }
  let report: z.infer<typeof ValidationReportSchema>;
  try {
    report = ValidationReportSchema.parse(
      JSON.parse(readFileSync(join(reportDir, 'validation-report.json'), 'utf8')),
    );
  } finally {
    removeAssembly(app);
  }
  return report.pluginReports
    .filter((plugin) => plugin.pluginName === 'AwsSolutions')
    .flatMap((plugin) => plugin.violations.map((v) => `${v.severity}: ${v.ruleName}`));
}
