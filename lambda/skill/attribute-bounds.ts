import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * Session attributes come back from outside on every request. ask-sdk copies them recursively
 * before any handler runs, so attributes nested thousands deep throw a RangeError there, with
 * no log line and no answer. The skill writes a state a few levels deep, and Alexa caps a
 * response (attributes included) at 24 KB, so anything past these bounds is not ours.
 */
export const MAX_ATTRIBUTE_DEPTH = 16;
export const MAX_ATTRIBUTE_CHARACTERS = 24 * 1024;

/** Why the attributes are out of bounds, or undefined. Walks without recursion. */
export function attributesOutOfBounds(attributes: unknown): string | undefined {
  const pending: Array<{ value: unknown; depth: number }> = [{ value: attributes, depth: 0 }];
  while (pending.length > 0) {
    const { value, depth } = pending.pop() as { value: unknown; depth: number };
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_ATTRIBUTE_DEPTH) return `nested deeper than ${MAX_ATTRIBUTE_DEPTH} levels`;
    for (const child of Object.values(value)) pending.push({ value: child, depth: depth + 1 });
  }
  // Bounded depth makes stringify safe; its length bounds the size.
  const characters = JSON.stringify(attributes)?.length ?? 0;
  return characters > MAX_ATTRIBUTE_CHARACTERS
    ? `larger than ${MAX_ATTRIBUTE_CHARACTERS} characters`
    : undefined;
}

/**
 * The envelope with out-of-bounds attributes swapped for a marker the session loader refuses,
 * so the user hears "Sorry, I lost track of our check" instead of an error; and why, to log.
 */
export function withAttributesInBounds(envelope: RequestEnvelope): {
  envelope: RequestEnvelope;
  discarded?: string;
} {
  const session = envelope.session;
  const problem = session && attributesOutOfBounds(session.attributes);
  if (!session || !problem) return { envelope };
  return {
    envelope: { ...envelope, session: { ...session, attributes: { outOfBounds: true } } },
    discarded: problem,
  };
}
