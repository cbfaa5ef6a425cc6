import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as z from 'zod';
import { buildApp } from '../../infra/build-app';

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
