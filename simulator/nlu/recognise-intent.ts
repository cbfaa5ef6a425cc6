import { bestBinding, type SpanFit, type SpanScorer } from './match-sample';
import { mayBePartOfNumber } from './numbers';
import { type Candidate, compareCandidates, isPlausible } from './rank';
import { type FilledSlot, resolveSlot } from './resolve-slot';
import {
  type CompiledModel,
  type CompiledSample,
  type Elicitation,
  type RequestIntent,
  type RequestSlot,
  slotKey,
} from './types';

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

/** Phrase slot types: Alexa passes the words whole, with no values to resolve. */
const PHRASE_TYPES: ReadonlySet<string> = new Set(['AMAZON.SearchQuery']);

/** Chooses the intent and slots for normalised words, as Alexa's NLU would from the model. */
export function recogniseIntent(
  model: CompiledModel,
  words: readonly string[],
  skillId: string,
  elicitation?: Elicitation,
): RequestIntent {
  const samples = elicitation ? withElicitedSamples(model, elicitation) : model.samples;
  const heard = new Set(words);
  const spans = spanReader(model, words, skillId);
  const best = samples
    .filter((sample) => sample.literals.every((word) => heard.has(word)))
    .flatMap((sample) => candidatesFor(model, sample, words, spans, elicitation))
    .filter(isPlausible)
    .sort(compareCandidates)[0];
  if (!best) return toRequestIntent(model, FALLBACK_INTENT, new Map());
  const carried =
    elicitation && best.sample.intent === elicitation.intent ? elicitation.slots : undefined;
  return toRequestIntent(model, best.sample.intent, best.slots, carried);
}

/**
 * After "Dialog.ElicitSlot" Alexa also listens for the slot's own samples, and for the bare slot
 * ("my knee" when asked where): both are heard only while that slot is asked for.
 */
function withElicitedSamples(model: CompiledModel, elicitation: Elicitation): CompiledSample[] {
  const declared = model.slotsByIntent.get(elicitation.intent) ?? [];
  if (!declared.some((slot) => slot.name === elicitation.slot)) return model.samples;
  return [
    ...model.samples,
    ...(model.slotSamples.get(slotKey(elicitation.intent, elicitation.slot)) ?? []),
    {
      intent: elicitation.intent,
      text: `{${elicitation.slot}}`,
      parts: [{ kind: 'slot', name: elicitation.slot }],
      literals: [],
      order: Number.MAX_SAFE_INTEGER,
    },
  ];
}

/** The fit of each slot type over each span of one line, each worked out once. */
interface SpanReader {
  fill(name: string, type: string | undefined, start: number, end: number): FilledSlot;
  scorer(slotTypes: ReadonlyMap<string, string>): SpanScorer;
}

const UNRESOLVED: SpanFit = { unresolved: 1, resolved: false };
const NOT_A_NUMBER: SpanFit = { unresolved: 2, resolved: false };
const FREE: SpanFit = { unresolved: 0, resolved: false };

const longestPhrase = new WeakMap<ReadonlyMap<string, unknown>, number>();

/** Words in the type's longest value or synonym: no longer span can resolve. */
function phraseLength(values: ReadonlyMap<string, unknown>): number {
  const known = longestPhrase.get(values);
  if (known !== undefined) return known;
  let longest = 0;
  for (const phrase of values.keys()) longest = Math.max(longest, phrase.split(' ').length);
  longestPhrase.set(values, longest);
  return longest;
}

function fitOf(filled: FilledSlot): SpanFit {
  return {
    // As candidatesFor counts them: a number slot that heard words is misheard twice over.
    unresolved: (filled.quality === 'unresolved' ? 1 : 0) + (filled.slot.value === '?' ? 1 : 0),
    resolved: filled.quality === 'resolved',
  };
}

