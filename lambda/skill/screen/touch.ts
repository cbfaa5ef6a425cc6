import type { Intent, RequestEnvelope, Slot } from 'ask-sdk-model';
import { isSessionAttributes } from '../boundary/generated/is-session-attributes';
import { isTapArguments } from '../boundary/generated/is-tap-arguments';
import type { Question } from '../conversation/state';
import { type SpokenAs, TOUCH_QUESTIONS } from './choices';
import { TAP_REQUEST } from './has-screen';

/** The question the session waits for, read as any session is: checked, never trusted. */
function pendingQuestion(attributes: unknown): Question | null {
  const checked = attributes ?? {};
  return isSessionAttributes(checked) ? (checked.conversation?.pending ?? null) : null;
}

function slotFor(spoken: SpokenAs): Record<string, Slot> {
  if (!('slot' in spoken)) return {};
  if ('number' in spoken) {
    return {
      [spoken.slot]: {
        name: spoken.slot,
        value: String(spoken.number),
        confirmationStatus: 'NONE',
      },
    };
  }
  return {
    [spoken.slot]: {
      name: spoken.slot,
      value: spoken.id,
      confirmationStatus: 'NONE',
      resolutions: {
        resolutionsPerAuthority: [
          {
            authority: 'touch',
            status: { code: 'ER_SUCCESS_MATCH' },
            values: [{ value: { name: spoken.id, id: spoken.id } }],
          },
        ],
      },
    },
  };
}

/**
 * A tap on a choice becomes the request the same answer said aloud would be, before any
 * handler runs: the same handlers, state changes and safety screen, with nothing to keep in
 * step. A tap on a question no longer asked (the screen was behind) repeats the current one.
 * Any other request passes unchanged.
 */
export function touchAsSpoken(envelope: RequestEnvelope): RequestEnvelope {
  const request = envelope.request;
  if (request.type !== TAP_REQUEST) return envelope;
  // A tap's arguments come from outside like any request: checked, and only ours are read.
  const tap = request.arguments;
  if (!isTapArguments(tap)) return envelope;
  const [, question, answer] = tap;
  const stillAsked = pendingQuestion(envelope.session?.attributes) === question;
  const spoken = stillAsked ? TOUCH_QUESTIONS[question].spokenAs(answer) : undefined;
  const intent: Intent = spoken
    ? { name: spoken.intent, confirmationStatus: 'NONE', slots: slotFor(spoken) }
    : { name: 'AMAZON.RepeatIntent', confirmationStatus: 'NONE' };
  return {
    ...envelope,
    request: {
      type: 'IntentRequest',
      requestId: request.requestId,
      timestamp: request.timestamp,
      ...(request.locale ? { locale: request.locale } : {}),
      dialogState: 'IN_PROGRESS',
      intent,
    },
  };
}
