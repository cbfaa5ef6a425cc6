import { dialogModel } from './dialog-model';
import { EN_US, type IntentSource, type ModelSource } from './en-US';
import { expandTemplate, firstChoiceOf } from './expand';
import { intentSlots } from './intent-slots';
import { EN_AU, EN_CA, EN_GB, EN_IN } from './locales';
import { slotWords } from './slot-words';

/** The ASK interaction-model JSON for a source, as `ask deploy` and the developer console take it. */
export function buildModel(source: ModelSource) {
  const wordsAround = new Set(Object.keys(source.wordsAround));
  return {
    interactionModel: {
      languageModel: {
        invocationName: source.invocationName,
        intents: source.intents.map((intent) => {
          const slots = Object.entries(intent.slots ?? {}).filter(
            ([, type]) => !wordsAround.has(type),
          );
          return {
            name: intent.name,
            ...(slots.length > 0 && {
              slots: slots.map(([name, type]) => {
                const answers = intent.elicited?.[name];
                return answers
                  ? { name, type, samples: expandAll(answers, source, intent) }
                  : { name, type };
              }),
            }),
            samples: pickVaried(
              (intent.samples ?? []).map((template) => expandOne(template, source, intent)),
              [...(source.nameFree?.intents[intent.name] ?? []), ...(intent.kept ?? [])],
              intent.maxSamples ?? (intent.name.startsWith('AMAZON.') ? BUILT_IN_SAMPLES : SAMPLES),
            ),
          };
        }),
        types: Object.entries(source.types)
          .filter(([name]) => !wordsAround.has(name))
          .map(([name, values]) => ({
            name,
            values: values.map((value) => ({
              id: value.id,
              name: {
                value: value.value,
                // A synonym said twice is one synonym; repeats come from merging word lists.
                ...(value.synonyms && {
                  synonyms: [...new Set(value.synonyms)].filter((word) => word !== value.value),
                }),
              },
            })),
          })),
      },
      ...(source.nameFree && { _nameFreeInteraction: nameFreeInteraction(source) }),
      ...dialogModel(source),
    },
  };
}

/** Amazon's name-free container: each phrase an ingress point of its own, as raw text. */
function nameFreeInteraction(source: ModelSource) {
  const { launch = [], intents = {} } = source.nameFree ?? {};
  return {
    ingressPoints: [
      ...launch.map((value) => ({ type: 'LAUNCH', format: 'RAW_TEXT', value })),
      ...Object.entries(intents).flatMap(([name, phrases]) =>
        phrases.map((value) => ({ type: 'INTENT', name, format: 'RAW_TEXT', value })),
      ),
    ],
  };
}

/**
 * Samples per intent: Alexa generalises from varied samples, and a cross product mostly adds
 * class weight (an intent with thousands of samples pulls every utterance towards it).
 */
const SAMPLES = 240;
/** A built-in intent already knows its phrases: a few of the skill's own are enough. */
const BUILT_IN_SAMPLES = 90;

/**
 * A template's samples, with the words around a fact written in ("can I", "I slept") instead
 * of a slot: those words hold nothing for the skill, so they are no slot type of the model.
 */
function expandOne(template: string, source: ModelSource, intent: IntentSource): string[] {
  const text = withWordsAround(template, source, intent);
  // The template's plainest sample first ("my {area} hurts"), so a limit keeps it.
  const plainest = firstChoiceOf(text, source.macros);
  return [plainest, ...expandTemplate(text, source.macros).filter((sample) => sample !== plainest)];
}

function withWordsAround(template: string, source: ModelSource, intent: IntentSource): string {
  let text = template;
  for (const [slot, type] of Object.entries(intent.slots ?? {})) {
    const words = source.wordsAround[type];
    if (words) text = text.replaceAll(`{${slot}}`, `(${words.join('|')})`);
  }
  return text;
}

function expandAll(templates: readonly string[], source: ModelSource, intent: IntentSource) {
  return [...new Set(templates.flatMap((template) => expandOne(template, source, intent)))];
}

/**
 * Up to `limit` samples, beginning with those that must be there (the name-free and example
 * phrases, which Amazon wants as samples of their intent), then taken in turn from every template so each shape of sentence is
 * represented, and within a template its plainest sample and then a spread over its choices
 * rather than the first few of one word.
 */
export function pickVaried(
  perTemplate: readonly string[][],
  kept: readonly string[],
  limit: number,
): string[] {
  // Each template's plainest sample first, then the rest in a fixed shuffle.
  const queues = perTemplate.map(([plainest, ...rest], index) =>
    plainest === undefined ? [] : [plainest, ...shuffled(rest, index + 1)],
  );
  const picked = new Set<string>(kept);
  for (let round = 0; picked.size < limit; round++) {
    let any = false;
    for (const queue of queues) {
      const sample = queue[round];
      if (sample === undefined) continue;
      any = true;
      picked.add(sample);
      if (picked.size >= limit) break;
    }
    if (!any) break;
  }
  return [...picked];
}

/** A deterministic shuffle (mulberry32 seeded by the template's place), so builds are stable. */
function shuffled(items: readonly string[], seed: number): string[] {
  let state = seed * 0x9e3779b9;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as string, copy[index] as string];
  }
  return copy;
}

export const MODEL_SOURCES: Readonly<Record<string, ModelSource>> = {
  'en-US': EN_US,
  'en-GB': EN_GB,
  'en-CA': EN_CA,
  'en-AU': EN_AU,
  'en-IN': EN_IN,
};

export function modelJson(source: ModelSource): string {
  return `${JSON.stringify(buildModel(source), null, 2)}\n`;
}

export function slotWordsJson(): string {
  return `${JSON.stringify(slotWords(Object.values(MODEL_SOURCES)))}\n`;
}

export function intentSlotsJson(): string {
  return `${JSON.stringify(intentSlots(Object.values(MODEL_SOURCES)), null, 2)}\n`;
}

/**
 * Every intent name of the models as a TypeScript type, so that an intent the code names and the
 * model lacks is a compile error, not a test over the source's text.
 */
export function intentNamesSource(): string {
  const names = new Set<string>();
  for (const source of Object.values(MODEL_SOURCES)) {
    const model = JSON.parse(modelJson(source)) as {
      interactionModel: { languageModel: { intents: Array<{ name: string }> } };
    };
    for (const intent of model.interactionModel.languageModel.intents) names.add(intent.name);
  }
  const listed = [...names].sort().map((name) => `  '${name}',`);
  return [
    '// Generated by `npm run build:model` (tools/model-build) from the interaction models.',
    '// Do not edit: tests/model-build/generated-model.test.ts compares.',
    '',
    '/** Every intent of the interaction models. */',
    'export const INTENT_NAMES = [',
    ...listed,
    '] as const;',
    'export type IntentName = (typeof INTENT_NAMES)[number];',
    '',
  ].join('\n');
}
