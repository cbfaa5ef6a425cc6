import type { Advice } from '../core';
import { adviceFor } from './conversation/check-in';
import {
  companionOf,
  nextCheckQuestion,
  nextFollowUp,
  safetyQuestionAnswered,
} from './conversation/next-question';
import { settleUnclear } from './conversation/outcomes';
import type { Conversation, Draft, LastAdvice, Question } from './conversation/state';
import type { AdviceShown, Reply } from './reply';
import { recordOf, renderContextOf } from './speech/advice-on-record';
import {
  CARD_FOOTER,
  CLOSINGS,
  PAIRED_PROMPTS,
  PHRASES,
  QUESTION_PROMPTS,
  REASKS,
  reasonSentence,
  suggestionSentence,
  TOPIC_ANSWERS,
} from './speech/en-US';
import { renderAdvice, TRAINING_VERDICTS } from './speech/render-advice';
import { type PickVariant, pick } from './speech/variants';
import type { AdviceTopic } from './understanding/heard';

/** Two re-asks, then the check ends gracefully (docs/conversation.md). */
export const MAX_REASKS = 2;

export interface Turn {
  choose: PickVariant;
  lastAdvice: LastAdvice | undefined;
}

const join = (lines: readonly string[]) => lines.filter(Boolean).join(' ');

/**
 * Asks a question, keeping the session open. `again`: asked once more on request ("what?") or
 * after a question of the user's was answered, in its shorter form as a re-ask is, with no
 * failed answer counted.
 */
export function ask(
  turn: Turn,
  conversation: Conversation,
  question: Question,
  lines: string[],
  again = false,
): Reply {
  const failures = conversation.pending === question ? conversation.failures : 0;
  // Asked again, the question narrows; asked afresh, it takes its companion along.
  const narrowed = failures > 0 || again;
  const fresh = narrowed ? undefined : companionOf(conversation.draft, question);
  const paired = fresh ? PAIRED_PROMPTS[question] : undefined;
  // "What?" after a re-ask gets the other re-ask: never the words just said again.
  const asked = again ? (failures === 1 ? 2 : 1) : failures;
  const prompt = narrowed
    ? reaskPrompt(question, asked)
    : (paired ?? pick(turn.choose, QUESTION_PROMPTS[question]));
  // Said again on request, a paired question keeps both halves open: "what?" changes nothing.
  const kept = again && conversation.pending === question ? conversation.companion : undefined;
  const companion = paired ? fresh : kept;
  const next = {
    ...withoutCompanion(conversation),
    pending: question,
    failures,
    ...(companion && { companion }),
  };
  return {
    speech: join([...lines, prompt]),
    asks: { question, reprompt: prompt },
    kept: { conversation: next, lastAdvice: turn.lastAdvice },
  };
}

/** The re-ask after `failures` failed answers: the first, then the narrower second. */
const reaskPrompt = (question: Question, failures: number) =>
  failures >= 2 ? REASKS[question][1] : REASKS[question][0];

function withoutCompanion(conversation: Conversation): Conversation {
  const { companion: _asked, ...rest } = conversation;
  return rest;
}

function end(turn: Turn, conversation: Conversation | undefined, lines: string[]): Reply {
  return {
    speech: join(lines),
    // Nothing is asked any more: no half of a paired question stays open.
    kept: {
      conversation: conversation && withoutCompanion(conversation),
      lastAdvice: turn.lastAdvice,
    },
  };
}

export function goodbye(turn: Turn, lines: string[] = []): Reply {
  const advised = turn.lastAdvice;
  // Once there is advice, the goodbye fits it; urgent advice already said what to do.
  const closing =
    advised && !advised.urgent ? CLOSINGS[advised.verdict] : advised ? undefined : PHRASES.goodbye;
  return end(turn, undefined, [...lines, ...(closing ? [pick(turn.choose, closing)] : [])]);
}

/**
 * An answer that changed something, but not what was asked, is a failed answer to it: counted,
 * so no question is asked forever. The chest and safety questions are not re-asked at all,
 * since their unclear answers have a safe reading.
 */
