import { type Skill, SkillBuilders } from 'ask-sdk-core';
import { consoleLogger, type Logger } from './logger';

export interface SkillOptions {
  /** The only application id this skill answers for. */
  skillId: string;
  logger?: Logger;
}

/** Simulator, tests and benchmark run under this id, so skill-id verification is never off. */
export const LOCAL_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000';

export function buildSkill(options: SkillOptions): Skill {
  const logger = options.logger ?? consoleLogger;
  return SkillBuilders.custom()
    .addRequestHandlers({
      canHandle: () => true,
      handle: (input) =>
        input.responseBuilder
          .speak("I'm a training guide, not a doctor. Where are you sore?")
          .reprompt('Where are you sore?')
          .getResponse(),
    })
    .addErrorHandlers({
      canHandle: () => true,
      handle: (input, error) => {
        logger.error({
          event: 'error',
          requestId: input.requestEnvelope.request.requestId,
          error: error.name,
        });
        return input.responseBuilder.speak('Sorry, something went wrong.').getResponse();
      },
    })
    .withSkillId(options.skillId)
    .create();
}
