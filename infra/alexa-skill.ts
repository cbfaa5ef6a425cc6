import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SecretValue, Stack } from 'aws-cdk-lib';
import * as ask from 'aws-cdk-lib/alexa-ask';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import { DISABLE_ASSET_STAGING_CONTEXT } from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import { ALEXA_SERVICE_PRINCIPAL } from './backend-settings';
import type { SkillDeploymentContext } from './context';
import type { PolicyUrls } from './skill-package/manifest';
import { writeSkillPackage } from './skill-package/write-skill-package';

export interface AlexaSkillProps {
  fn: lambda.IFunction;
  deployment: SkillDeploymentContext;
  interactionModelDir: string;
  urls: PolicyUrls;
}

/** The skill itself (Alexa::ASK::Skill) from the same package layout `npm run package:skill` writes. */
export class AlexaSkill extends Construct {
  readonly cfnSkill: ask.CfnSkill;

  constructor(scope: Construct, id: string, props: AlexaSkillProps) {
    super(scope, id);
    // The endpoint is injected through overrides below, so the packaged manifest carries none.
    const projectDir = mkdtempSync(join(tmpdir(), 'soreness-coach-skill-'));
    let skillPackage: s3assets.Asset;
    try {
      const { skillPackageDir } = writeSkillPackage({
        modelDir: props.interactionModelDir,
        outDir: projectDir,
        urls: props.urls,
      });
      skillPackage = new s3assets.Asset(this, 'Package', { path: skillPackageDir });
    } finally {
      // The asset is staged (copied into the cloud assembly) as it is constructed, so the
      // package written for it is not needed afterwards, unless staging is off
      // (`cdk synth --no-staging`), when the asset points at it.
      if (!this.node.tryGetContext(DISABLE_ASSET_STAGING_CONTEXT)) {
        rmSync(projectDir, { recursive: true, force: true });
      }
    }

    const packageReader = new iam.Role(this, 'PackageReadRole', {
      // Only when Alexa acts for this account: any other developer could name this role in
      // their own skill package otherwise (the confused deputy).
      assumedBy: new iam.ServicePrincipal(ALEXA_SERVICE_PRINCIPAL).withConditions({
        StringEquals: { 'aws:SourceAccount': Stack.of(this).account },
      }),
      description: 'Lets the Alexa service fetch the skill package asset',
    });
    packageReader.addToPolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [skillPackage.bucket.arnForObjects(skillPackage.s3ObjectKey)],
      }),
    );

    const secret = (name: string) => SecretValue.secretsManager(name).unsafeUnwrap();
    this.cfnSkill = new ask.CfnSkill(this, 'Resource', {
      vendorId: props.deployment.vendorId,
      authenticationConfiguration: {
        clientId: secret(props.deployment.lwaClientIdSecret),
        clientSecret: secret(props.deployment.lwaClientSecretSecret),
        refreshToken: secret(props.deployment.lwaRefreshTokenSecret),
      },
      skillPackage: {
        s3Bucket: skillPackage.s3BucketName,
        s3Key: skillPackage.s3ObjectKey,
        s3BucketRole: packageReader.roleArn,
        overrides: {
          manifest: { apis: { custom: { endpoint: { uri: props.fn.functionArn } } } },
        },
      },
    });
    // Alexa reads the package with this role while creating the skill.
    this.cfnSkill.node.addDependency(packageReader);
  }
}
