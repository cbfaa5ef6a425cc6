import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { SLOW_ANSWER_P99_MS } from './backend-settings';

/**
 * The `event` the skill's ErrorHandler logs (lambda/skill/handlers/error.ts) when it catches an
 * exception and speaks its apology: to Lambda that turn is a success, so only this line shows it.
 */
export const HANDLER_ERROR_EVENT = 'handler-error';

/** Namespace of the metric counted from the log; CloudWatch's own metrics are under AWS/. */
export const SKILL_METRIC_NAMESPACE = 'SorenessCoach';

export interface SkillAlarmsProps {
  fn: lambda.IFunction;
  /** The function's log group, where the handler-error line lands. */
  logGroup: logs.ILogGroup;
  /** When given, alarms also e-mail this address through an SNS topic. */
  alarmEmail?: string;
}

/**
 * Errors, throttles and slow answers (the ways a user hears "the skill didn't respond"), and
 * handled errors (the user heard an apology instead of an answer).
 */
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
      new cloudwatch.Alarm(this, 'HandledErrors', {
        alarmDescription:
          'A handler threw and the skill apologised: a success to Lambda, a failure to the user.',
        metric: this.handledErrorMetric(props.logGroup).with({
          period,
          statistic: cloudwatch.Stats.SUM,
        }),
        threshold: 1,
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
      this.letAlarmsPublish(topic);
    }
  }

  private handledErrorMetric(logGroup: logs.ILogGroup): cloudwatch.Metric {
    // Matched on the JSON field the skill writes, never on free text, which any other line
    // (an error name, a future message) could happen to contain. No default value, so the
    // metric is published (and billed) only in hours with an error.
    const filter = new logs.MetricFilter(this, 'HandledErrorCount', {
      logGroup,
      filterPattern: logs.FilterPattern.stringValue('$.event', '=', HANDLER_ERROR_EVENT),
      metricNamespace: SKILL_METRIC_NAMESPACE,
      metricName: 'HandledErrors',
      metricValue: '1',
    });
    return filter.metric();
  }

  /**
   * enforceSSL gives the topic a policy of its own, which replaces the default one under which
   * the account's services could publish; CloudWatch needs its own Allow, or no alarm is ever
   * delivered. Only these alarms, in this account, may use it (the confused deputy again).
   */
  private letAlarmsPublish(topic: sns.Topic): void {
    topic.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [topic.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': Stack.of(this).account },
          ArnEquals: { 'aws:SourceArn': this.alarms.map((alarm) => alarm.alarmArn) },
        },
      }),
    );
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
