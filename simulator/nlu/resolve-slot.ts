import { parseNumber } from './numbers';
import type { CompiledModel, RequestSlot } from './types';

/** How well a slot's words were understood; drives the choice between competing matches. */
export type SlotQuality = 'resolved' | 'unresolved' | 'free';

export interface FilledSlot {
  slot: RequestSlot;
  quality: SlotQuality;
}

/**
 * Fills one slot from the words bound to it, shaped as Alexa sends it: AMAZON.NUMBER as digits
 * (or "?" when the words are no number), custom types with entity resolution.
 */
export function resolveSlot(
  name: string,
  type: string,
  words: readonly string[],
  model: CompiledModel,
  skillId: string,
): FilledSlot {
  const spoken = words.join(' ');
  if (type === 'AMAZON.NUMBER') {
    const number = parseNumber(words);
    return number === undefined
      ? { slot: { name, value: '?', confirmationStatus: 'NONE' }, quality: 'unresolved' }
      : { slot: { name, value: String(number), confirmationStatus: 'NONE' }, quality: 'resolved' };
  }
  const values = model.slotTypes.get(type);
  if (!values) {
    return { slot: { name, value: spoken, confirmationStatus: 'NONE' }, quality: 'free' };
  }
  const authority = `amzn1.er-authority.echo-sdk.${skillId}.${type}`;
  const match = values.get(spoken);
  if (!match) {
    return {
      slot: {
        name,
        value: spoken,
        confirmationStatus: 'NONE',
        resolutions: {
          resolutionsPerAuthority: [{ authority, status: { code: 'ER_SUCCESS_NO_MATCH' } }],
        },
      },
      quality: 'unresolved',
    };
  }
  return {
    slot: {
      name,
      value: spoken,
      confirmationStatus: 'NONE',
      resolutions: {
        resolutionsPerAuthority: [
          {
            authority,
            status: { code: 'ER_SUCCESS_MATCH' },
            values: [{ value: { name: match.name, id: match.id } }],
          },
        ],
      },
    },
    quality: 'resolved',
  };
}
