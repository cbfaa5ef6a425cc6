import type { RequestHandler } from 'ask-sdk-core';
import type { IntentName } from './conversation/intent-names';
import { type Answer, answerHandler, applyRead } from './handlers/answer-handler';
import { canFulfillHandler } from './handlers/can-fulfill';
import { outOfSessionHandler } from './handlers/out-of-session';
import { sessionEndedHandler } from './handlers/session-ended';
import {
  endingHandler,
  fallbackHandler,
  helpHandler,
  repeatHandler,
  startOverHandler,
} from './handlers/session-tools';
import type { Logger } from './logger';
import type { PickVariant } from './speech/variants';

/**
 * The intents that answer the check, each custom intent of the model, Yes and No, and what
 * their reading does to it: the reader takes what any of them says, so each applies it alike.
 */
const ANSWERING = [
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
] as const satisfies readonly IntentName[];
export const ANSWER_INTENTS: Record<(typeof ANSWERING)[number], Answer> = Object.fromEntries(
  ANSWERING.map((intent) => [intent, applyRead]),
) as Record<(typeof ANSWERING)[number], Answer>;

/**
 * Every request handler but the opening's, in the order ask-sdk asks them: loaded by the first
 * request that is not a LaunchRequest (build-skill.ts).
 */
export function conversationHandlers(choose: PickVariant, logger: Logger): RequestHandler[] {
  return [
    canFulfillHandler,
    // Before the answers: a description that says only a command is that command.
    helpHandler(choose),
    repeatHandler(choose),
    startOverHandler(),
    fallbackHandler(choose),
    endingHandler('AMAZON.StopIntent', choose),
    endingHandler('AMAZON.CancelIntent', choose),
    endingHandler('AMAZON.NavigateHomeIntent', choose),
    ...ANSWERING.map((intent) => answerHandler(intent, ANSWER_INTENTS[intent], choose)),
    sessionEndedHandler,
    outOfSessionHandler(logger),
  ];
}
