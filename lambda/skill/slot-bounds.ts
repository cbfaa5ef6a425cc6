import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * The longest slot value the skill reads. A spoken answer, even a long free description, is a
 * few dozen words; a value past this was not said to a speaker, and reading it would only cost
 * time (the safety net's work grows with the words).
 */
export const MAX_SLOT_CHARACTERS = 500;

/** The first slot whose value is longer than the skill reads, if any. */
function overlongSlot(envelope: RequestEnvelope): string | undefined {
  const request = envelope.request;
  if (request.type !== 'IntentRequest') return undefined;
  for (const [name, slot] of Object.entries(request.intent?.slots ?? {})) {
    const value: unknown = (slot as { value?: unknown } | undefined)?.value;
    // A forged envelope may name a slot anything: only a model-like name is fit for the log.
    if (typeof value === 'string' && value.length > MAX_SLOT_CHARACTERS) {
      return /^[A-Za-z]{1,40}$/.test(name) ? name : 'a slot';
    }
  }
  return undefined;
}

/**
 * An intent with an overlong slot is taken as not understood: it reaches the skill as a
 * FallbackIntent, so the user is asked again, nothing they said is half read, and (as after any
 * misunderstanding) the safety question comes before advice. The slot's name is the reason to
 * log, never its value.
 */
export function withSlotsInBounds(envelope: RequestEnvelope): {
  envelope: RequestEnvelope;
  overlong?: { slot: string; intent: string };
} {
  const overlong = overlongSlot(envelope);
  if (overlong === undefined || envelope.request.type !== 'IntentRequest') return { envelope };
  const request = {
    ...envelope.request,
    intent: { name: 'AMAZON.FallbackIntent', confirmationStatus: 'NONE' as const, slots: {} },
  };
  return {
    envelope: { ...envelope, request },
    overlong: { slot: overlong, intent: envelope.request.intent.name },
  };
}
