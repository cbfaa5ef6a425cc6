import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * Session attributes come back from outside on every request. ask-sdk copies them recursively
 * before any handler runs, so attributes nested thousands deep throw a RangeError there, with
 * no log line and no answer. The skill writes a state a few levels deep, and Alexa caps a
 * response (attributes included) at 24 KB, so anything past these bounds is not ours.
 */
export const MAX_ATTRIBUTE_DEPTH = 16;
export const MAX_ATTRIBUTE_CHARACTERS = 24 * 1024;

/**
 * Whether `value` holds objects nested deeper than the bound below `depth`. It recurses at most
 * MAX_ATTRIBUTE_DEPTH deep whatever came in, and allocates nothing on the way (every turn
 * walks the attributes).
 */
function nestedTooDeep(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth >= MAX_ATTRIBUTE_DEPTH) return true;
  for (const key in value) {
    // Own keys only, as Object.values would give them, without the array it would allocate.
    if (!Object.hasOwn(value, key)) continue;
    if (nestedTooDeep((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/** Why the attributes are out of bounds, or undefined. */
export function attributesOutOfBounds(attributes: unknown): string | undefined {
  if (nestedTooDeep(attributes, 0)) return `nested deeper than ${MAX_ATTRIBUTE_DEPTH} levels`;
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