function spanReader(model: CompiledModel, words: readonly string[], skillId: string): SpanReader {
  const fits = new Map<string, SpanFit>();
  // From each word, how many words in a row parseNumber could read.
  const numberRun = new Int32Array(words.length + 1);
  for (let at = words.length - 1; at >= 0; at--) {
    numberRun[at] = mayBePartOfNumber(words[at] ?? '') ? (numberRun[at + 1] ?? 0) + 1 : 0;
  }
  const fill = (name: string, type: string | undefined, start: number, end: number) => {
    const slotWords = words.slice(start, end);
    // An undeclared slot in a sample is a model error the linter reports; Alexa's build
    // would refuse it, so its words count as not understood.
    return type === undefined
      ? ({
          slot: { name, value: slotWords.join(' '), confirmationStatus: 'NONE' },
          quality: 'unresolved',
        } satisfies FilledSlot)
      : resolveSlot(name, type, slotWords, model, skillId);
  };
  return {
    fill,
    scorer(slotTypes) {
      return {
        fit(name, start, end) {
          const type = slotTypes.get(name);
          const key = `${type ?? ''}\u0000${start}\u0000${end}`;
          let fit = fits.get(key);
          if (fit === undefined) {
            fit = fitOf(fill(name, type, start, end));
            fits.set(key, fit);
          }
          return fit;
        },
        horizon(name, start) {
          const type = slotTypes.get(name);
          if (type === undefined) return { length: 0, beyond: UNRESOLVED };
          if (type === 'AMAZON.NUMBER') {
            return { length: numberRun[start] ?? 0, beyond: NOT_A_NUMBER };
          }
          const values = model.slotTypes.get(type);
          if (!values) return { length: 0, beyond: FREE };
          return { length: phraseLength(values), beyond: UNRESOLVED };
        },
      };
    },
  };
}

function candidatesFor(
  model: CompiledModel,
  sample: CompiledSample,
  words: readonly string[],
  spans: SpanReader,
  elicitation: Elicitation | undefined,
): Candidate[] {
  const declared = model.slotsByIntent.get(sample.intent) ?? [];
  const types = new Map<string, string>();
  for (const part of sample.parts) {
    if (part.kind !== 'slot') continue;
    const type = declared.find((slot) => slot.name === part.name)?.type;
    if (type !== undefined) types.set(part.name, type);
  }
  const literalWords = sample.parts.filter((part) => part.kind === 'word').length;
  // Only the sample's best binding can be the best candidate: rank.ts orders a sample's
  // bindings by the same counts bestBinding minimises.
  const binding = bestBinding(sample.parts, words, spans.scorer(types));
  if (!binding) return [];
  const slots = new Map<string, FilledSlot>();
  for (const [name, [start, end]] of binding) {
    slots.set(name, spans.fill(name, types.get(name), start, end));
  }
  const qualities = [...slots.values()].map((slot) => slot.quality);
  const unresolvedSlots =
    qualities.filter((quality) => quality === 'unresolved').length +
    // AMAZON.NUMBER takes numbers only: one that heard words is a worse fit than a custom
    // slot, which Alexa fills with any words (ER_SUCCESS_NO_MATCH).
    [...slots.values()].filter((slot) => slot.slot.value === '?').length;
  return [
    {
      sample,
      slots,
      literalWords,
      unresolvedSlots,
      // Alexa expects the answer on the elicited intent: the slot asked for, or another of that
      // intent's slots ("terribly" to "how many hours did you sleep?" is still about sleep).
      answersElicitation:
        elicitation !== undefined &&
        sample.intent === elicitation.intent &&
        unresolvedSlots === 0 &&
        [...slots.values()].some((slot) => slot.quality === 'resolved'),
      resolvedSlots: qualities.filter((quality) => quality === 'resolved').length,
      yieldsToElicited:
        elicitation !== undefined &&
        PHRASE_TYPES.has(declaredType(model, elicitation.intent, elicitation.slot)) &&
        sample.intent !== elicitation.intent &&
        !sample.intent.startsWith('AMAZON.') &&
        slots.size > 0,
      phraseSlots: [...slots.keys()].filter((name) => PHRASE_TYPES.has(types.get(name) ?? ''))
        .length,
    },
  ];
}

function declaredType(model: CompiledModel, intent: string, slot: string): string {
  return model.slotsByIntent.get(intent)?.find((declared) => declared.name === slot)?.type ?? '';
}

function toRequestIntent(
  model: CompiledModel,
  name: string,
  filled: ReadonlyMap<string, FilledSlot>,
  carried?: Readonly<Record<string, RequestSlot>>,
): RequestIntent {
  const declared = model.slotsByIntent.get(name) ?? [];
  if (declared.length === 0) return { name, confirmationStatus: 'NONE' };
  // Alexa sends every declared slot, empty ones with a name and nothing else.
  const slots: Record<string, RequestSlot> = {};
  for (const { name: slotName } of declared) {
    slots[slotName] = filled.get(slotName)?.slot ??
      carried?.[slotName] ?? { name: slotName, confirmationStatus: 'NONE' };
  }
  return { name, confirmationStatus: 'NONE', slots };
}
