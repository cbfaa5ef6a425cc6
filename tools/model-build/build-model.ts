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
      // Dialog.ElicitSlot needs the intent in a dialog model; the skill asks its own questions, so
      // nothing here is required and Alexa prompts for nothing itself.
      dialog: {
        delegationStrategy: 'SKILL_RESPONSE',
        intents: source.intents
          .filter((intent) => intent.elicited)
          .map((intent) => ({
            name: intent.name,
            confirmationRequired: false,
            prompts: {},
            slots: Object.keys(intent.elicited ?? {}).map((name) => ({
              name,
              type: intent.slots?.[name],
              confirmationRequired: false,
              elicitationRequired: false,
              prompts: {},
            })),
          })),
      },
    },
  };
}

function expandAll(templates: readonly string[], source: ModelSource): string[] {
  return [...new Set(templates.flatMap((template) => expandTemplate(template, source.macros)))];
}

export const MODEL_SOURCES: Readonly<Record<string, ModelSource>> = { 'en-US': EN_US };

export function modelJson(source: ModelSource): string {
  return `${JSON.stringify(buildModel(source), null, 2)}\n`;
}
