import type { Verdict } from '../../core';
import type { Question } from '../conversation/state';
import { CARD_FOOTER, VERDICT_LABELS } from '../speech/en-US';
import { localiseSpeech } from '../speech/locales';
import type { RenderedAdvice } from '../speech/render-advice';
import { type Choice, TOUCH_QUESTIONS } from './choices';

/** What one screen shows: the datasource of the APL document, all text from the catalogue. */
export interface ScreenData {
  headline: string;
  body: string;
  /** The verdict's colour, with its name in words beside it: colour is never the only sign. */
  badge?: { color: string; icon: string };
  question?: Question;
  choices: readonly Choice[];
  disclaimer: string;
}

const BADGES: Readonly<Record<Verdict, { color: string; icon: string }>> = {
  train: { color: '#66BB6A', icon: 'GO' },
  modify: { color: '#D4E157', icon: 'ADJUST' },
  'active-recovery': { color: '#4DD0E1', icon: 'EASY' },
  rest: { color: '#FFB300', icon: 'REST' },
  'see-professional': { color: '#EF5350', icon: 'CHECK' },
};

/** A question and the answers it takes by touch. */
export function questionScreen(question: Question, prompt: string, locale?: string): ScreenData {
  return {
    headline: localiseSpeech(prompt, locale),
    body: '',
    question,
    choices: TOUCH_QUESTIONS[question].choices,
    disclaimer: localiseSpeech(CARD_FOOTER, locale),
  };
}

/**
 * The advice as the card gives it: the verdict as the headline, then the reason, what to do
 * instead and the tips. Urgent advice shows only its instruction, the number to call first.
 */
export function adviceScreen(advice: RenderedAdvice, locale?: string): ScreenData {
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
