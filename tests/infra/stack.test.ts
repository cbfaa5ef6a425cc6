import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { LAMBDA_MEMORY_MB } from '../../infra/backend-settings';
import {
  jsonFilterMatches,
  onlyResource,
  SKILL_ID,
  skillLogLinesWithOneHandlerError,
  synthTemplate,
  synthWarnings,
} from './synth-helpers';

describe('the skill backend stack', () => {
  const template = synthTemplate({ skillId: SKILL_ID });

  it('runs the built bundle on Node 24, arm64, under Alexa’s 8 s limit', () => {
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Timeout: 7,
      MemorySize: LAMBDA_MEMORY_MB,
    });
  });

  it('gives the runtime its skill id, and no NODE_OPTIONS to slow its cold start', () => {
    // --enable-source-maps alone parsed the whole source map at every cold start.
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { SKILL_ID: SKILL_ID, NODE_OPTIONS: Match.absent() } },
    });
  });

  it('reserves no concurrency by default, so a new account with a quota of 10 can deploy it', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      ReservedConcurrentExecutions: Match.absent(),
    });
  });

  it('reserves (and so caps) concurrent executions when asked', () => {
    const reserved = synthTemplate({ skillId: SKILL_ID, reservedConcurrency: '25' });
    reserved.hasResourceProperties('AWS::Lambda::Function', { ReservedConcurrentExecutions: 25 });
  });

  it('lets only this skill invoke the function', () => {
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: SKILL_ID,
    });
  });

  it('logs to its own log group kept for a month', () => {
    template.resourceCountIs('AWS::Logs::LogGroup', 1);
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    const [logGroupId] = Object.keys(template.findResources('AWS::Logs::LogGroup'));
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogGroup: { Ref: logGroupId } },
    });
  });

  it('uses no AWS managed policy and may only write its own log group', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      ManagedPolicyArns: Match.absent(),
      AssumeRolePolicyDocument: Match.objectLike({
        Statement: [Match.objectLike({ Principal: { Service: 'lambda.amazonaws.com' } })],
      }),
    });
    const [logGroupId] = Object.keys(template.findResources('AWS::Logs::LogGroup'));
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          {
            Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
            Effect: 'Allow',
            Resource: { 'Fn::GetAtt': [logGroupId, 'Arn'] },
          },
        ],
      },
    });
  });

  it('alarms on any error, any throttle and a p99 near Alexa’s limit', () => {
    const common = {
      Namespace: 'AWS/Lambda',
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      Dimensions: [{ Name: 'FunctionName', Value: Match.anyValue() }],
    };
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...common,
      MetricName: 'Errors',
      Statistic: 'Sum',
      Threshold: 1,
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...common,
      MetricName: 'Throttles',
      Statistic: 'Sum',
      Threshold: 1,
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...common,
      MetricName: 'Duration',
      ExtendedStatistic: 'p99',
      Threshold: 6000,
    });
  });

  it('counts the errors the skill apologises for, from its own log line, and alarms on any', async () => {
    const lines = await skillLogLinesWithOneHandlerError();
    const [filterId, filter] = onlyResource(template, 'AWS::Logs::MetricFilter');
    const [logGroupId] = Object.keys(template.findResources('AWS::Logs::LogGroup'));
    expect(filter.Properties.LogGroupName, filterId).toEqual({ Ref: logGroupId });
    const matches = lines.filter((line) =>
      jsonFilterMatches(filter.Properties.FilterPattern, line),
    );
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatch(/\tERROR\t/);

    const [transform] = filter.Properties.MetricTransformations;
    // Published only on a match: no data on a healthy day, and missing data is not breaching.
    expect(transform.DefaultValue).toBeUndefined();
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: transform.MetricNamespace,
      MetricName: transform.MetricName,
      Statistic: 'Sum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
  });

  it('warns at synth that without an alarm e-mail nobody is told', () => {
    const warnings = synthWarnings({ skillId: SKILL_ID });
    expect(warnings.some((warning) => warning.includes('alarmEmail'))).toBe(true);
    const withEmail = synthWarnings({ skillId: SKILL_ID, alarmEmail: 'ops@example.com' });
    expect(withEmail.some((warning) => warning.includes('alarmEmail'))).toBe(false);
  });

  it('has no alarm target unless an e-mail is given', () => {
    template.resourceCountIs('AWS::SNS::Topic', 0);
    template.resourceCountIs('AWS::KMS::Key', 0);
    for (const alarm of Object.values(template.findResources('AWS::CloudWatch::Alarm'))) {
      expect(alarm.Properties.AlarmActions).toBeUndefined();
    }
  });

  it('deploys only the backend without skill context', () => {
    template.resourceCountIs('Alexa::ASK::Skill', 0);
  });

  it('outputs the function ARN and skill id for package:skill', () => {
    const [functionId] = Object.keys(template.findResources('AWS::Lambda::Function'));
    template.hasOutput('FunctionArn', { Value: { 'Fn::GetAtt': [functionId, 'Arn'] } });
    template.hasOutput('SkillId', { Value: SKILL_ID });
  });

  it('outputs the name of the function’s own log group, for aws logs tail', () => {
    const [logGroupId] = Object.keys(template.findResources('AWS::Logs::LogGroup'));
    template.hasOutput('LogGroupName', {
      Value: { Ref: logGroupId },
      Description: Match.stringLikeRegexp('aws logs tail'),
    });
  });
});

