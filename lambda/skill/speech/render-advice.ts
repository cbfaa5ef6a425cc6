import type { Advice, BodyArea, SuggestionKind, Verdict } from '../../core';
import type { LastAdvice } from '../conversation/state';
import {
  CARD_FOOTER,
  cardTitle,
  reasonSentence,
  suggestionSentence,
  URGENT_LINE,
  VERDICT_LINES,
} from './en-US';
import { type PickVariant, pick } from './variants';

/** Advice that cannot wait for a card: spoken after the lead suggestion whenever it applies. */
const ALWAYS_SPOKEN: readonly SuggestionKind[] = [
  'check-warning-signs',
  'review-with-coach',
  'recovery-habits',
  'vary-intensity',
];
/** Verdicts with a session to have: tips may talk about "your workout". */
export const TRAINING_VERDICTS: ReadonlySet<Verdict> = new Set([
  'train',
  'modify',
  'active-recovery',
]);

/** The advice in words: spoken and shown on this turn, never kept in the session. */
export interface RenderedAdvice extends LastAdvice {
  speech: string;
  cardTitle: string;
  cardText: string;
}

export interface RenderContext {
  /** Areas whose pain type stayed unclear and was read as sharp. */
  assumedSharp?: ReadonlySet<BodyArea>;
  /** What the advice rests on, said back first ("Sore legs, about a six, two days."). */
  heardBack?: string;
}

/** Verdict first, then one reason and one concrete suggestion (docs/conversation.md). */
export function renderAdvice(
  advice: Advice,
  choose: PickVariant,
  context: RenderContext = {},
): RenderedAdvice {
  const [reason] = advice.reasons;
  const [lead] = advice.suggestions;
  const training = TRAINING_VERDICTS.has(advice.verdict);
  const say = (suggestion: Advice['suggestions'][number]) =>
    suggestionSentence(suggestion, training);
  const assumed = reason?.area !== undefined && context.assumedSharp?.has(reason.area) === true;
  const reasonLine = reason ? reasonSentence(reason, assumed) : '';
  const extras = advice.urgent
    ? []
    : advice.suggestions.filter((entry) => entry !== lead && ALWAYS_SPOKEN.includes(entry.kind));
  // The card says the verdict as the speech does, in the same words.
  const verdictLine = pick(choose, VERDICT_LINES[advice.verdict]);
  const spoken = advice.urgent
    ? [URGENT_LINE, reasonLine]
    : [context.heardBack ?? '', verdictLine, reasonLine, lead ? say(lead) : '', ...extras.map(say)];
  const cardLines = [
    advice.urgent ? '' : (context.heardBack ?? ''),
    advice.urgent ? URGENT_LINE : verdictLine,
    reasonLine,
    ...advice.suggestions.map(say),
    CARD_FOOTER,
  ];
  return {
    verdict: advice.verdict,
    urgent: advice.urgent,
    rules: advice.reasons.map((entry) => entry.rule),
    suggestions: advice.suggestions.map((entry) => entry.kind),
    speech: [...new Set(spoken.filter(Boolean))].join(' ').replace(/\s+/g, ' ').trim(),
    cardTitle: cardTitle(advice.verdict),
    cardText: [...new Set(cardLines.filter(Boolean))].join('\n'),
  };
}
