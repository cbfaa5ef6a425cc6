import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { IntentName } from '../conversation/intent-names';
import { loadSession } from '../conversation/session';
import { startOver } from '../opening';
import { ask, goodbye, type Turn } from '../respond';
import { adviceOnRecord } from '../speech/advice-on-record';
import { HELP, PHRASES } from '../speech/en-US';
import type { PickVariant } from '../speech/variants';
import { runAnswer } from './answer-handler';
import { isCommand, isIntent } from './intent';
import { turnHandler } from './turn-handler';

/** The checked session and the turn built from it, which every handler here needs. */
function sessionTurn(input: HandlerInput, choose: PickVariant) {
  const session = loadSession(input);
  const turn: Turn = { choose, lastAdvice: session.lastAdvice };
  return { session, turn };
}

/** Stop, Cancel and NavigateHome end at once, mid-check too. */
export function endingHandler(intentName: IntentName, choose: PickVariant): RequestHandler {
  return turnHandler({
    canHandle: (input) => isCommand(input, intentName),
    reply: (input) => goodbye(sessionTurn(input, choose).turn),
  });
}

export function helpHandler(choose: PickVariant): RequestHandler {
  return turnHandler({
    canHandle: (input) => isCommand(input, 'AMAZON.HelpIntent'),
    reply: (input) => {
      const { session, turn } = sessionTurn(input, choose);
      if (session.broken) return startOver(PHRASES.brokenState);
      const pending = session.conversation.pending ?? 'area';
      return ask(turn, { ...session.conversation, failures: 0 }, pending, [HELP[pending]]);
    },
  });
}

export function repeatHandler(choose: PickVariant): RequestHandler {
  return turnHandler({
    canHandle: (input) => isCommand(input, 'AMAZON.RepeatIntent'),
    reply: (input) => {
      const { session, turn } = sessionTurn(input, choose);
      const rendered = adviceOnRecord(session.conversation, session.lastAdvice, choose);
      // The answers can move on after the advice (a follow-up that named more): say so.
      const moved = rendered !== undefined && rendered.verdict !== session.lastAdvice?.verdict;
      const pending = session.conversation.pending;
      // Before the advice, "what?" or "say that again" wants the question again, nothing else:
      // in its shorter form, so the same words are never just said again.
      if (!rendered && pending) return ask(turn, session.conversation, pending, [], true);
      const said = rendered
        ? [...(moved ? [PHRASES.adviceChanged] : []), rendered.speech].join(' ')
        : PHRASES.nothingToRepeat;
      if (!pending && session.lastAdvice) return goodbye(turn, [said]);
      return ask(turn, session.conversation, pending ?? 'area', [said]);
    },
  });
}

export function startOverHandler(): RequestHandler {
  return turnHandler({
    canHandle: (input) => isCommand(input, 'AMAZON.StartOverIntent'),
    reply: () => startOver(PHRASES.startOver),
  });
}

/** Out-of-domain speech counts as a failed answer to whatever was asked. */
export function fallbackHandler(choose: PickVariant): RequestHandler {
  return turnHandler({
    canHandle: (input) => isIntent(input, 'AMAZON.FallbackIntent'),
    reply: (input) =>
      runAnswer(input, choose, () => ({ kind: 'problem', say: PHRASES.notUnderstood })),
  });
}
