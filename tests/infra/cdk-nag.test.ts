import { App, Stack, Validations } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/build-app';
import {
  awsSolutionsFindings,
  PROJECT_ROOT,
  SKILL_DEPLOYMENT_CONTEXT,
  SKILL_ID,
} from './synth-helpers';

describe('cdk-nag AwsSolutions', () => {
  it('reports a known violation, so a clean report means something', () => {
    const app = new App();
    const stack = new Stack(app, 'Deliberately');
    new lambda.Function(stack, 'OldRuntime', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => ({})'),
    });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(awsSolutionsFindings(app)).toContain('error: AwsSolutions-L1');
  });

  it.each([
    ['backend only', { skillId: SKILL_ID }],
    ['with alarm e-mail', { skillId: SKILL_ID, alarmEmail: 'ops@example.com' }],
    ['creating the skill, first deploy', { ...SKILL_DEPLOYMENT_CONTEXT }],
    ['creating the skill, later deploys', { ...SKILL_DEPLOYMENT_CONTEXT, skillId: SKILL_ID }],
  ])('finds no unacknowledged error or warning (%s)', (_name, context) => {
    const { app } = buildApp({ projectRoot: PROJECT_ROOT, env: {}, context });
    expect(awsSolutionsFindings(app)).toEqual([]);
  });
});
