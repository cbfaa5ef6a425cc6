import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HandlerInput } from 'ask-sdk-core';
import { NEGATIONS } from '../safety/warning-words';
import { normaliseWords } from '../understanding/normalise';
import type { Question } from './state';

/** slot-words.json, written by `npm run build:model` from the interaction models. */
interface SlotWords {
  slots: Record<string, string>;
  types: Record<string, Record<string, string[]>>;
}

/** A type's words by their first word, each with its id: one lookup per word heard. */
type WordIndex = Map<string, Array<{ words: string[]; id: string }>>;

/** The file as read, once; and its index for hearing slot words again, built on first use. */
let slotWordsFile: SlotWords | undefined;
let slotWords: { slots: Record<string, string>; index: Map<string, WordIndex> } | undefined;

/**
 * Read the first time a slot comes back unmatched, from the JSON beside this module (beside the
 * bundle once built): a request Alexa understood never loads it. It is the project's own
 * generated file, kept in step by a test, so it is not parsed again.
 */
function loadSlotWords() {
  if (slotWords) return slotWords;
  const file = slotWordsOnce();
  const index = new Map<string, WordIndex>();
  for (const [type, byId] of Object.entries(file.types)) {
    const byFirst: WordIndex = new Map();
    for (const [id, phrases] of Object.entries(byId)) {
      for (const phrase of phrases) {
        const words = wordsOf(phrase);
        const first = words[0];
        if (first === undefined) continue;
        byFirst.set(first, [...(byFirst.get(first) ?? []), { words, id }]);
      }
    }
    index.set(type, byFirst);
  }
  slotWords = { slots: file.slots, index };
  return slotWords;
}

/**
 * The file, or no words at all if it cannot be read: hearing words again is a convenience, and
 * a missing file must never stop a turn, least of all one the safety net is reading.
 */
function readSlotWordsFile(): SlotWords {
  try {
    return JSON.parse(readFileSync(join(__dirname, 'slot-words.json'), 'utf8')) as SlotWords;
  } catch {
    return { slots: {}, types: {} };
  }
}

function slotWordsOnce(): SlotWords {
  slotWordsFile ??= readSlotWordsFile();
  return slotWordsFile;
}

/** Each slot type's values and synonyms by id, as the model holds them: the reader's words too. */
export function slotTypePhrases(): Readonly<Record<string, Record<string, string[]>>> {
  return slotWordsOnce().types;
}

const wordsOf = normaliseWords;

const negates = (word: string) => NEGATIONS.has(word) || word === 'never';

/**
 * Words that bend a value found beside them ("more than", "worse than", "a week or two", "the
 * weekend before last"): with one of them outside the value, the words are asked about again.
 */
const QUALIFIERS = new Set([
  'more',
  'less',
  'worse',
  'better',
  'than',
  'beyond',
  'least',
  'most',
  'or',
  'before',
  'fortnight',
  'week',
  'weeks',
  'but',
  'except',
  // A weekday is a duration: "Saturday last month" is no three days.
  'month',
  'months',
  'year',
  'years',
  'ago',
  'days',
]);

/**
 * The one value a slot's unmatched words name: "my calves, both of them" names the calves.
 * Nothing when they name two ("sharp and achy"), none, or carry a denial or a qualifier outside
 * the words found ("not really sharp", "more than a couple"): those are asked again, as any
 * unmatched answer is.
 */
