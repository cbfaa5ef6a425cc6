import type { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { SKILL_DEPLOYMENT_CONTEXT, SKILL_ID, synthTemplate } from './synth-helpers';

interface Statement {
  Action?: string | string[];
  Principal?: unknown;
}

function statementsOf(template: Template): { source: string; statement: Statement }[] {
  const found: { source: string; statement: Statement }[] = [];
  const collect = (source: string, document: { Statement?: Statement[] } | undefined) => {
    for (const statement of document?.Statement ?? []) found.push({ source, statement });
  };
  for (const [id, policy] of Object.entries(template.findResources('AWS::IAM::Policy'))) {
    collect(id, policy.Properties.PolicyDocument);
  }
  for (const [id, role] of Object.entries(template.findResources('AWS::IAM::Role'))) {
    for (const inline of role.Properties.Policies ?? []) collect(id, inline.PolicyDocument);
  }
  for (const [id, policy] of Object.entries(template.findResources('AWS::SNS::TopicPolicy'))) {
    collect(id, policy.Properties.PolicyDocument);
  }
  for (const [id, key] of Object.entries(template.findResources('AWS::KMS::Key'))) {
    collect(id, key.Properties.KeyPolicy);
  }
  return found;
}

/** The default key policy delegates the key to the account's IAM (`kms:*` for the root principal). */
function isKeyDelegationToAccount(statement: Statement): boolean {
  return JSON.stringify(statement.Principal ?? '').includes(':root');
}

describe('least privilege', () => {
  it.each([
    ['backend only', { skillId: SKILL_ID }],
    ['with alarm e-mail', { skillId: SKILL_ID, alarmEmail: 'ops@example.com' }],
    ['creating the skill', { ...SKILL_DEPLOYMENT_CONTEXT }],
  ])('grants no wildcard action (%s)', (_name, context) => {
    const statements = statementsOf(synthTemplate(context));
    expect(statements.length).toBeGreaterThan(0);
    const wildcards = statements
      .filter(
        ({ source, statement }) => !(source.includes('Key') && isKeyDelegationToAccount(statement)),
      )
      .flatMap(({ source, statement }) =>
        [statement.Action ?? []]
          .flat()
          .filter((action) => action.includes('*'))
          .map((a) => `${source}: ${a}`),
      );
    expect(wildcards).toEqual([]);
  });
});
