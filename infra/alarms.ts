import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { SLOW_ANSWER_P99_MS } from './backend-settings';

export interface SkillAlarmsProps {
  fn: lambda.IFunction;
  /** When given, alarms also e-mail this address through an SNS topic. */
  alarmEmail?: string;
}

/** Errors, throttles and slow answers: the three ways a user hears "the skill didn't respond". */
export class SkillAlarms extends Construct {
  readonly alarms: cloudwatch.Alarm[];

  constructor(scope: Construct, id: string, props: SkillAlarmsProps) {
    super(scope, id);
    const period = Duration.minutes(5);
    const atLeast = cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD;
    // No traffic means nothing is failing; a skill is idle most of the day.
    const treatMissingData = cloudwatch.TreatMissingData.NOT_BREACHING;

    this.alarms = [
      new cloudwatch.Alarm(this, 'Errors', {
        alarmDescription: 'The skill Lambda threw or timed out: users heard a failure.',
        metric: props.fn.metricErrors({ period, statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        comparisonOperator: atLeast,
        evaluationPeriods: 1,
        treatMissingData,
      }),
      new cloudwatch.Alarm(this, 'Throttles', {
        alarmDescription: 'Invocations were throttled: users got no answer.',
        metric: props.fn.metricThrottles({ period, statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        comparisonOperator: atLeast,
        evaluationPeriods: 1,
        treatMissingData,
      }),
      new cloudwatch.Alarm(this, 'SlowAnswers', {
        alarmDescription: `p99 duration reached ${SLOW_ANSWER_P99_MS} ms; Alexa gives up at 8 s.`,
        metric: props.fn.metricDuration({ period, statistic: cloudwatch.Stats.p(99) }),
        threshold: SLOW_ANSWER_P99_MS,
        comparisonOperator: atLeast,
        evaluationPeriods: 1,
        treatMissingData,
      }),
    ];

    if (props.alarmEmail) {
      const topic = this.encryptedTopic();
      topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
      const action = new cloudwatchActions.SnsAction(topic);
      for (const alarm of this.alarms) alarm.addAlarmAction(action);
    }
  }

  private encryptedTopic(): sns.Topic {
    // A customer managed key, because CloudWatch cannot publish to a topic encrypted with aws/sns.
    const key = new kms.Key(this, 'AlarmTopicKey', {
      description: 'Encrypts the Soreness Coach alarm topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    const { account, region, partition } = Stack.of(this);
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        // In a key policy "*" means this key only.
        resources: ['*'],
        // Only this account's alarms: CloudWatch acting for anyone else is a confused deputy.
        conditions: {
          StringEquals: { 'aws:SourceAccount': account },
          ArnLike: { 'aws:SourceArn': `arn:${partition}:cloudwatch:${region}:${account}:alarm:*` },
        },
      }),
    );
    return new sns.Topic(this, 'AlarmTopic', {
      displayName: 'Soreness Coach alarms',
      masterKey: key,
      enforceSSL: true,
    });
  }
}