function askAgainOrNext(
  turn: Turn,
  conversation: Conversation,
  question: Question,
  preface: string[],
  again = false,
): Reply {
  if (question !== conversation.pending) return ask(turn, conversation, question, preface);
  // After a question answered: the same question in its shorter form, no failure counted.
  if (again) return ask(turn, conversation, question, preface, true);
  // Asked again already, or safe to read at once: the unclear answer's safe reading.
  const settled = settleUnclear(conversation);
  if (settled?.kind === 'changed') {
    const lines = settled.note ? [...preface, settled.note] : preface;
    return advance(turn, { ...conversation, draft: settled.draft, pending: null }, lines);
  }
  const failures = conversation.failures + 1;
  if (failures > MAX_REASKS) return giveUp(turn, conversation);
  return ask(turn, { ...conversation, failures }, question, preface);
}

/** What to say once a follow-up answer has not changed the verdict. */
function followUpNote(
  answered: 'sleep' | 'hydration',
  advice: Advice,
  choose: PickVariant,
): string {
  const kind = answered === 'sleep' ? 'sleep' : 'hydrate';
  const suggestion = advice.suggestions.find((entry) => entry.kind === kind);
  if (suggestion) return suggestionSentence(suggestion, TRAINING_VERDICTS.has(advice.verdict));
  if (answered === 'sleep') return pick(choose, PHRASES.sleepThanks);
  const training = TRAINING_VERDICTS.has(advice.verdict);
  return pick(choose, training ? PHRASES.hydrationGood : PHRASES.hydrationGoodResting);
}

/** The tip for what the user told us up front, since those follow-ups will not be asked. */
function volunteeredTip(conversation: Conversation, advice: Advice): string | undefined {
  const habit = advice.suggestions.find(
    (entry) =>
      (entry.kind === 'sleep' && conversation.draft.sleepHours !== undefined) ||
      (entry.kind === 'hydrate' && conversation.draft.hydration !== undefined),
  );
  return habit && advice.reasons[0]?.rule !== 'M1'
    ? suggestionSentence(habit, TRAINING_VERDICTS.has(advice.verdict))
    : undefined;
}

/**
 * Moves the check on after an answer: the next question that can still change the verdict,
 * or the advice, then the sleep and water follow-ups, then goodbye.
 */
export function advance(
  turn: Turn,
  conversation: Conversation,
  preface: string[],
  answered: ReadonlyArray<'sleep' | 'hydration'> = [],
  forcedQuestion?: Question,
  again = false,
): Reply {
  if (forcedQuestion) return ask(turn, conversation, forcedQuestion, preface);
  const advice = adviceFor(conversation.draft);
  // The safety question after a give-up is answered: urgent advice if it must be, else general.
  if (conversation.draft.gaveUp && !advice.urgent) return generalAdvice(turn, conversation.draft);
  // The chest question is a safety question: asked even after the advice, when a chest is
  // named in a follow-up answer ("six hours, but my chest hurts").
  const question = nextCheckQuestion(conversation.draft, advice);
  if (question && (!conversation.adviceGiven || question === 'chest')) {
    return askAgainOrNext(turn, conversation, question, preface, again);
  }
  const rendered = renderAdvice(advice, turn.choose, renderContextOf(conversation));
  const lines = [...preface];
  const changedAdvice = !conversation.adviceGiven || turn.lastAdvice?.verdict !== rendered.verdict;
  if (!conversation.adviceGiven) {
    lines.push(rendered.speech);
    // Urgent advice is the urgent line and the signs, nothing else.
    const tip = advice.urgent ? undefined : volunteeredTip(conversation, advice);
    if (tip && !rendered.speech.includes(tip)) lines.push(tip);
  } else if (changedAdvice) {
    lines.push(PHRASES.adviceChanged, rendered.speech);
    // Water said with the night that changed the advice still gets its word ("not much water").
    if (answered.includes('hydration')) {
      const note = followUpNote('hydration', advice, turn.choose);
      if (!rendered.speech.includes(note)) lines.push(note);
    }
  } else {
    for (const question of answered) lines.push(followUpNote(question, advice, turn.choose));
  }
  const advised = { ...conversation, adviceGiven: true };
  const adviceTurn = { ...turn, lastAdvice: recordOf(rendered) };
  const followUp = advice.urgent ? undefined : nextFollowUp(advised.draft, advice);
  // The closing fits the verdict: no good session wished on a rest day.
  if (!followUp && !advice.urgent) lines.push(pick(turn.choose, CLOSINGS[advice.verdict]));
  const reply = followUp
    ? ask(adviceTurn, advised, followUp, lines, again && followUp === conversation.pending)
    : end(adviceTurn, advised, lines);
  // The card is the advice: sent when it is first given or changes, not on every follow-up.
  return changedAdvice ? { ...reply, advice: rendered } : reply;
}

