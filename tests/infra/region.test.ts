import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/build-app';
import { readStackContext } from '../../infra/context';
import { ALEXA_LAMBDA_REGIONS } from '../../infra/region';
import { SorenessCoachStack } from '../../infra/soreness-coach-stack';
import { PROJECT_ROOT, SKILL_ID } from './synth-helpers';

const made: string[] = [];
const outdir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cdk.out-test-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The app as `cdk synth` builds it when the CLI's default region (CDK_DEFAULT_REGION) is `region`. */
const synthIn = (region: string) =>
  buildApp({
    projectRoot: PROJECT_ROOT,
    env: { CDK_DEFAULT_REGION: region },
    context: { skillId: SKILL_ID },
    outdir: outdir(),
  });

describe('the deploy region', () => {
  it.each(['eu-central-1', 'us-east-2', 'ap-south-1'])(
    'stops the synth for %s, which Alexa cannot call, naming the regions it can',
    (region) => {
      expect(() => synthIn(region)).toThrow(region);
      for (const allowed of Object.keys(ALEXA_LAMBDA_REGIONS)) {
        expect(() => synthIn(region)).toThrow(allowed);
      }
    },
  );

  it.each(Object.keys(ALEXA_LAMBDA_REGIONS))('synthesizes for %s', (region) => {
    expect(() => synthIn(region)).not.toThrow();
  });

  it('also checks a stack given a region of its own', () => {
    const app = new App({ outdir: outdir() });
    const stackIn = (region: string) => () =>
      new SorenessCoachStack(app, `In-${region}`, {
        env: { region },
        context: readStackContext((key) => (key === 'skillId' ? SKILL_ID : undefined)),
        lambdaBundleDir: join(PROJECT_ROOT, 'dist', 'lambda'),
        interactionModelDir: join(PROJECT_ROOT, 'interaction-model'),
        policyUrls: {},
      });
    expect(stackIn('sa-east-1')).toThrow('sa-east-1');
    expect(stackIn('eu-west-1')).not.toThrow();
  });

  it('leaves the region to the deploy when it is not known at synth', () => {
    expect(() =>
      buildApp({
        projectRoot: PROJECT_ROOT,
        env: {},
        context: { skillId: SKILL_ID },
        outdir: outdir(),
      }),
    ).not.toThrow();
  });
});
