import type { ResponseEnvelope } from 'ask-sdk-model';
import { SKILL_LOCALES } from '../../lambda/skill/speech/locales';
import { loadInteractionModel } from '../../simulator';
import type { InteractionModelFile } from '../../simulator/model/schema';

const models = new Map<string, InteractionModelFile>();

/** Each locale's model as Alexa holds it, read once per test file. */
export function dialogModelFor(locale: string): InteractionModelFile {
  let model = models.get(locale);
  if (!model) {
    model = loadInteractionModel(locale);
    models.set(locale, model);
  }
  return model;
}

interface DirectiveLike {
  type?: unknown;
  slotToElicit?: unknown;
  updatedIntent?: {
    name?: unknown;
    slots?: Record<string, { name?: unknown; confirmationStatus?: unknown }>;
  };
}

/**
 * What Alexa would refuse in a response's Dialog directives (Dialog.ElicitSlot and its kin):
 * changing to another intent needs a dialog model; the intent must be in the model, the slot to
 * elicit declared on it, in the dialog model with elicitationRequired and a prompt that exists,
 * delegation left to the skill; updatedIntent must carry every slot the intent declares.
 */
export function dialogDirectiveProblems(
  model: InteractionModelFile,
  response: ResponseEnvelope,
): string[] {
  const { languageModel, dialog, prompts = [] } = model.interactionModel;
  const promptIds = new Set(prompts.map((prompt) => prompt.id));
  const problems: string[] = [];
  for (const directive of (response.response.directives ?? []) as DirectiveLike[]) {
    if (typeof directive.type !== 'string' || !directive.type.startsWith('Dialog.')) continue;
    const { updatedIntent } = directive;
    if (!updatedIntent) continue;
    const label = `${directive.type} ${String(updatedIntent.name)}`;
    const intent = languageModel.intents.find((candidate) => candidate.name === updatedIntent.name);
    if (!intent) {
      problems.push(`${label}: the model has no such intent`);
      continue;
    }
    if (dialog?.delegationStrategy !== 'SKILL_RESPONSE') {
      problems.push(`${label}: the dialog model does not leave delegation to the skill`);
    }
    const dialogIntent = dialog?.intents?.find((candidate) => candidate.name === intent.name);
    if (!dialogIntent) problems.push(`${label}: the intent is not in the dialog model`);
    else if (dialogIntent.delegationStrategy !== 'SKILL_RESPONSE') {
      problems.push(`${label}: the intent's delegation is not SKILL_RESPONSE`);
    }
    const declared = (intent.slots ?? []).map((slot) => slot.name);
    const sent = updatedIntent.slots ?? {};
    for (const name of declared) {
      const slot = sent[name];
      if (!slot) problems.push(`${label}: updatedIntent leaves out slot ${name}`);
      else if (slot.name !== name || slot.confirmationStatus !== 'NONE') {
        problems.push(`${label}: slot ${name} is not { name: "${name}", confirmationStatus }`);
      }
    }
    for (const name of Object.keys(sent)) {
      if (!declared.includes(name)) problems.push(`${label}: the intent has no slot ${name}`);
    }
    if (directive.type !== 'Dialog.ElicitSlot') continue;
    const target = String(directive.slotToElicit);
    if (!declared.includes(target)) {
      problems.push(`${label}: slot to elicit ${target} is not declared on the intent`);
      continue;
    }
    const dialogSlot = dialogIntent?.slots?.find((slot) => slot.name === target);
    if (dialogSlot?.elicitationRequired !== true) {
      problems.push(`${label}: slot ${target} is not elicitationRequired in the dialog model`);
    }
    const promptId = dialogSlot?.prompts?.elicitation;
    if (promptId === undefined || !promptIds.has(promptId)) {
      problems.push(`${label}: slot ${target} has no elicitation prompt in prompts[]`);
    }
  }
  return problems;
}

/**
 * Fails the conversation at the turn whose directive Alexa would refuse. A locale the skill is
 * not published in has no model of its own; its directives are the same as en-US's.
 */
export function assertDialogDirectives(locale: string, response: ResponseEnvelope): void {
  const published = (SKILL_LOCALES as readonly string[]).includes(locale) ? locale : 'en-US';
  const problems = dialogDirectiveProblems(dialogModelFor(published), response);
  if (problems.length > 0) {
    throw new Error(`Alexa would refuse this response (${locale}):\n${problems.join('\n')}`);
  }
}
