import { readSlotValue } from '../slots';
import { readWords } from '../understanding/read-words';
import type { Answer } from './answers';
import { applyHeard } from './apply-heard';

/** The DescribeIntent's AMAZON.SearchQuery slot: the words of a free description, as heard. */
export const DESCRIPTION_SLOT = 'description';

/**
 * A description in the person's own words ("honestly it's more of a throb, maybe a four"):
 * Alexa passes the words, and the skill's reader finds the facts in them.
 */
export const applyDescription: Answer = (input, conversation) => {
  const text = readSlotValue(input, DESCRIPTION_SLOT);
  if (text === undefined) return { kind: 'unchanged' };
  const heard = readWords(text, {
    pending: conversation.pending,
    timestamp: input.requestEnvelope.request.timestamp,
    locale: input.requestEnvelope.request.locale,
  });
  return applyHeard(heard, conversation, input, text);
};
