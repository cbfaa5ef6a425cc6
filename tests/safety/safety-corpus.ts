import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RedFlag, Verdict } from '../../lambda/core';
import { buildSkill, LOCAL_SKILL_ID, silentLogger } from '../../lambda/skill';
import { warningSignsIn } from '../../lambda/skill/safety/warning-words';
import { firstVariant } from '../../lambda/skill/speech/variants';
import { createVoiceSession, loadInteractionModel } from '../../simulator';
import { compileModel } from '../../simulator/nlu/compile-model';
import { understand } from '../../simulator/nlu/understand';

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

const model = loadInteractionModel('en-US');
const compiled = compileModel(model.interactionModel.languageModel);

/** What the model alone makes of a phrase, and what the skill's safety net adds from its slots. */
export function hearSigns(say: string) {
  const understood = understand(compiled, say, LOCAL_SKILL_ID);
  if (understood.kind !== 'intent') return { byModel: [], bySafetyNet: [] };
  const slots = Object.values(understood.intent.slots ?? {});
  const byModel =
    understood.intent.name === 'RedFlagIntent'
      ? slots.flatMap((slot) =>
          slot.name === 'area'
            ? []
            : (slot.resolutions?.resolutionsPerAuthority[0]?.values ?? []).map(
                (value) => value.value.id as RedFlag,
              ),
        )
      : [];
  // The skill reads a denial ("no dizziness") as a no, never as the sign it denies.
  if (understood.intent.name === 'NoWarningSignIntent') return { byModel, bySafetyNet: [] };
  const values = slots.flatMap((slot) => (slot.value ? [slot.value] : []));
  const bySafetyNet = [
    ...new Set([...values, values.join(' ')].flatMap((text) => warningSignsIn(text))),
  ];
  return { byModel, bySafetyNet };
}

/** The model and the skill together, in words, as a user meets them. */
export async function talk(turns: readonly string[]) {
  const skill = buildSkill({
    skillId: LOCAL_SKILL_ID,
    logger: silentLogger,
    pickVariant: firstVariant,
  });
  const session = createVoiceSession({ skill, model, locale: 'en-US', skillId: LOCAL_SKILL_ID });
  const said = [];
  for (const line of turns) {
    if (!session.isOpen && said.length > 0) break;
    said.push(await session.say(line));
  }
  const last = said.at(-1);
  const lastAdvice = last?.response.sessionAttributes?.lastAdvice as
    | { verdict: Verdict; urgent: boolean }
    | undefined;
  return { said, last, lastAdvice, open: session.isOpen };
}
