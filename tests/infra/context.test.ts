import { describe, expect, it } from 'vitest';
import { MISSING_SKILL_ID_MESSAGE, readStackContext } from '../../infra/context';
import { SKILL_DEPLOYMENT_CONTEXT, SKILL_ID, synthTemplate } from './synth-helpers';

const lookupIn = (values: Record<string, string>) => (key: string) => values[key];

describe('CDK context', () => {
  it('refuses to synthesize without a skill id and says how to pass one', () => {
    expect(() => synthTemplate({})).toThrow(MISSING_SKILL_ID_MESSAGE);
    expect(MISSING_SKILL_ID_MESSAGE).toContain('-c skillId=amzn1.ask.skill.');
  });

  it('treats `-c skillId=` (empty) as missing', () => {
    expect(() => readStackContext(lookupIn({ skillId: '' }))).toThrow(MISSING_SKILL_ID_MESSAGE);
  });

  it.each([
    'amzn1.ask.skill.1234',
    'amzn1.echo-sdk-ams.app.11111111-2222-3333-4444-555555555555',
    `${SKILL_ID} `,
    `${SKILL_ID}x`,
  ])('rejects a malformed skill id %j', (skillId) => {
    expect(() => readStackContext(lookupIn({ skillId }))).toThrow(
      /amzn1\.ask\.skill\.xxxxxxxx[\s\S]*at skillId/,
    );
  });

  it('rejects an alarm e-mail that is not an address', () => {
    expect(() =>
      readStackContext(lookupIn({ skillId: SKILL_ID, alarmEmail: 'ops-at-example' })),
    ).toThrow(/alarmEmail/);
  });

  it('names the missing values when skill deployment context is partial', () => {
    const { lwaRefreshTokenSecret: _omitted, ...partial } = SKILL_DEPLOYMENT_CONTEXT;
    expect(() => readStackContext(lookupIn({ skillId: SKILL_ID, ...partial }))).toThrow(
      /missing: lwaRefreshTokenSecret/,
    );
  });

  it('accepts skill deployment context without a skill id (first deploy of the CfnSkill route)', () => {
    expect(readStackContext(lookupIn(SKILL_DEPLOYMENT_CONTEXT))).toEqual({
      skillDeployment: SKILL_DEPLOYMENT_CONTEXT,
    });
  });

  it.each([
    [undefined, undefined],
    ['25', 25],
    ['none', undefined],
  ])('reads reservedConcurrency %j as %j', (given, expected) => {
    const values: Record<string, string> = { skillId: SKILL_ID };
    if (given !== undefined) values.reservedConcurrency = given;
    expect(readStackContext(lookupIn(values)).reservedConcurrency).toBe(expected);
  });

  it.each(['0', '-1', '2.5', 'lots', '100000'])('rejects reservedConcurrency %j', (given) => {
    expect(() =>
      readStackContext(lookupIn({ skillId: SKILL_ID, reservedConcurrency: given })),
    ).toThrow(/reservedConcurrency/);
  });
});
