import * as z from 'zod';
import type { RequestIntent, RequestSlot } from '../../simulator/nlu/types';

/**
 * The Utterance Profiler's answer (SMAPI v1.skill.evaluations.ProfileNluResponse, as
 * ask-smapi-model publishes it). Every field is optional there; loose objects keep what a later
 * API version adds.
 */
const SlotSchema = z.looseObject({
  name: z.string().optional(),
  value: z.string().optional(),
  confirmationStatus: z.enum(['NONE', 'CONFIRMED', 'DENIED']).optional(),
  resolutions: z
    .looseObject({
      resolutionsPerAuthority: z
        .array(
          z.looseObject({
            authority: z.string().optional(),
            status: z.looseObject({ code: z.string().optional() }).optional(),
            values: z
              .array(z.looseObject({ name: z.string().optional(), id: z.string().optional() }))
              .optional(),
          }),
        )
        .optional(),
    })
    .optional(),
});

const IntentSchema = z.looseObject({
  name: z.string().optional(),
  confirmationStatus: z.enum(['NONE', 'CONFIRMED', 'DENIED']).optional(),
  slots: z.record(z.string(), SlotSchema).optional(),
});

export const ProfileNluResponseSchema = z.looseObject({
  sessionEnded: z.boolean().optional(),
  selectedIntent: IntentSchema.optional(),
  consideredIntents: z.array(IntentSchema).optional(),
  multiTurn: z
    .looseObject({
      dialogAct: z
        .looseObject({ type: z.string().optional(), targetSlot: z.string().optional() })
        .optional(),
      token: z.string().optional(),
      prompt: z.string().optional(),
    })
    .optional(),
});

export type ProfileNluResponse = z.infer<typeof ProfileNluResponseSchema>;

/**
 * The selected intent in the shape of an IntentRequest's intent, so the corpus judges Alexa's
 * reading exactly as it judges the simulator's: ids from the first authority, values as heard.
 * Nothing selected is a miss.
 */
export function selectedIntentOf(
  response: ProfileNluResponse,
): { kind: 'intent'; intent: RequestIntent } | { kind: 'none' } {
  const selected = response.selectedIntent;
  if (!selected?.name) return { kind: 'none' };
  const slots: Record<string, RequestSlot> = {};
  for (const [name, slot] of Object.entries(selected.slots ?? {})) {
    const authorities = (slot.resolutions?.resolutionsPerAuthority ?? []).map((authority) => ({
      authority: authority.authority ?? '',
      // A timeout or an error resolves nothing, as a non-match does.
      status: {
        code:
          authority.status?.code === 'ER_SUCCESS_MATCH'
            ? ('ER_SUCCESS_MATCH' as const)
            : ('ER_SUCCESS_NO_MATCH' as const),
      },
      values: (authority.values ?? []).map((value) => ({
        value: { name: value.name ?? '', id: value.id ?? '' },
      })),
    }));
    slots[name] = {
      name,
      confirmationStatus: 'NONE',
      ...(slot.value !== undefined && { value: slot.value }),
      ...(authorities.length > 0 && { resolutions: { resolutionsPerAuthority: authorities } }),
    };
  }
  return { kind: 'intent', intent: { name: selected.name, confirmationStatus: 'NONE', slots } };
}
