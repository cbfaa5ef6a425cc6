import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RedFlag, Verdict } from '../../lambda/core';
import { LOCAL_SKILL_ID } from '../../lambda/skill';
import { compileModel } from '../../simulator/nlu/compile-model';
import { understand } from '../../simulator/nlu/understand';
import { modelFor, talk } from '../voice/speaker';

export { talk };

const CORPUS = join(import.meta.dirname, 'corpus');
const read = <T>(name: string) => JSON.parse(readFileSync(join(CORPUS, name), 'utf8')) as T;

export interface SignPhrasing {
  say: string;
  sign?: RedFlag | null;
  signs?: RedFlag[];
  heldOut?: boolean;
}

export interface SafetyConversation {
  name: string;
  turns: string[];
  expect: { verdict: Verdict; urgent?: boolean; atLeast?: boolean };
}

export const signPhrasings = read<{ entries: SignPhrasing[] }>('phrasings.json').entries;
export const safetyConversations = read<{ conversations: SafetyConversation[] }>(
  'conversations.json',
).conversations;

export const expectedSigns = (entry: SignPhrasing): RedFlag[] =>
  entry.signs ?? (entry.sign ? [entry.sign] : []);

/** Signs the model itself resolved in a warning-sign intent, before the skill's safety net. */
export function signsByModel(say: string, locale = 'en-US'): RedFlag[] {
  const compiled = compileModel(modelFor(locale).interactionModel.languageModel);
  const understood = understand(compiled, say, LOCAL_SKILL_ID);
  if (understood.kind !== 'intent' || understood.intent.name !== 'RedFlagIntent') return [];
  return Object.values(understood.intent.slots ?? {}).flatMap((slot) => {
    const authority = slot.resolutions?.resolutionsPerAuthority[0];
    if (!authority || !/\.(RedFlag|ChestFeeling|BreathingTrouble)$/.test(authority.authority))
      return [];
    return (authority.values ?? []).map((value) => value.value.id as RedFlag);
  });
}

/** The signs the skill holds after hearing the phrase as the first answer of a check. */
export async function signsBySkill(say: string, locale = 'en-US'): Promise<RedFlag[]> {
  const { said } = await talk(['open soreness coach', say], locale);
  const attributes = said.at(-1)?.response.sessionAttributes as
    | { conversation?: { draft?: { redFlags?: RedFlag[]; warningSignReported?: boolean } } }
    | undefined;
  return attributes?.conversation?.draft?.redFlags ?? [];
}
