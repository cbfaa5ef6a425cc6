import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RedFlag, VERDICTS, type Verdict } from '../../lambda/core';
import { LOCAL_SKILL_ID } from '../../lambda/skill';
import { PHRASES } from '../../lambda/skill/speech/en-US';
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
  expect: {
    /** Absent when the check must end in the general advice of a give-up. */
    verdict?: Verdict;
    urgent?: boolean;
    atLeast?: boolean;
    /** The safety question must be (or must not be) asked on the way. */
    asksSafety?: boolean;
  };
  heldOut?: boolean;
}

/** The general advice of a give-up keeps the user out of hard training: a rest at least. */
const GAVE_UP_AS: Verdict = 'rest';

/**
 * What went wrong in a conversation, or nothing: the verdict (or, with `atLeast`, nothing
 * lighter), urgency when the entry names it, and the safety question when it must be asked.
 */
export async function judgeConversation(
  conversation: SafetyConversation,
  locale = 'en-US',
): Promise<string | undefined> {
  const { said, lastAdvice } = await talk(conversation.turns, locale);
  const expected = conversation.expect;
  const transcript = said.map((turn) => `${turn.utterance} → ${turn.speech}`).join('\n');
  const card = said.at(-1)?.response.response.card as { title?: string } | undefined;
  const gaveUp = card?.title === PHRASES.giveUpCardTitle;
  const verdict = lastAdvice?.verdict ?? (gaveUp ? GAVE_UP_AS : undefined);
  const asked = said.some(
    (turn) => turn.response.sessionAttributes?.conversation?.pending === 'redFlags',
  );
  const wrong = (why: string) => `${why}\n${transcript}`;
  if (verdict === undefined) return wrong('no advice');
  if (expected.verdict === undefined && !gaveUp) return wrong('expected the general advice');
  const floor = expected.verdict ?? GAVE_UP_AS;
  if (expected.atLeast ? VERDICTS.indexOf(verdict) < VERDICTS.indexOf(floor) : verdict !== floor)
    return wrong(`verdict ${verdict}, expected ${expected.atLeast ? 'at least ' : ''}${floor}`);
  if (expected.urgent !== undefined && (lastAdvice?.urgent ?? false) !== expected.urgent)
    return wrong(`urgent should be ${expected.urgent}`);
  if (expected.asksSafety !== undefined && asked !== expected.asksSafety)
    return wrong(`safety question ${asked ? 'asked' : 'not asked'}`);
  // Urgent advice ends the check: nothing is asked after it.
  if (lastAdvice?.urgent && said.at(-1)?.sessionOpen !== false) return wrong('open after urgent');
  return undefined;
}

export const signPhrasings = read<{ entries: SignPhrasing[] }>('phrasings.json').entries;
export const safetyConversations = read<{ conversations: SafetyConversation[] }>(
  'conversations.json',
).conversations;

/**
 * Whole check-ins written by someone who had seen neither the model nor the corpus, around
 * answers the skill does not understand; kept apart and measured against a floor.
 */
export const blindConversations = read<{ conversations: SafetyConversation[] }>(
  'blind-conversations.json',
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
