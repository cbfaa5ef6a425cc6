import type { LanguageModel } from '../../simulator/model/schema';
import type { Expectation, Phrasing } from '../../tests/voice/phrasing-corpus';

/**
 * Amazon's NLU annotation set contents (SMAPI UpdateNLUAnnotationSetAnnotationsRequest, the
 * JSON form): each utterance with the intents it may resolve to, and each slot by the words
 * said for it.
 */
export interface Annotation {
  inputs: { utterance: string; referenceTimestamp: string };
  expected: Array<{ intent: { name: string; slots?: Record<string, { value: string }> } }>;
}

export interface AnnotationSet {
  data: Annotation[];
}

const normalise = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\d' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;

/**
 * The words of the utterance a labelled slot was said in. A label holds an id ("legs"), the
 * annotation wants what was said ("quads"): the longest of the id's words in the model that the
 * utterance contains. A number is written as digits, as Alexa fills AMAZON.NUMBER. A slot whose
 * words cannot be found is left out: the annotation then checks the intent alone for it.
 */
function slotValue(
  model: LanguageModel,
  intent: string,
  slot: string,
  label: string | number,
  utterance: string,
): string | undefined {
  const declared = model.intents.find((each) => each.name === intent)?.slots ?? [];
  const type = declared.find((each) => each.name === slot)?.type;
  if (type === undefined) return undefined;
  if (typeof label === 'number') return type === 'AMAZON.NUMBER' ? String(label) : undefined;
  const value = model.types
    ?.find((each) => each.name === type)
    ?.values?.find((v) => v.id === label);
  if (!value) return undefined;
  const said = normalise(utterance);
  return [value.name.value, ...(value.name.synonyms ?? [])]
    .filter((word) => said.includes(normalise(word)))
    .sort((a, b) => b.length - a.length)[0];
}

function expectedOf(model: LanguageModel, expectation: Expectation, utterance: string) {
  const slots = Object.fromEntries(
    Object.entries(expectation.slots).flatMap(([slot, label]) => {
      const value = slotValue(model, expectation.intent, slot, label, utterance);
      return value === undefined ? [] : [[slot, { value }]];
    }),
  );
  return {
    intent: {
      name: expectation.intent,
      ...(Object.keys(slots).length > 0 && { slots }),
    },
  };
}

const isIntent = (model: LanguageModel, name: string) =>
  model.intents.some((intent) => intent.name === name);

/** The labelled phrasings of one locale as an annotation set (labels naming no intent left out). */
export function phrasingAnnotations(
  model: LanguageModel,
  phrasings: readonly Phrasing[],
  referenceTimestamp: string,
): AnnotationSet {
  return {
    data: phrasings.flatMap((phrasing) => {
      const expected = phrasing.expect
        .filter((expectation) => isIntent(model, expectation.intent))
        .map((expectation) => expectedOf(model, expectation, phrasing.say));
      return expected.length === 0
        ? []
        : [{ inputs: { utterance: phrasing.say, referenceTimestamp }, expected }];
    }),
  };
}

/** The warning-sign phrasings as RedFlagIntent with their signs; a line with none has no label. */
export function signAnnotations(
  model: LanguageModel,
  entries: ReadonlyArray<{ say: string; signs: readonly string[] }>,
  referenceTimestamp: string,
): AnnotationSet {
  return {
    data: entries.flatMap(({ say, signs }) => {
      const [first, second] = signs;
      if (first === undefined) return [];
      const expectation: Expectation = {
        intent: 'RedFlagIntent',
        slots: { redFlag: first, ...(second !== undefined && { otherRedFlag: second }) },
      };
      return [
        {
          inputs: { utterance: say, referenceTimestamp },
          expected: [expectedOf(model, expectation, say)],
        },
      ];
    }),
  };
}
