import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import * as z from 'zod';
import { readStackContext } from './context';
import { policyUrlsFromEnv } from './skill-package/package-skill-args';
import { SorenessCoachStack } from './soreness-coach-stack';

export const STACK_NAME = 'SorenessCoach';

/** Set by the cdk CLI for the app it runs: the region an env-agnostic stack is deployed to. */
const CliEnvSchema = z.object({ CDK_DEFAULT_REGION: z.string().min(1).optional() });

export interface BuildAppOptions {
  /** Repository root: where dist/lambda and interaction-model live. */
  projectRoot: string;
  env: Record<string, string | undefined>;
  /** Extra context, as `-c key=value` would give it (tests use this). */
  context?: Record<string, string>;
  /** Where to synthesise the cloud assembly; the cdk CLI sets it, tests pass a temporary one. */
  outdir?: string;
}

/** The CDK app with cdk-nag's AwsSolutions checks, shared by `cdk synth` and the tests. */
export function buildApp(options: BuildAppOptions): { app: App; stack: SorenessCoachStack } {
  const app = new App({
    ...(options.context ? { context: options.context } : {}),
    ...(options.outdir ? { outdir: options.outdir } : {}),
  });
  const { CDK_DEFAULT_REGION: deployRegion } = CliEnvSchema.parse({
    CDK_DEFAULT_REGION: options.env.CDK_DEFAULT_REGION || undefined,
  });
  const stack = new SorenessCoachStack(app, STACK_NAME, {
    description: 'Soreness Coach Alexa skill backend',
    context: readStackContext((key) => app.node.tryGetContext(key)),
    lambdaBundleDir: join(options.projectRoot, 'dist', 'lambda'),
    interactionModelDir: join(options.projectRoot, 'interaction-model'),
    policyUrls: policyUrlsFromEnv(options.env),
    ...(deployRegion ? { deployRegion } : {}),
  });
  // cdk-nag v3 is a policy-validation plugin: findings land in the synth's validation report and
  // unacknowledged errors fail the synth.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack };
}
