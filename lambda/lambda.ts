import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { buildSkill } from './skill';

const skill = buildSkill({ skillId: process.env.SKILL_ID ?? '' });

export const handler = async (
  event: RequestEnvelope,
  context: Context,
): Promise<ResponseEnvelope> => skill.invoke(event, context);
