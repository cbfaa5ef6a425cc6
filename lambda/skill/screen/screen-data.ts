import type { Question } from '../conversation/state';
import { localiseSpeech } from '../speech/locales';
import { CARD_FOOTER } from '../speech/prompts-en-US';
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
