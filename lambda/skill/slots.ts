import type { HandlerInput } from 'ask-sdk-core';
import { getSlot } from './ask-sdk';
import { isSlot } from './boundary/generated/is-slot';
import type { Slot } from './boundary/schemas';

export type SlotReading<T> =
  | { kind: 'absent' }
  | { kind: 'value'; value: T }
  /** Heard something we cannot use: NO_MATCH, an id we do not know, or a non-number. */
  | { kind: 'unusable'; heard: string };

function readSlot(input: HandlerInput, name: string): Slot | undefined {
  if (input.requestEnvelope.request.type !== 'IntentRequest') return undefined;
  const slot = getSlot(input.requestEnvelope, name);
  // Most slots of an intent are empty on any one turn: a failed parse builds an error object,
  // so an empty or missing slot is answered before the check is asked.
  if (slot?.value === undefined) return undefined;
  return isSlot(slot) ? slot : undefined;
}

/** A custom slot's value id from entity resolution, checked against the ids the code knows. */
export function readSlotId<T extends string>(
  input: HandlerInput,
  name: string,
  ids: readonly T[],
): SlotReading<T> {
  const slot = readSlot(input, name);
  const heard = slot?.value?.trim();
  if (!slot || !heard) return { kind: 'absent' };
  for (const authority of slot.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status.code !== 'ER_SUCCESS_MATCH') continue;
    const id = authority.values?.[0]?.value.id;
    const known = ids.find((candidate) => candidate === id);
    if (known) return { kind: 'value', value: known };
  }
  return { kind: 'unusable', heard };
}

/** AMAZON.NUMBER arrives as digits ("4", "-3") or "?" when Alexa heard no number. */
export function readNumber(input: HandlerInput, name: string): SlotReading<number> {
  const heard = readSlot(input, name)?.value?.trim();
  if (!heard) return { kind: 'absent' };
  if (!/^-?\d{1,6}(\.\d{1,3})?$/.test(heard)) return { kind: 'unusable', heard };
  return { kind: 'value', value: Number(heard) };
}

/** What the user said into a slot, as heard; undefined when the slot is empty. */
export function readSlotValue(input: HandlerInput, name: string): string | undefined {
  return readSlot(input, name)?.value?.trim() || undefined;
}

/** The slots that hold warning signs, by the model's slot names. */
export const SIGN_SLOT_NAMES = ['redFlag', 'otherRedFlag'] as const;

/**
 * Every slot value the request carries, as heard, resolved or not: the safety net reads them.
 * A slot in `deniedSlots` held words said after "no" ("no {redFlag}"), so they come back with
 * the "no" in front, and a denial is read as one. Only the value is needed, so it is checked for
 * being a string rather than parsing every slot's whole shape: this runs on every request.
 */
export function heardSlotValues(
  input: HandlerInput,
  deniedSlots: readonly string[] = [],
): string[] {
  const request = input.requestEnvelope.request;
  if (request.type !== 'IntentRequest') return [];
  const values: string[] = [];
  for (const [name, slot] of Object.entries(request.intent.slots ?? {})) {
    const heard: unknown = (slot as { value?: unknown } | undefined)?.value;
    if (typeof heard !== 'string' || heard.trim() === '') continue;
    values.push(deniedSlots.includes(name) ? `no ${heard.trim()}` : heard.trim());
  }
  return values;
}

/** Each filled slot of an intent, and whether Alexa understood it (a match, or a number). */
export function filledSlots(
  slots: Readonly<Record<string, unknown>> | undefined,
): Array<{ name: string; understood: boolean }> {
  return Object.entries(slots ?? {}).flatMap(([name, raw]) => {
    const heard = isSlot(raw) ? raw.value?.trim() : undefined;
    if (!isSlot(raw) || !heard) return [];
    const authorities = raw.resolutions?.resolutionsPerAuthority;
    const understood = authorities
      ? authorities.some((authority) => authority.status.code === 'ER_SUCCESS_MATCH')
      : Number.isFinite(Number(heard));
    return [{ name, understood }];
  });
}