/**
 * The re-asks ran out. After the advice, the check simply ends. Before it, the skill never
 * reassures: it asks the safety question first if it was never answered (a warning sign may be
 * what it could not follow), then says it could not follow and gives safe general advice.
 */
function giveUp(turn: Turn, conversation: Conversation): Reply {
  if (conversation.adviceGiven) {
    // The follow-ups could not be followed: dropped plainly, the advice's own closing after.
    const closing = turn.lastAdvice ? [pick(turn.choose, CLOSINGS[turn.lastAdvice.verdict])] : [];
    return end(turn, conversation, [PHRASES.followUpsDropped, ...closing]);
  }
  const draft = { ...conversation.draft, misheard: true, gaveUp: true };
  if (!safetyQuestionAnswered(draft) && conversation.pending !== 'redFlags') {
    return ask(turn, { ...conversation, draft, failures: 0 }, 'redFlags', [PHRASES.giveUpScreen]);
  }
  return generalAdvice(turn, draft);
}

/** The general advice that ends a check the skill could not follow; the signs when unclear. */
function generalAdvice(turn: Turn, draft: Draft): Reply {
  // Signs said again unless the safety question got a clear no: an answer beside it is no no.
  const unclear = draft.warningSignsUnclear || !safetyQuestionAnswered(draft);
  const lines = [PHRASES.giveUp, ...(unclear ? [PHRASES.giveUpSigns] : [])];
  const advice: AdviceShown = {
    verdict: 'general',
    urgent: false,
    cardTitle: PHRASES.giveUpCardTitle,
    cardText: [...lines, CARD_FOOTER].join('\n'),
  };
  return { ...end(turn, undefined, lines), advice };
}

/** An answer we could not use: say why, re-ask what is expected, and never loop forever. */
export function reask(turn: Turn, conversation: Conversation, problem?: string): Reply {
  const pending = conversation.pending ?? 'area';
  const failures = conversation.failures + 1;
  if (failures > MAX_REASKS) return giveUp(turn, conversation);
  const reprompt = reaskPrompt(pending, failures);
  // Why first, when there is a why; a plain "sorry" only the first time.
  const lead = problem ?? (failures === 1 ? PHRASES.notUnderstood : '');
  return {
    speech: join([lead, reprompt]),
    asks: { question: pending, reprompt },
    kept: {
      conversation: { ...withoutCompanion(conversation), pending, failures },
      lastAdvice: turn.lastAdvice,
    },
  };
}

/**
 * A question about the advice itself ("why?", "what is DOMS?"): one short answer from the rules,
 * then the check carries on where it was.
 */
export function answerQuestion(
  turn: Turn,
  conversation: Conversation,
  topic: AdviceTopic,
  preface: string[],
): Reply {
  const advice = adviceFor(conversation.draft);
  // A warning sign said with the question comes first: urgent advice waits for no answer.
  if (advice.urgent) return advance(turn, conversation, preface);
  const [reason] = advice.reasons;
  const [lead] = advice.suggestions;
  const answer =
    conversation.adviceGiven && topic === 'why' && reason
      ? reasonSentence(reason)
      : conversation.adviceGiven && topic === 'instead' && lead
        ? suggestionSentence(lead, TRAINING_VERDICTS.has(advice.verdict))
        : TOPIC_ANSWERS[topic];
  const lines = [...preface, answer];
  if (conversation.adviceGiven && !conversation.pending) return goodbye(turn, lines);
  // Then the check goes on where it was: the same question in its shorter form, or the next
  // one; a question is no failed answer.
  return advance(turn, { ...conversation, failures: 0 }, lines, [], undefined, true);
}
