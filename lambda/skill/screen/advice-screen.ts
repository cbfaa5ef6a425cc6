import type { Verdict } from '../../core';
import type { Question } from '../conversation/state';
import type { AdviceShown } from '../reply';
import { CARD_FOOTER, VERDICT_LABELS } from '../speech/en-US';
import { localiseSpeech } from '../speech/locales';
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
 * opening turn loads neither the advice's wording nor this.
 */
export function adviceScreenFor(
  shown: AdviceShown,
  asked: Question | undefined,
  locale: string | undefined,
): ScreenData {
  const advice = adviceScreen(shown, locale);
  // The follow-up asked after the advice ("how many hours did you sleep?") takes taps too.
  return !shown.urgent && asked
    ? { ...advice, question: asked, choices: TOUCH_QUESTIONS[asked].choices }
    : advice;
}

/**
 * The advice as the card gives it: the verdict as the headline, then the reason, what to do
 * instead and the tips. Urgent advice shows only its instruction, the number to call first;
 * general advice, its card's title.
 */
function adviceScreen(advice: AdviceShown, locale?: string): ScreenData {
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
  if (advice.verdict === 'general') {
    return {
      headline: localiseSpeech(advice.cardTitle, locale),
      body: lines.join('<br>'),
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
