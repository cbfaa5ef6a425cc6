export { buildSkill, LOCAL_SKILL_ID, type SkillOptions } from './build-skill';
export { consoleLogger, type LogEntry, type Logger, silentLogger } from './logger';
