import type { RequestIntent } from '../../simulator/nlu/types';

/** Slot types whose resolved ids are warning signs (RedFlagIntent's sign slots). */
const SIGN_AUTHORITY = /\.(RedFlag|ChestFeeling|BreathingTrouble)$/;

/**
 * The warning signs a RedFlagIntent resolved, sorted: read the same way from Alexa's answer as
 * the offline safety corpus reads the simulator's (tests/safety/safety-corpus.ts).
 */
export function signsResolved(understood: { kind: string; intent?: RequestIntent }): string[] {
  if (understood.kind !== 'intent' || understood.intent?.name !== 'RedFlagIntent') return [];
  const signs = Object.values(understood.intent.slots ?? {}).flatMap((slot) => {
    const authority = slot.resolutions?.resolutionsPerAuthority[0];
    if (!authority || !SIGN_AUTHORITY.test(authority.authority)) return [];
    return (authority.values ?? []).map((value) => value.value.id);
  });
  return [...new Set(signs)].sort();
}
