import type { Verdict } from '../../lambda/core';
import { buildSkill, LOCAL_SKILL_ID, silentLogger } from '../../lambda/skill';
import { firstVariant } from '../../lambda/skill/speech/variants';
import { createVoiceSession, loadInteractionModel } from '../../simulator';

const model = loadInteractionModel('en-US');

/** The model and the real skill together, the way a user meets them: in words. */
export function speaker() {
  const skill = buildSkill({
    skillId: LOCAL_SKILL_ID,
    logger: silentLogger,
    pickVariant: firstVariant,
  });
  return createVoiceSession({ skill, model, locale: 'en-US', skillId: LOCAL_SKILL_ID });
}

/** Says the lines in turn, stopping once the skill has closed the session; the advice given. */
export async function talk(lines: readonly string[]) {
  const session = speaker();
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
