import type { HandlerInput } from 'ask-sdk-core';
import { readSlotValue } from '../slots';
import { readWords } from '../understanding/read-words';
import type { Answer } from './answers';
import { applyHeard } from './apply-heard';

/** The DescribeIntent's AMAZON.SearchQuery slot: the words of a free description, as heard. */
export const DESCRIPTION_SLOT = 'description';
/**
 * Its other phrase slot, for the words after a question's lead ("can I {run with sore calves}",
 * "ask soreness coach if I should {skip leg day}"): Alexa keeps the lead out of the slot.
 */
export const ASKED_SLOT = 'asked';
/**
 * The lead put back in front of those words. Every lead of the slot's samples asks whether to
 * train, and the reader needs one to hear a plan in what follows ("can I run": a run planned).
 */
const ASKED_LEAD = 'can I';

/** The words the person said, as the reader takes them; undefined when neither slot heard any. */
export function describedText(input: HandlerInput): string | undefined {
  const asked = readSlotValue(input, ASKED_SLOT);
  if (asked !== undefined) return `${ASKED_LEAD} ${asked}`;
  return readSlotValue(input, DESCRIPTION_SLOT);
}

const commands = new WeakMap<object, string | undefined>();

/**
 * The built-in intent a description says as a whole ("okay thanks bye", "actually, start
 * over"), read once per request: every command handler asks before the description's own.
 */
export function describedCommand(input: HandlerInput): string | undefined {
  const { request } = input.requestEnvelope;
  if (request.type !== 'IntentRequest' || request.intent.name !== 'DescribeIntent')
    return undefined;
  if (commands.has(request)) return commands.get(request);
  const text = describedText(input);
  const command =
    text === undefined
      ? undefined
      : readWords(text, { pending: null, timestamp: request.timestamp, locale: request.locale })
          .command;
  commands.set(request, command);
  return command;
}

/**
 * A description in the person's own words ("honestly it's more of a throb, maybe a four"):
 * Alexa passes the words, and the skill's reader finds the facts in them.
 */
export const applyDescription: Answer = (input, conversation) => {
  const text = describedText(input);
  if (text === undefined) return { kind: 'unchanged' };
  const heard = readWords(text, {
    pending: conversation.pending,
    timestamp: input.requestEnvelope.request.timestamp,
    locale: input.requestEnvelope.request.locale,
  });
  return applyHeard(heard, conversation, input, text);
};
