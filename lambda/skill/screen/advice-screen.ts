import type { Verdict } from '../../core';
import type { Conversation, LastAdvice } from '../conversation/state';
import { adviceOnRecord } from '../speech/advice-on-record';
import { CARD_FOOTER, VERDICT_LABELS } from '../speech/en-US';
import { localiseSpeech } from '../speech/locales';
import type { RenderedAdvice } from '../speech/render-advice';
import { firstVariant } from '../speech/variants';
import { TOUCH_QUESTIONS } from './choices';
import type { ScreenData } from './screen-data';

const BADGES: Readonly<Record<Verdict, { color: string; icon: string }>> = {
  train: { color: '#66BB6A', icon: 'GO' },
  modify: { color: '#D4E157', icon: 'ADJUST' },
  'active-recovery': { color: '#4DD0E1', icon: 'EASY' },
  rest: { color: '#FFB300', icon: 'REST' },
  'see-professional': { color: '#EF5350', icon: 'CHECK' },
};

/**
 * The advice's screen, apart from the questions' (render-screen.ts) so that a screen device's
 * opening turn loads neither the engine nor the advice's wording. The first variant: the screen
 * shows the card's wording, which never varies.
 */
export function adviceScreenFor(
  conversation: Conversation,
  record: LastAdvice | undefined,
  asks: boolean,
  locale: string | undefined,
): ScreenData | undefined {
  const lastAdvice = adviceOnRecord(conversation, record, firstVariant);
  if (!lastAdvice) return undefined;
  const advice = adviceScreen(lastAdvice, locale);
  // The follow-up asked after the advice ("how many hours did you sleep?") takes taps too.
  return !lastAdvice.urgent && asks && conversation.pending
    ? {
        ...advice,
        question: conversation.pending,
        choices: TOUCH_QUESTIONS[conversation.pending].choices,
      }
    : advice;
}

/**
 * The advice as the card gives it: the verdict as the headline, then the reason, what to do
 * instead and the tips. Urgent advice shows only its instruction, the number to call first.
 */
function adviceScreen(advice: RenderedAdvice, locale?: string): ScreenData {
  const disclaimer = localiseSpeech(CARD_FOOTER, locale);
  const lines = advice.cardText
    .split('\n')
    .map((line) => localiseSpeech(line, locale))
    .filter((line) => line !== '' && line !== disclaimer);
  if (advice.urgent) {
    return {
      headline: lines[0] ?? '',
      body: lines.slice(1).join('<br>'),
      badge: { color: BADGES['see-professional'].color, icon: 'STOP' },
      choices: [],
      disclaimer,
    };
  }
  return {
    headline: VERDICT_LABELS[advice.verdict],
    body: lines.join('<br>'),
    badge: BADGES[advice.verdict],
    choices: [],
    disclaimer,
  };
}
