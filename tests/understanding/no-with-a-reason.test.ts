import { describe, expect, it } from 'vitest';
import { speaker } from '../voice/speaker';

/** Dull legs at five for two days: the movement question is next. */
const TO_THE_LIMITS_QUESTION = ['open soreness coach', 'my legs ache', 'five', 'two days'];

/**
 * "Does it limit your movement or your daily tasks?" is a yes/no question: a no with a reason
 * after it ("no, it's just annoying") is a no, whatever intent the model files the words under.
 */
describe('a no with a reason, to the movement question', () => {
  it.each(["no, it's just annoying", 'no it just feels tight', "no, i'm fine to move"])(
    '"%s"',
    async (answer) => {
      const session = speaker();
      let last = await session.say(TO_THE_LIMITS_QUESTION[0] ?? '');
      for (const line of TO_THE_LIMITS_QUESTION.slice(1)) last = await session.say(line);
      expect(last.speech).toMatch(/limit your movement/);
      const turn = await session.say(answer);
      const state = turn.response.sessionAttributes as {
        conversation?: { draft: { limitsMovement?: boolean }; pending: string | null };
      };
      expect(state.conversation?.draft.limitsMovement).toBe(false);
      expect(turn.speech).not.toMatch(/didn't get that/);
    },
  );
});

describe('a no that names what someone cannot do is still the sign', () => {
  it.each(["no, i can't walk on it", "no i can't put any weight on it"])('"%s"', async (answer) => {
    const session = speaker();
    for (const line of TO_THE_LIMITS_QUESTION) await session.say(line);
    const turn = await session.say(answer);
    const lastAdvice = turn.response.sessionAttributes?.lastAdvice as
      | { urgent: boolean }
      | undefined;
    expect(lastAdvice?.urgent).toBe(true);
  });
});

/** Aching legs at eight for two days: the safety question is next. */
const TO_THE_SAFETY_QUESTION = ['open soreness coach', 'my legs ache', 'eight', 'two days'];

/*
 * A denial reaches to its clause's end, and a fact whose own words open a new clause ("just
 * sore", "it is only stiff") starts one: the soreness is what was said, not its opposite.
 */
describe('a no to the signs, then what it is instead', () => {
  it.each(['no chest pain no dizziness just sore', "no, none of that, it's just sore"])(
    '"%s" is a clear no, and the ache stays an ache',
    async (answer) => {
      const session = speaker();
      for (const line of TO_THE_SAFETY_QUESTION) await session.say(line);
      const turn = await session.say(answer);
      const lastAdvice = turn.response.sessionAttributes?.lastAdvice as
        | { verdict: string; urgent: boolean }
        | undefined;
      expect(lastAdvice).toMatchObject({ verdict: 'rest', urgent: false });
    },
  );
});
