import { matchSample } from './match-sample';
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

/** Chooses the intent and slots for normalised words, as Alexa's NLU would from the model. */
export function recogniseIntent(
  model: CompiledModel,
  words: readonly string[],
  skillId: string,
  elicitation?: Elicitation,
): RequestIntent {
  const samples = elicitation ? withElicitedSamples(model, elicitation) : model.samples;
  const heard = new Set(words);
  const best = samples
    .filter((sample) => sample.literals.every((word) => heard.has(word)))
    .flatMap((sample) => candidatesFor(model, sample, words, skillId, elicitation))
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

function candidatesFor(
  model: CompiledModel,
  sample: CompiledSample,
  words: readonly string[],
  skillId: string,
  elicitation: Elicitation | undefined,
): Candidate[] {
  const declared = model.slotsByIntent.get(sample.intent) ?? [];
  const literalWords = sample.parts.filter((part) => part.kind === 'word').length;
  return matchSample(sample.parts, words).map((binding) => {
    const slots = new Map<string, FilledSlot>();
    for (const [name, slotWords] of binding) {
      // An undeclared slot in a sample is a model error the linter reports; Alexa's build
      // would refuse it, so its words count as not understood.
      const type = declared.find((slot) => slot.name === name)?.type;
      slots.set(
        name,
        type === undefined
          ? {
              slot: { name, value: slotWords.join(' '), confirmationStatus: 'NONE' },
              quality: 'unresolved',
            }
          : resolveSlot(name, type, slotWords, model, skillId),
      );
    }
    const qualities = [...slots.values()].map((slot) => slot.quality);
    const unresolvedSlots =
      qualities.filter((quality) => quality === 'unresolved').length +
      // AMAZON.NUMBER takes numbers only: one that heard words is a worse fit than a custom
      // slot, which Alexa fills with any words (ER_SUCCESS_NO_MATCH).
      [...slots.values()].filter((slot) => slot.slot.value === '?').length;
    return {
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
    };
  });
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
