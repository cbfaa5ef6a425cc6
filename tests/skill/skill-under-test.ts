import { buildSkill, type LogEntry } from '../../lambda/skill';
import { firstVariant } from '../../lambda/skill/speech/variants';
import { AlexaSession, SKILL_ID } from './alexa';

/** A real skill with pinned phrasing and a logger that records what it would have written. */
export function newSession() {
  const logs: LogEntry[] = [];
  const record = (entry: LogEntry) => logs.push(entry);
  const skill = buildSkill({
    skillId: SKILL_ID,
    logger: { info: record, error: record },
    pickVariant: firstVariant,
  });
  return { session: new AlexaSession(skill), logs, skill };
}
