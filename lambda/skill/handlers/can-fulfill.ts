import type { RequestHandler } from 'ask-sdk-core';
import type { canfulfill } from 'ask-sdk-model';
import { getRequestType } from '../ask-sdk';
import { filledSlots } from '../slots';

/**
 * The intents a person can start a check with, without the skill's name ("should I train with
 * sore legs?"), and a warning sign said so ("I feel dizzy, should I work out?"): the skill
 * answers it with urgent advice, so it must not be turned away. The other intents answer one
 * of the skill's questions and mean nothing alone.
 */
const NAME_FREE_INTENTS: ReadonlySet<string> = new Set(['CheckInIntent', 'RedFlagIntent']);
/** Free words ("I'm sore all over"): the skill may well take them, but cannot tell unread. */
const DESCRIPTION_INTENT = 'DescribeIntent';

/**
 * Alexa asks, before routing a request said without the skill's name, whether the skill can
 * take it. The answer changes nothing and says nothing (Amazon requires no side effects): YES
 * for a check-in or a warning sign whose every slot was understood, MAYBE when some words were
 * not, NO for any other intent. Each filled slot is answered too, so Alexa can rank the skill.
 */
export const canFulfillHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'CanFulfillIntentRequest',
  handle: (input) => {
    const request = input.requestEnvelope.request;
    const intent = request.type === 'CanFulfillIntentRequest' ? request.intent : undefined;
    const slots = filledSlots(intent?.slots);
    const answers: Record<string, canfulfill.CanFulfillSlot> = {};
    for (const slot of slots) {
      answers[slot.name] = slot.understood
        ? { canUnderstand: 'YES', canFulfill: 'YES' }
        : { canUnderstand: 'MAYBE', canFulfill: 'NO' };
    }
    const ours = NAME_FREE_INTENTS.has(intent?.name ?? '');
    const understood = slots.every((slot) => slot.understood);
    const canFulfill =
      intent?.name === DESCRIPTION_INTENT ? 'MAYBE' : !ours ? 'NO' : understood ? 'YES' : 'MAYBE';
    return input.responseBuilder.withCanFulfillIntent({ canFulfill, slots: answers }).getResponse();
  },
};
