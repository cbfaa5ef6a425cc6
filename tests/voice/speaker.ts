import type { Verdict } from '../../lambda/core';
import { buildSkill, LOCAL_SKILL_ID, silentLogger } from '../../lambda/skill';
import { firstVariant, type PickVariant } from '../../lambda/skill/speech/variants';
import { createVoiceSession } from '../../simulator';
import { assertDialogDirectives, dialogModelFor } from '../skill/dialog-directives';

/** Each locale's model, read once: the simulator compiles a model once per object. */
export const modelFor = dialogModelFor;

/**
 * The day every spoken test takes place on: "since Saturday" and "on Monday" are counted from
 * it, so a figure is the same on any day the suite runs (a Monday, when the batches were read).
 */
export const SPOKEN_ON = new Date('2026-12-07T10:00:00Z');

/** The model and the real skill together, the way a user meets them: in words. */
export function speaker(
  locale = 'en-US',
  device: 'speaker' | 'show' = 'speaker',
  pickVariant: PickVariant = firstVariant,
) {
  const skill = buildSkill({ skillId: LOCAL_SKILL_ID, logger: silentLogger, pickVariant });
  const session = createVoiceSession({
    skill,
    model: modelFor(locale),
    locale,
    skillId: LOCAL_SKILL_ID,
    now: () => new Date(SPOKEN_ON),
    ...(device === 'show' ? { screen: true } : {}),
  });
  // Every turn of every spoken conversation is one Alexa must accept.
  const say = session.say.bind(session);
  session.say = async (utterance) => {
    const turn = await say(utterance);
    assertDialogDirectives(locale, turn.response);
    return turn;
  };
  return session;
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
