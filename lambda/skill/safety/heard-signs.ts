import type { HandlerInput } from 'ask-sdk-core';
import type { RedFlag } from '../../core';
import { heardSlotValues } from '../slots';
import { hasWords, warningSignsIn } from './warning-words';

/**
 * The warning signs in everything a request carries, whichever intent it matched. Each value
 * is read alone and all of them together, since a sign may be split across slots ("chest" in
 * one, "tight" in another).
 */
export function warningSignsHeard(
  input: HandlerInput,
  deniedSlots: readonly string[] = [],
): RedFlag[] {
  // A number ("6" for "six") names no sign; skipping them spares a turn that heard only numbers
  // compiling the lexicon's patterns.
  const values = heardSlotValues(input, deniedSlots).filter(hasWords);
  if (values.length === 0) return [];
  const signs = new Set<RedFlag>();
  for (const text of [...values, values.join(' ')]) {
    for (const sign of warningSignsIn(text)) signs.add(sign);
  }
  return [...signs];
}
