import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, CfnOutput, RemovalPolicy, Stack, type StackProps, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { SkillAlarms } from './alarms';
import { AlexaSkill } from './alexa-skill';
import { ALEXA_SERVICE_PRINCIPAL, LAMBDA_MEMORY_MB, LAMBDA_TIMEOUT } from './backend-settings';
import type { StackContext } from './context';
import { assertAlexaCanCall } from './region';
import type { PolicyUrls } from './skill-package/manifest';

/**
 * Runtime value of SKILL_ID on the CfnSkill route's first deploy, before the skill has an id.
 * It matches no real skill, so the runtime check rejects every request (fails closed) until the
 * second deploy passes `-c skillId=<SkillId output>`.
 */
export const SKILL_ID_NOT_YET_KNOWN = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

export interface SorenessCoachStackProps extends StackProps {
  context: StackContext;
  /** The folder `npm run build` writes; deployed as is. */
  lambdaBundleDir: string;
  interactionModelDir: string;
  policyUrls: PolicyUrls;
  /**
   * Where the cdk CLI will deploy the stack when it names no region of its own (the CLI's
   * default region, from AWS_REGION or the profile); undefined when not run by the CLI.
   */
  deployRegion?: string;
}

export class SorenessCoachStack extends Stack {
  readonly fn: lambda.Function;

  constructor(scope: Construct, id: string, props: SorenessCoachStackProps) {
    super(scope, id, props);
    const { context } = props;
    // An env-agnostic stack's region is a token until CloudFormation resolves it, so the one
    // the CLI will deploy to stands in for it; with neither known there is nothing to check.
    const region = Token.isUnresolved(this.region) ? props.deployRegion : this.region;
    if (region) assertAlexaCanCall(region);
    // The bundle is ES modules: the runtime finds index.mjs for the handler `index.handler`.
    if (!existsSync(join(props.lambdaBundleDir, 'index.mjs'))) {
      throw new Error(
        `${props.lambdaBundleDir}/index.mjs is missing: run \`npm run build\` first (cdk.json's build step does this for the cdk CLI).`,
      );
    }

    const logGroup = new logs.LogGroup(this, 'SkillFunctionLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      // Logs hold request types and verdicts only; nothing worth keeping after `cdk destroy`.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // An explicit role instead of AWSLambdaBasicExecutionRole: write to this one log group, nothing else.
    const role = new iam.Role(this, 'SkillFunctionRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Soreness Coach skill Lambda: writes its own log group only',
    });
    logGroup.grantWrite(role);

    this.fn = new lambda.Function(this, 'SkillFunction', {
      description: 'Soreness Coach Alexa skill',
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      handler: 'index.handler',
      code: lambda.Code.fromAsset(props.lambdaBundleDir),
      memorySize: LAMBDA_MEMORY_MB,
      timeout: LAMBDA_TIMEOUT,
      role,
      logGroup,
      ...(context.reservedConcurrency === undefined
        ? {}
        : { reservedConcurrentExecutions: context.reservedConcurrency }),
      // No NODE_OPTIONS=--enable-source-maps: parsing the source map at every cold start cost
      // more than anything else in it (docs/performance.md), and the log carries error names,
      // never stack traces, so there is nothing to map. The .map stays beside the bundle for
      // mapping a position by hand.
      environment: { SKILL_ID: context.skillId ?? SKILL_ID_NOT_YET_KNOWN },
    });
    // The function must not start before it may write its logs.
    this.fn.node.addDependency(role);

    const skillId = context.skillDeployment
      ? this.deploySkill(context, props).cfnSkill.ref
      : context.skillId;
    if (!skillId)
      throw new Error('unreachable: readStackContext requires a skill id or a skill deployment');
    this.fn.addPermission('AlexaSkillInvoke', {
      principal: new iam.ServicePrincipal(ALEXA_SERVICE_PRINCIPAL),
      action: 'lambda:InvokeFunction',
      eventSourceToken: skillId,
    });

    new SkillAlarms(this, 'Alarms', {
      fn: this.fn,
      logGroup,
      ...(context.alarmEmail ? { alarmEmail: context.alarmEmail } : {}),
    });
    if (!context.alarmEmail) {
      Annotations.of(this).addWarningV2(
        'soreness-coach:no-alarm-email',
        'No -c alarmEmail=you@example.com: the alarms will fire, but nobody is told. Pass an address to be e-mailed (and confirm the subscription AWS sends).',
      );
    }

    new CfnOutput(this, 'FunctionArn', {
      value: this.fn.functionArn,
      description: 'Skill endpoint: npm run package:skill -- --outputs cdk-outputs.json',
    });
    new CfnOutput(this, 'LogGroupName', {
      value: logGroup.logGroupName,
      description: 'The function log (one month): aws logs tail <LogGroupName> --follow',
    });
    new CfnOutput(this, 'SkillId', {
      value: skillId,
      description:
        'The skill this backend answers; on the CfnSkill route pass it back as -c skillId',
    });
  }

  /**
   * Alexa validates the Lambda endpoint while creating the skill, so some permission for
   * alexa-appkit must exist before the skill; the id-scoped permission can only come after it.
   * On the first deploy (no skillId yet) a temporary permission without a token lets creation
   * pass; the next deploy with -c skillId removes it.
   */
  private deploySkill(context: StackContext, props: SorenessCoachStackProps): AlexaSkill {
    const deployment = context.skillDeployment;
    if (!deployment) throw new Error('unreachable: deploySkill needs skill deployment context');
    const skill = new AlexaSkill(this, 'Skill', {
      fn: this.fn,
      deployment,
      interactionModelDir: props.interactionModelDir,
      urls: props.policyUrls,
    });
    if (!context.skillId) {
      const creationPermission = new lambda.CfnPermission(this, 'AlexaSkillCreationInvoke', {
        functionName: this.fn.functionArn,
        principal: ALEXA_SERVICE_PRINCIPAL,
        action: 'lambda:InvokeFunction',
      });
      skill.cfnSkill.node.addDependency(creationPermission);
    }
    return skill;
  }
}
