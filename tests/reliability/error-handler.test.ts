import { SkillBuilders } from 'ask-sdk-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../lambda/skill';
import { ANSWER_INTENTS } from '../../lambda/skill/conversation-handlers';
import type { Answer } from '../../lambda/skill/handlers/answer-handler';
import { errorHandler } from '../../lambda/skill/handlers/error';
import { PHRASES } from '../../lambda/skill/speech/en-US';
import {
  AlexaSession,
  launchRequest,
  match,
  repromptOf,
  SKILL_ID,
  sessionEndedRequest,
  speechOf,
  unknown,
} from '../skill/alexa';
import { newSession } from '../skill/skill-under-test';

const HEARD = 'zanzibarquads';

class SlotExplodedError extends Error {
  override name = 'SlotExplodedError';
}

/** An answer that fails the way a bug would, with user data in its message. */
const explode: Answer = (read) => {
  throw new SlotExplodedError(`cannot read ${JSON.stringify(read)}`);
};

const answers = ANSWER_INTENTS as Record<string, Answer>;
const originals = { ...answers };

afterEach(() => {
  Object.assign(answers, originals);
});

/**
 * The real skill, with one answer of ANSWER_INTENTS swapped for one that throws until the test
 * ends: the conversation's handlers are built on the first request past the opening.
 */
function skillThrowingOn(intent: string) {
  answers[intent] = explode;
  return newSession();
}

describe('the ErrorHandler, reached through a real handler that throws', () => {
  it('apologises, keeps the session open with a reprompt, and the user can go on', async () => {
    const { session, logs } = skillThrowingOn('FeelIntent');
    await session.launch();
    await session.say('CheckInIntent', { area: match('legs') });
    const failed = await session.say('FeelIntent', { feel: unknown(HEARD) });
    expect(speechOf(failed)).toBe(PHRASES.error);
    expect(repromptOf(failed)).toBe(PHRASES.errorReprompt);
    expect(failed.response.shouldEndSession).toBe(false);

    // The apology asked "where are you sore?", so "no" means not sore, not "no" to the failed question.
    const next = await session.say('AMAZON.NoIntent');
    expect(speechOf(next)).toMatch(/not sore/i);
    expect(next.response.shouldEndSession).toBe(false);
    expect(logs.some((entry) => entry.event === 'handler-error')).toBe(true);
  });

  it('logs the request id and the error name only: no message, no slot value', async () => {
    const { session, logs } = skillThrowingOn('CheckInIntent');
    await session.say('CheckInIntent', { area: match('legs', HEARD) });
    const errors = logs.filter((entry) => entry.event === 'handler-error');
    expect(errors).toEqual([
      {
        event: 'handler-error',
        requestId: 'amzn1.echo-api.request.test-1',
        error: 'SlotExplodedError',
      },
    ]);
    expect(JSON.stringify(logs)).not.toContain(HEARD);
    expect(JSON.stringify(logs)).not.toContain('cannot read');
  });

  it('stays silent for a SessionEndedRequest whose handler throws', async () => {
    const logs: LogEntry[] = [];
    const record = (entry: LogEntry) => logs.push(entry);
    const logger = { info: record, error: record };
    const skill = SkillBuilders.custom()
      .addRequestHandlers({
        canHandle: () => true,
        handle: () => {
          throw new SlotExplodedError(HEARD);
        },
      })
      .addErrorHandlers(errorHandler(logger))
      .withSkillId(SKILL_ID)
      .create();
    const ended = await new AlexaSession(skill).send(sessionEndedRequest());
    expect(ended.response).toEqual({});
    const launched = await new AlexaSession(skill).send(launchRequest());
    expect(speechOf(launched)).toBe(PHRASES.error);
    expect(logs.map((entry) => entry.error)).toEqual(['SlotExplodedError', 'SlotExplodedError']);
  });
});