describe('alarm e-mail', () => {
  const template = synthTemplate({ skillId: SKILL_ID, alarmEmail: 'coach-ops@example.com' });

  it('sends every alarm to an encrypted, SSL-only topic with the e-mail subscribed', () => {
    template.resourceCountIs('AWS::SNS::Topic', 1);
    const [topicId] = Object.keys(template.findResources('AWS::SNS::Topic'));
    const [keyId] = Object.keys(template.findResources('AWS::KMS::Key'));
    template.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'coach-ops@example.com',
      TopicArn: { Ref: topicId },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: Match.objectLike({
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      }),
    });
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
    }
  });

  it("lets CloudWatch publish to the topic, for this stack's alarms only", () => {
    // enforceSSL writes a topic policy, which replaces the default one that let the account's
    // services publish: without an Allow for CloudWatch, no alarm would ever reach the e-mail.
    const [topicId] = Object.keys(template.findResources('AWS::SNS::Topic'));
    const [, policy] = onlyResource(template, 'AWS::SNS::TopicPolicy');
    expect(policy.Properties.Topics).toEqual([{ Ref: topicId }]);
    const allows = policy.Properties.PolicyDocument.Statement.filter(
      (statement: { Effect: string }) => statement.Effect === 'Allow',
    );
    expect(allows).toHaveLength(1);
    const [allow] = allows;
    expect(allow.Principal).toEqual({ Service: 'cloudwatch.amazonaws.com' });
    expect(allow.Action).toBe('sns:Publish');
    expect(allow.Resource).toEqual({ Ref: topicId });
    expect(allow.Condition.StringEquals).toEqual({
      'aws:SourceAccount': { Ref: 'AWS::AccountId' },
    });
    const alarmArns = Object.keys(template.findResources('AWS::CloudWatch::Alarm')).map((id) => ({
      'Fn::GetAtt': [id, 'Arn'],
    }));
    expect(allow.Condition.ArnEquals['aws:SourceArn']).toEqual(expect.arrayContaining(alarmArns));
    expect(allow.Condition.ArnEquals['aws:SourceArn']).toHaveLength(alarmArns.length);
  });

  it("lets CloudWatch use the topic key for this account's alarms only", () => {
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: Match.objectLike({
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
            Condition: {
              StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
              ArnLike: {
                'aws:SourceArn': {
                  'Fn::Join': [
                    '',
                    [
                      'arn:',
                      { Ref: 'AWS::Partition' },
                      ':cloudwatch:',
                      { Ref: 'AWS::Region' },
                      ':',
                      { Ref: 'AWS::AccountId' },
                      ':alarm:*',
                    ],
                  ],
                },
              },
            },
          }),
        ]),
      }),
    });
  });
});
