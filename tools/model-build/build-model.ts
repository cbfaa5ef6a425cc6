import { EN_US, type ModelSource } from './en-US';
import { expandTemplate } from './expand';

/** The ASK interaction-model JSON for a source, as `ask deploy` and the developer console take it. */
export function buildModel(source: ModelSource) {
  return {
    interactionModel: {
      languageModel: {
        invocationName: source.invocationName,
        intents: source.intents.map((intent) => ({
          name: intent.name,
          ...(intent.slots && {
            slots: Object.entries(intent.slots).map(([name, type]) => ({ name, type })),
          }),
          samples: [
            ...new Set(
              (intent.samples ?? []).flatMap((template) => expandTemplate(template, source.macros)),
            ),
          ],
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
    },
  };
}

export const MODEL_SOURCES: Readonly<Record<string, ModelSource>> = { 'en-US': EN_US };

export function modelJson(source: ModelSource): string {
  return `${JSON.stringify(buildModel(source), null, 2)}\n`;
}
