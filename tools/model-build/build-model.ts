import { dialogModel } from './dialog-model';
import { EN_US, type ModelSource } from './en-US';
import { expandTemplate } from './expand';
import { intentSlots } from './intent-slots';
import { EN_AU, EN_CA, EN_GB, EN_IN } from './locales';
import { slotWords } from './slot-words';

/** The ASK interaction-model JSON for a source, as `ask deploy` and the developer console take it. */
export function buildModel(source: ModelSource) {
  return {
    interactionModel: {
      languageModel: {
        invocationName: source.invocationName,
        intents: source.intents.map((intent) => ({
          name: intent.name,
          ...(intent.slots && {
            slots: Object.entries(intent.slots).map(([name, type]) => {
              const answers = intent.elicited?.[name];
              return answers ? { name, type, samples: expandAll(answers, source) } : { name, type };
            }),
          }),
          samples: expandAll(intent.samples ?? [], source),
        })),
        types: Object.entries(source.types).map(([name, values]) => ({
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

function expandAll(templates: readonly string[], source: ModelSource): string[] {
  return [...new Set(templates.flatMap((template) => expandTemplate(template, source.macros)))];
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
