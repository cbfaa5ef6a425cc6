import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { buildSkill, consoleLogger } from './skill';
import { isEnvironment } from './skill/boundary/generated/is-environment';

const skill = isEnvironment(process.env)
  ? buildSkill({ skillId: process.env.SKILL_ID })
  : undefined;

/**
 * The Lambda entry: async and two-argument, as nodejs24.x requires (never ask-sdk's .lambda()).
 * Without a valid SKILL_ID it fails closed: it answers nobody rather than everybody.
 */
export const handler = async (
  event: RequestEnvelope,
  context: Context,
): Promise<ResponseEnvelope> => {
  if (!skill) {
    consoleLogger.error({ event: 'refused', reason: 'SKILL_ID is missing or malformed' });
    throw new Error('Soreness Coach is not configured: set SKILL_ID to the skill id');
  }
  return skill.invoke(event, context);
};
