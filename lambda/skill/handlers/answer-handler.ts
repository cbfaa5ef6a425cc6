import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { isNewSession } from '../ask-sdk';
import { applyHeard } from '../conversation/apply-heard';
import { withRedFlags } from '../conversation/draft-updates';
import type { IntentName } from '../conversation/intent-names';
import { answeredNow, FOLLOW_UPS } from '../conversation/next-question';
import { changed, type Outcome, settleUnclear } from '../conversation/outcomes';
import { loadSession } from '../conversation/session';
import type { Conversation, Draft } from '../conversation/state';
import { startOver } from '../opening';
import type { Reply } from '../reply';
import { advance, answerQuestion, goodbye, reask, type Turn } from '../respond';
import { namesHardSession } from '../safety/hard-session-words';
import { warningSignsHeard } from '../safety/heard-signs';
import { heardSlotValues, SIGN_SLOT_NAMES } from '../slots';
import { DISCLAIMER, PHRASES } from '../speech/en-US';
import type { PickVariant } from '../speech/variants';
import { type RequestRead, readRequest } from '../understanding/read-request';
import { isIntent } from './intent';
import { turnHandler } from './turn-handler';

function followUpsAnswered(before: Draft, after: Draft): Array<'sleep' | 'hydration'> {
  return FOLLOW_UPS.filter((question) => answeredNow(before, after, question));
}

/**
 * The safety net: a warning sign heard anywhere in the request joins the check, whatever the
 * answer itself did; the skill then advises at once if it is urgent.
 */
function withHeardSigns(
  input: HandlerInput,
  conversation: Conversation,
  outcome: Outcome,
): Outcome {
  // A denial's sign slots hold what came after its "no" ("no {redFlag}", "not dizzy or
  // {otherRedFlag}"): read with the "no" back in front.
  const denied = isIntent(input, 'NoWarningSignIntent') ? SIGN_SLOT_NAMES : [];
  const signs = warningSignsHeard(input, denied);
  const note = outcome.kind === 'changed' ? outcome.note : undefined;
  const recheck = outcome.kind === 'changed' ? outcome.recheck : undefined;
  const base = outcome.kind === 'changed' ? outcome.draft : conversation.draft;
  if (signs.length === 0) return outcome;
  // A sign said to the safety question answers it.
  const pending = conversation.pending === 'redFlags' ? null : undefined;
  return changed(withRedFlags(base, signs), pending, note, recheck);
}

/**
 * The answer was not understood: nothing usable in it (a re-ask or a fallback follows), or words
 * in a slot that holds a fact of which nothing could be read, beside what was placed.
 */
function misunderstood(answered: Outcome, read: RequestRead, started: boolean): boolean {
  if (answered.kind === 'problem') return true;
  if (answered.kind === 'unchanged') return started;
  return read.unread;
}

/**
 * What this request says about whether a red flag is plausible, whatever the answer did: it was
 * not understood (a warning sign may have gone unheard), or it names a hard session among words
 * the model could not place ("I ran a marathon on Sunday"). Both make the safety question come
 * before any advice but urgent advice, so they are kept even when the answer is asked again.
 */
function plausibilityNoted(
  input: HandlerInput,
  answered: Outcome,
  read: RequestRead,
  started: boolean,
): (draft: Draft) => Draft {
  const misheard = misunderstood(answered, read, started);
  const hardSession = heardSlotValues(input).some(namesHardSession);
  return (draft) => ({
    ...draft,
    ...(misheard && { misheard: true }),
    ...(hardSession && { hardSession: true }),
  });
}

/** What a request's reading does to the check; the fallback's is always a re-ask. */
export type Answer = (read: RequestRead, conversation: Conversation) => Outcome;

export const applyRead: Answer = (read, conversation) =>
  applyHeard(read.heard, conversation, read.words);

/** Runs one answer through the check: apply it, then ask, advise, re-ask or end. */
export function runAnswer(input: HandlerInput, choose: PickVariant, answer: Answer): Reply {
  const session = loadSession(input);
  const turn: Turn = { choose, lastAdvice: session.lastAdvice };
  if (session.broken) return startOver(PHRASES.brokenState);
  const { conversation: before } = session;
  // A request without a session (ask-sdk throws on asking) is a first turn too.
  const firstTurn = !input.requestEnvelope.session || isNewSession(input.requestEnvelope);
  const preface = firstTurn ? [DISCLAIMER] : [];
  // The reader takes the facts; the safety net reads the same words on its own, below.
  const read = readRequest(input, before.pending, before.companion);
  const answered = answer(read, before);
  const noted = plausibilityNoted(input, answered, read, session.started);
  const conversation = { ...before, draft: noted(before.draft) };
  const placed =
    answered.kind === 'changed' ? { ...answered, draft: noted(answered.draft) } : answered;
  let outcome = withHeardSigns(input, conversation, placed);
  if (outcome.kind === 'unchanged' && !session.started) {
    // A fresh "should I train today?" simply starts the check.
    return advance(turn, conversation, preface);
  }
  if (outcome.kind === 'unchanged' || outcome.kind === 'problem') {
    outcome = settleUnclear(conversation) ?? outcome;
  }
  switch (outcome.kind) {
    case 'changed': {
      const next = { ...conversation, draft: outcome.draft };
      const answered = followUpsAnswered(conversation.draft, outcome.draft);
      // Half of a paired question answered is an answer: the other half is asked afresh.
      const halfAnswered =
        before.companion !== undefined &&
        answeredNow(before.draft, outcome.draft, before.companion);
      if (outcome.pending === null || halfAnswered) next.pending = null;
      if (outcome.recheck) {
        // Corrected after the advice: asked what the correction leaves open, then advised anew.
        return advance(turn, { ...next, adviceGiven: false, pending: null }, [
          ...preface,
          PHRASES.corrected,
        ]);
      }
      const lines = outcome.note ? [...preface, outcome.note] : preface;
      return advance(turn, next, lines, answered, outcome.pending ?? undefined);
    }
    case 'decline':
      return goodbye(turn);
    case 'question': {
      const asked = outcome.draft ? { ...conversation, draft: outcome.draft } : conversation;
      return answerQuestion(turn, asked, outcome.topic, preface);
    }
    case 'unchanged':
      return reask(turn, conversation);
    case 'problem':
      return reask(turn, conversation, outcome.say);
  }
}

export function answerHandler(
  intentName: IntentName,
  answer: Answer,
  choose: PickVariant,
): RequestHandler {
  return turnHandler({
    canHandle: (input) => isIntent(input, intentName),
    reply: (input) => runAnswer(input, choose, answer),
  });
}
