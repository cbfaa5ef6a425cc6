import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { SKILL_ID_NOT_YET_KNOWN } from '../../infra/soreness-coach-stack';
import { SKILL_DEPLOYMENT_CONTEXT, SKILL_ID, synthTemplate } from './synth-helpers';

const resolveSecret = (name: string) => `{{resolve:secretsmanager:${name}:SecretString:::}}`;

describe('the skill itself through Alexa::ASK::Skill, first deploy', () => {
  const template = synthTemplate({ ...SKILL_DEPLOYMENT_CONTEXT });
  const [skillId] = Object.keys(template.findResources('Alexa::ASK::Skill'));
  const [functionId] = Object.keys(template.findResources('AWS::Lambda::Function'));

  it('creates one skill from the packaged manifest, the endpoint set to the function', () => {
    template.resourceCountIs('Alexa::ASK::Skill', 1);
    template.hasResourceProperties('Alexa::ASK::Skill', {
      VendorId: SKILL_DEPLOYMENT_CONTEXT.vendorId,
      SkillPackage: {
        S3Bucket: Match.anyValue(),
        S3Key: Match.stringLikeRegexp('\\.zip$'),
        S3BucketRole: Match.anyValue(),
        Overrides: {
          Manifest: {
            apis: { custom: { endpoint: { uri: { 'Fn::GetAtt': [functionId, 'Arn'] } } } },
          },
        },
      },
    });
  });

  it('reads Login-with-Amazon credentials from Secrets Manager, never from the template', () => {
    template.hasResourceProperties('Alexa::ASK::Skill', {
      AuthenticationConfiguration: {
        ClientId: resolveSecret(SKILL_DEPLOYMENT_CONTEXT.lwaClientIdSecret),
        ClientSecret: resolveSecret(SKILL_DEPLOYMENT_CONTEXT.lwaClientSecretSecret),
        RefreshToken: resolveSecret(SKILL_DEPLOYMENT_CONTEXT.lwaRefreshTokenSecret),
      },
    });
  });

  it('creates the skill only after a permission Alexa can validate the endpoint with', () => {
    const permissions = template.findResources('AWS::Lambda::Permission');
    const [creationId, creation] =
      Object.entries(permissions).find(([, p]) => p.Properties.EventSourceToken === undefined) ??
      [];
    expect(creation?.Properties.Principal).toBe('alexa-appkit.amazon.com');
    const skill = template.findResources('Alexa::ASK::Skill')[skillId ?? ''];
    expect(skill?.DependsOn).toContain(creationId);
  });

  it('scopes the lasting permission to the created skill’s id', () => {
    template.resourceCountIs('AWS::Lambda::Permission', 2);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: { Ref: skillId },
    });
    template.hasOutput('SkillId', { Value: { Ref: skillId } });
  });

  it('keeps the runtime check closed until the skill id is passed back', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { SKILL_ID: SKILL_ID_NOT_YET_KNOWN } },
    });
  });

  it('lets Alexa read only the package object, and only when acting for this account', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: Match.objectLike({
        Statement: [
          Match.objectLike({
            Principal: { Service: 'alexa-appkit.amazon.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          }),
        ],
      }),
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          {
            Action: 's3:GetObject',
            Effect: 'Allow',
            Resource: {
              'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('^/.+\\.zip$')])],
            },
          },
        ],
      },
    });
  });
});

describe('the skill itself, once its id is passed back with -c skillId', () => {
  const template = synthTemplate({ ...SKILL_DEPLOYMENT_CONTEXT, skillId: SKILL_ID });
  const [skillId] = Object.keys(template.findResources('Alexa::ASK::Skill'));

  it('drops the token-less creation permission and checks the id at runtime', () => {
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      EventSourceToken: { Ref: skillId },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { SKILL_ID: SKILL_ID } },
    });
  });
});
