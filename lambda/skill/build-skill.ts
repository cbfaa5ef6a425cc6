import type { Skill } from 'ask-sdk-core';
import { SkillBuilders } from './ask-sdk';
import { deferredHandlers, deferredInterceptor, loadOnce } from './deferred';
import { errorHandler } from './handlers/error';
import { launchHandler } from './handlers/launch';
import { requestLogger, verdictLogger } from './interceptors';
import { consoleLogger, type Logger } from './logger';
import { hasScreen, screenLeftOut } from './screen/has-screen';
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
 * The opening turn and the error handler are built here; the rest of the conversation and the
 * screens are loaded on the first request that needs them (deferred.ts).
 */
export function buildSkill(options: SkillOptions): Skill {
  const logger = options.logger ?? consoleLogger;
  const choose = options.pickVariant ?? randomVariant;
  const handlers = loadOnce(async () =>
    (await import('./conversation-handlers')).conversationHandlers(choose, logger),
  );
  const screens = loadOnce(async () => (await import('./screen/render-screen')).screenRenderer());
  const skill = SkillBuilders.custom()
    .addRequestHandlers(launchHandler(choose), deferredHandlers(handlers))
    .addRequestInterceptors(requestLogger(logger))
    .addResponseInterceptors(
      deferredInterceptor(hasScreen, screens, screenLeftOut(logger)),
      verdictLogger(logger),
    )
    // Static, so that a turn whose code failed to load is still answered and logged.
    .addErrorHandlers(errorHandler(logger))
    .withSkillId(options.skillId)
    .create();
  return withEnvelopeValidation(skill, options.skillId, logger);
}
