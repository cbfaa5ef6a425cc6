import { describe, expect, it } from 'vitest';
import { LOCAL_SKILL_ID } from '../../lambda/skill';
import { envelopeVerifier } from '../../server/envelope-verifier';
import { launchRequestBody } from './support/envelopes';

const NOW = Date.parse('2025-06-01T12:00:00.000Z');
const verifier = envelopeVerifier({ skillId: LOCAL_SKILL_ID, timestamp: true, now: () => NOW });

const stampedAt = (offsetMs: number, type = 'LaunchRequest') =>
  launchRequestBody({ timestamp: new Date(NOW + offsetMs) }).replace('LaunchRequest', type);

describe('envelopeVerifier', () => {
  it.each([
    ['exactly 150 s old', -150_000],
    ['exactly 150 s ahead', 150_000],
    ['now', 0],
  ])('accepts a request stamped %s', async (_label, offsetMs) => {
    await expect(verifier.verify(stampedAt(offsetMs))).resolves.toBeUndefined();
  });

  it.each([
    ['150.001 s old', -150_001],
    ['150.001 s ahead', 150_001],
  ])('refuses a request stamped %s', async (_label, offsetMs) => {
    await expect(verifier.verify(stampedAt(offsetMs))).rejects.toMatchObject({
      reason: 'timestamp',
    });
  });

  it('gives skill events an hour in the past, as Amazon does, but no more future', async () => {
    const event = 'AlexaSkillEvent.SkillEnabled';

    await expect(verifier.verify(stampedAt(-3_599_000, event))).resolves.toBeUndefined();
    await expect(verifier.verify(stampedAt(-3_601_000, event))).rejects.toMatchObject({
      reason: 'timestamp',
    });
    await expect(verifier.verify(stampedAt(151_000, event))).rejects.toMatchObject({
      reason: 'timestamp',
    });
  });

  it('reads an offset other than Z', async () => {
    const body = launchRequestBody({ timestamp: '2025-06-01T14:01:00+02:00' });

    await expect(verifier.verify(body)).resolves.toBeUndefined();
  });

  it('refuses a body that is not JSON as a verification failure', async () => {
    await expect(verifier.verify('{"request": not json')).rejects.toMatchObject({
      reason: 'verification-failed',
    });
  });

  it('refuses a missing timestamp as a timestamp, not as a malformed envelope', async () => {
    await expect(verifier.verify(launchRequestBody({ timestamp: null }))).rejects.toMatchObject({
      reason: 'timestamp',
    });
  });

  it('refuses an envelope the skill would refuse, before the skill sees it', async () => {
    await expect(verifier.verify('{"request":{}}')).rejects.toMatchObject({
      reason: 'malformed-envelope',
    });
  });

  it('checks the envelope but not its timestamp in development mode', async () => {
    const development = envelopeVerifier({
      skillId: LOCAL_SKILL_ID,
      timestamp: false,
      now: () => NOW,
    });

    await expect(development.verify(stampedAt(-86_400_000))).resolves.toBeUndefined();
    await expect(development.verify('{}')).rejects.toMatchObject({ reason: 'malformed-envelope' });
  });

  it("refuses another skill's request itself, so it is logged once, as wrong-skill", async () => {
    const other = launchRequestBody({
      timestamp: new Date(NOW),
      applicationId: 'amzn1.ask.skill.11111111-1111-4111-8111-111111111111',
    });
    await expect(verifier.verify(other)).rejects.toMatchObject({ reason: 'wrong-skill' });
  });
});
