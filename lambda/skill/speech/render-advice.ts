import type { Advice } from '../../core';
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

/** Verdict first, then one reason and one concrete suggestion (DESIGN.md §3). */
export function renderAdvice(advice: Advice, choose: PickVariant): LastAdvice {
  const [reason] = advice.reasons;
  const [suggestion] = advice.suggestions;
  const reasonLine = reason ? reasonSentence(reason) : '';
  const suggestionLine = suggestion ? suggestionSentence(suggestion) : '';
  const speech = advice.urgent
    ? [URGENT_LINE, reasonLine].join(' ')
    : [pick(choose, VERDICT_LINES[advice.verdict]), reasonLine, suggestionLine].join(' ');
  const cardLines = [
    advice.urgent ? URGENT_LINE : VERDICT_LINES[advice.verdict][0],
    reasonLine,
    ...advice.suggestions.map(suggestionSentence).filter((line) => line !== URGENT_LINE),
    CARD_FOOTER,
  ];
  return {
    verdict: advice.verdict,
    urgent: advice.urgent,
    rules: advice.reasons.map((entry) => entry.rule),
    suggestions: advice.suggestions.map((entry) => entry.kind),
    speech: speech.replace(/\s+/g, ' ').trim(),
    cardTitle: cardTitle(advice.verdict),
    cardText: [...new Set(cardLines.filter(Boolean))].join('\n'),
  };
}
