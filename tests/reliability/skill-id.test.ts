import { describe, expect, it } from 'vitest';
import { buildSkill, LOCAL_SKILL_ID, type LogEntry } from '../../lambda/skill';
import { RejectedRequestError } from '../../lambda/skill/verified-skill';
import { intentRequest, launchRequest, match } from '../skill/alexa';

const OTHER_SKILL_ID = 'amzn1.ask.skill.99999999-9999-4999-8999-999999999999';

function localSkill() {
  const logs: LogEntry[] = [];
  const record = (entry: LogEntry) => logs.push(entry);
  return {
    skill: buildSkill({ skillId: LOCAL_SKILL_ID, logger: { info: record, error: record } }),
    logs,
  };
}

describe('skill-id verification of a skill built with LOCAL_SKILL_ID', () => {
  it('answers its own requests (so the refusals below are about the id, not the envelope)', async () => {
    const { skill } = localSkill();
    const response = await skill.invoke(launchRequest());
    expect(response.response.shouldEndSession).toBe(false);
  });

  it("refuses another skill's request before any handler runs, with a line in its own log", async () => {
    const { skill, logs } = localSkill();
    const envelope = intentRequest('CheckInIntent', { area: match('legs') });
    envelope.context.System.application.applicationId = OTHER_SKILL_ID;
    if (envelope.session) envelope.session.application.applicationId = OTHER_SKILL_ID;
    await expect(skill.invoke(envelope)).rejects.toBeInstanceOf(RejectedRequestError);
    // The reason names the field, never the id that came in.
    expect(logs).toEqual([
      { event: 'rejected', reason: 'context.System.application.applicationId: another skill' },
    ]);
  });

  it('refuses an envelope whose session names another skill than its context', async () => {
    const { skill, logs } = localSkill();
    const envelope = launchRequest();
    if (envelope.session) envelope.session.application.applicationId = OTHER_SKILL_ID;
    await expect(skill.invoke(envelope)).rejects.toBeInstanceOf(RejectedRequestError);
    expect(logs).toEqual([
      { event: 'rejected', reason: 'session.application.applicationId: custom' },
    ]);
  });
});
