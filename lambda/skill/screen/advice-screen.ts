import type { Conversation, LastAdvice } from '../conversation/state';
import { adviceOnRecord } from '../speech/advice-on-record';
import { firstVariant } from '../speech/variants';
import { TOUCH_QUESTIONS } from './choices';
import { adviceScreen, type ScreenData } from './screen-data';

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
