import { type HandlerInput, isNewSession, type RequestHandler } from 'ask-sdk-core';
import type { Answer } from '../conversation/answers';
import { areaMissing, withArea } from '../conversation/draft-updates';
import { loadSession } from '../conversation/session';
import type { Conversation, Draft } from '../conversation/state';
import { advance, goodbye, reask, startOver, type Turn } from '../respond';
import { DISCLAIMER, PHRASES } from '../speech/en-US';
import type { PickVariant } from '../speech/variants';
import { isIntent } from './intent';

function followUpsAnswered(before: Draft, after: Draft): Array<'sleep' | 'hydration'> {
  const answered: Array<'sleep' | 'hydration'> = [];
  if (before.sleepHours !== after.sleepHours || before.sleepQuality !== after.sleepQuality)
    answered.push('sleep');
  if (before.hydration !== after.hydration) answered.push('hydration');
  return answered;
}

/** After one re-ask, an unclear pain type is read as sharp, the safer reading (DESIGN.md §2). */
function settleUnclearFeel(conversation: Conversation): Conversation | undefined {
  if (conversation.pending !== 'feel' || conversation.failures < 1) return undefined;
  const target = areaMissing(conversation.draft, 'feel');
  if (!target) return undefined;
  return { ...conversation, draft: withArea(conversation.draft, target.area, 'sharp') };
}

/** Runs one answer through the check: apply it, then ask, advise, re-ask or end. */
export function runAnswer(input: HandlerInput, choose: PickVariant, answer: Answer) {
  const session = loadSession(input);
  const turn: Turn = { input, choose, lastAdvice: session.lastAdvice };
  if (session.broken) return startOver(turn, PHRASES.brokenState);
  const { conversation } = session;
  const preface = isNewSession(input.requestEnvelope) ? [DISCLAIMER] : [];
  const outcome = answer(input, conversation);
  switch (outcome.kind) {
    case 'changed': {
      const next = { ...conversation, draft: outcome.draft };
      const answered = followUpsAnswered(conversation.draft, outcome.draft);
      if (outcome.pending === null) next.pending = null;
      return advance(turn, next, preface, answered, outcome.pending ?? undefined);
    }
    case 'decline':
      return goodbye(turn, [PHRASES.skipOkay]);
    case 'unchanged':
      // A fresh "should I train today?" simply starts the check.
      if (!session.started) return advance(turn, conversation, preface);
      break;
    case 'problem':
      break;
  }
  const settled = settleUnclearFeel(conversation);
  if (settled) return advance(turn, settled, preface);
  return reask(turn, conversation, outcome.kind === 'problem' ? outcome.say : undefined);
}

export function answerHandler(
  intentName: string,
  answer: Answer,
  choose: PickVariant,
): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, intentName),
    handle: (input) => runAnswer(input, choose, answer),
  };
}
