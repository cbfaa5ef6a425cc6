import type { InteractionModelFile } from '../../../simulator/model/schema';
import { error, type Problem } from '../problem';

export const VALIDATION_RULES = new Set([
  'isInSet',
  'isNotInSet',
  'isGreaterThan',
  'isGreaterThanOrEqualTo',
  'isLessThan',
  'isLessThanOrEqualTo',
  'isInDuration',
  'isNotInDuration',
  'hasEntityResolutionMatch',
]);

function checkPromptIds(
  prompts: Readonly<Record<string, string>> | undefined,
  path: string,
  known: ReadonlySet<string>,
): Problem[] {
  return Object.entries(prompts ?? {})
    .filter(([, id]) => !known.has(id))
    .map(([kind, id]) => error(`${path}.prompts.${kind}`, `prompt "${id}" is not defined`));
}

export function checkDialog(file: InteractionModelFile): Problem[] {
  const { dialog, prompts, languageModel } = file.interactionModel;
  if (!dialog) return [];
  const problems: Problem[] = [];
  const known = new Set((prompts ?? []).map((prompt) => prompt.id));
  (dialog.intents ?? []).forEach((intent, index) => {
    const path = `$.interactionModel.dialog.intents[${index}]`;
    const declared = languageModel.intents.find((candidate) => candidate.name === intent.name);
    if (!declared) {
      problems.push(
        error(`${path}.name`, `dialog intent ${intent.name} is not in the language model`),
      );
    }
    problems.push(...checkPromptIds(intent.prompts, path, known));
    (intent.slots ?? []).forEach((slot, slotIndex) => {
      const slotPath = `${path}.slots[${slotIndex}]`;
      if (declared && !(declared.slots ?? []).some((candidate) => candidate.name === slot.name)) {
        problems.push(
          error(`${slotPath}.name`, `dialog slot ${slot.name} is not declared on ${intent.name}`),
        );
      }
      problems.push(...checkPromptIds(slot.prompts, slotPath, known));
      (slot.validations ?? []).forEach((validation, validationIndex) => {
        const validationPath = `${slotPath}.validations[${validationIndex}]`;
        if (!VALIDATION_RULES.has(validation.type)) {
          problems.push(
            error(`${validationPath}.type`, `unknown slot validation rule "${validation.type}"`),
          );
        }
        if (validation.prompt !== undefined && !known.has(validation.prompt)) {
          problems.push(
            error(`${validationPath}.prompt`, `prompt "${validation.prompt}" is not defined`),
          );
        }
      });
    });
  });
  return problems;
}
