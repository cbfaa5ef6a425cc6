import type { Verdict } from '../../lambda/core';
import { buildSkill, LOCAL_SKILL_ID, silentLogger } from '../../lambda/skill';
import { firstVariant } from '../../lambda/skill/speech/variants';
import { createVoiceSession, loadInteractionModel } from '../../simulator';

const models = new Map<string, ReturnType<typeof loadInteractionModel>>();

/** Each locale's model, read once: the simulator compiles a model once per object. */
export function modelFor(locale: string) {
  let model = models.get(locale);
  if (!model) {
    model = loadInteractionModel(locale);
    models.set(locale, model);
  }
  return model;
}

/** The model and the real skill together, the way a user meets them: in words. */
export function speaker(locale = 'en-US', device: 'speaker' | 'show' = 'speaker') {
  const skill = buildSkill({
    skillId: LOCAL_SKILL_ID,
    logger: silentLogger,
    pickVariant: firstVariant,
  });
  return createVoiceSession({
    skill,
    model: modelFor(locale),
    locale,
    skillId: LOCAL_SKILL_ID,
    ...(device === 'show' ? { screen: true } : {}),
  });
}

/** Says the lines in turn, stopping once the skill has closed the session; the advice given. */
export async function talk(lines: readonly string[], locale = 'en-US') {
  const session = speaker(locale);
  const said = [];
  for (const line of lines) {
    if (!session.isOpen && said.length > 0) break;
    said.push(await session.say(line));
  }
  const last = said.at(-1);
  const lastAdvice = last?.response.sessionAttributes?.lastAdvice as
    | { verdict: Verdict; urgent: boolean }
    | undefined;
  return { said, last, lastAdvice, open: session.isOpen };
}
