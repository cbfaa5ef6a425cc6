import type { Skill } from 'ask-sdk-core';
import { SkillBuilders } from './ask-sdk';
import { type Answer, answerHandler, applyRead } from './handlers/answer-handler';
import { canFulfillHandler } from './handlers/can-fulfill';
import { errorHandler } from './handlers/error';
import { launchHandler } from './handlers/launch';
import { outOfSessionHandler } from './handlers/out-of-session';
import { sessionEndedHandler } from './handlers/session-ended';
import {
  endingHandler,
  fallbackHandler,
  helpHandler,
  repeatHandler,
  startOverHandler,
} from './handlers/session-tools';
import { requestLogger, speechLocaliser, verdictLogger } from './interceptors';
import { consoleLogger, type Logger } from './logger';
import { screenRenderer } from './screen/render-screen';
import { type PickVariant, randomVariant } from './speech/variants';
import { withEnvelopeValidation } from './verified-skill';

export interface SkillOptions {
  /** The only application id this skill answers for. */
  skillId: string;
  logger?: Logger;
  /** Which phrasing to use; tests pin it, production varies it. */
  pickVariant?: PickVariant;
}

/** Simulator, tests and benchmark run under this id, so skill-id verification is never off. */
export const LOCAL_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000';

/**
 * The intents that answer the check, each custom intent of the model, Yes and No, and what
 * their reading does to it: the reader takes what any of them says, so each applies it alike.
 */
export const ANSWER_INTENTS: Record<string, Answer> = Object.fromEntries(
  [
    'CheckInIntent',
    'FeelIntent',
    'SeverityIntent',
    'DaysIntent',
    'RedFlagIntent',
    'SleepIntent',
    'HydrationIntent',
    'NoWarningSignIntent',
    'QuestionIntent',
    'SiteIntent',
    'DescribeIntent',
    'AMAZON.YesIntent',
    'AMAZON.NoIntent',
  ].map((intent) => [intent, applyRead]),
);

export function buildSkill(options: SkillOptions): Skill {
  const logger = options.logger ?? consoleLogger;
  const choose = options.pickVariant ?? randomVariant;
  const skill = SkillBuilders.custom()
    .addRequestHandlers(
      canFulfillHandler,
      launchHandler(choose),
      // Before the answers: a description that says only a command is that command.
      helpHandler(choose),
      repeatHandler(choose),
      startOverHandler(choose),
      fallbackHandler(choose),
      endingHandler('AMAZON.StopIntent', choose),
      endingHandler('AMAZON.CancelIntent', choose),
      endingHandler('AMAZON.NavigateHomeIntent', choose),
      ...Object.entries(ANSWER_INTENTS).map(([intent, answer]) =>
        answerHandler(intent, answer, choose),
      ),
      sessionEndedHandler,
      outOfSessionHandler(logger),
    )
    .addRequestInterceptors(requestLogger(logger))
    .addResponseInterceptors(speechLocaliser(), screenRenderer(logger), verdictLogger(logger))
    .addErrorHandlers(errorHandler(logger))
    .withSkillId(options.skillId)
    .create();
  return withEnvelopeValidation(skill, options.skillId, logger);
}