export function spotValue(heard: string, index: WordIndex): string | undefined {
  const words = wordsOf(heard);
  const hits: Array<{ start: number; end: number; id: string }> = [];
  words.forEach((word, start) => {
    for (const entry of index.get(word) ?? []) {
      const end = start + entry.words.length;
      if (entry.words.every((expected, offset) => words[start + offset] === expected))
        hits.push({ start, end, id: entry.id });
    }
  });
  // "Lower back" is one area, not the lower back and the back.
  const kept = hits.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other.start <= hit.start &&
          hit.end <= other.end &&
          other.end - other.start > hit.end - hit.start,
      ),
  );
  const covered = (position: number) =>
    kept.some((hit) => hit.start <= position && position < hit.end);
  const bends = (word: string) => negates(word) || QUALIFIERS.has(word);
  if (words.some((word, position) => bends(word) && !covered(position))) return undefined;
  const ids = new Set(kept.map((hit) => hit.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}

const RELISTEN_AUTHORITY = 'soreness-coach.relisten';

/**
 * The one body area named among words Alexa put in other slots: "my knee, it's a sharp pain"
 * heard as the pain type with "my knee it's a sharp" in its slot. Undefined when none or two
 * are named, or only a chest (the chest question and the safety net deal with a chest).
 */
export function areaNamedAmong(values: readonly string[]): string | undefined {
  const index = loadSlotWords().index.get('SorenessArea');
  if (!index) return undefined;
  const named = new Set(
    values.map((value) => spotValue(value, index)).filter((id) => id !== undefined),
  );
  const [only] = named;
  return named.size === 1 && only !== 'chest-unclear' && only !== 'chest' ? only : undefined;
}

/**
 * The slots of an intent, each unmatched one heard again for a value its words name. Alexa
 * often fills a custom slot with more words than the value ("my calves, both of them"), and
 * entity resolution then finds nothing; the skill finds the value among the words. The found
 * value is added as a second authority after Alexa's own NO_MATCH, so both stay visible.
 * Undefined when nothing changed.
 */
export function relistenSlots(
  slots: Readonly<Record<string, unknown>>,
): Record<string, unknown> | undefined {
  let changedSlots: Record<string, unknown> | undefined;
  for (const [name, raw] of Object.entries(slots)) {
    const slot = raw as { value?: unknown; resolutions?: unknown } | undefined;
    if (typeof slot?.value !== 'string' || !unmatched(slot.resolutions)) continue;
    const words = loadSlotWords();
    const type = words.slots[name];
    const index = type === undefined ? undefined : words.index.get(type);
    const id = index && spotValue(slot.value, index);
    if (id === undefined) continue;
    const authorities = (slot.resolutions as { resolutionsPerAuthority: unknown[] })
      .resolutionsPerAuthority;
    changedSlots ??= { ...slots };
    changedSlots[name] = {
      ...slot,
      resolutions: {
        resolutionsPerAuthority: [
          ...authorities,
          {
            authority: RELISTEN_AUTHORITY,
            status: { code: 'ER_SUCCESS_MATCH' },
            values: [{ value: { name: id, id } }],
          },
        ],
      },
    };
  }
  return changedSlots;
}

/** Entity resolution ran and matched nothing: the only case heard again. */
function unmatched(resolutions: unknown): boolean {
  const authorities = (resolutions as { resolutionsPerAuthority?: unknown } | undefined)
    ?.resolutionsPerAuthority;
  return (
    Array.isArray(authorities) &&
    authorities.length > 0 &&
    authorities.every(
      (authority) =>
        (authority as { status?: { code?: unknown } } | undefined)?.status?.code ===
        'ER_SUCCESS_NO_MATCH',
    )
  );
}

/**
 * The request as the answers read it: unmatched slots heard again. Not while the chest
 * question is open: there only a clear muscle answer counts, and anything less is read as
 * chest pain, so a muscle found among unclear words must not settle it.
 */
export function relistened(input: HandlerInput, pending: Question | null): HandlerInput {
  const request = input.requestEnvelope.request;
  if (pending === 'chest' || request.type !== 'IntentRequest' || !request.intent.slots)
    return input;
  const slots = relistenSlots(request.intent.slots);
  if (!slots) return input;
  return {
    ...input,
    requestEnvelope: {
      ...input.requestEnvelope,
      request: {
        ...request,
        intent: { ...request.intent, slots: slots as typeof request.intent.slots },
      },
    },
  };
}
