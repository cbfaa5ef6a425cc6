import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOPIC_ANSWERS } from '../../lambda/skill/speech/en-US';
import { ADVICE_TOPICS, type AdviceTopic } from '../../lambda/skill/understanding/heard';
import { speaker } from './speaker';

/*
 * Questions people ask in the middle of a check ("is it bad to train sore?", "should I take
 * ibuprofen?"), written by helpers who saw nothing of the skill, asked right after "how bad is
 * it?". Each batch was measured once before anyone read it, then learnt from: a built the topic
 * words; b was answered by topic 61 times in 110 when first measured, c 59 in 88, d 67 in 88
 * (d is not read). The floors hold today's figures: a change that loses questions fails, a gain
 * must raise them.
 */
const BATCHES = [
  { file: 'topics-2026-12-07.json', floor: 0.94 },
  { file: 'topics-2026-12-07b.json', floor: 0.9 },
  { file: 'topics-2026-12-07c.json', floor: 0.88 },
  { file: 'topics-2026-12-08d.json', floor: 0.76 },
] as const;

function questionsIn(file: string): Array<[AdviceTopic, string]> {
  const path = join(import.meta.dirname, 'check-ins', file);
  const { questions } = JSON.parse(readFileSync(path, 'utf8')) as {
    questions: Record<AdviceTopic, string[]>;
  };
  return ADVICE_TOPICS.flatMap((topic) =>
    (questions[topic] ?? []).map((line): [AdviceTopic, string] => [topic, line]),
  );
}

/** Which topic's answer a response opens with, if any. */
function topicAnswered(speech: string): AdviceTopic | undefined {
  return ADVICE_TOPICS.find((topic) => speech.startsWith(TOPIC_ANSWERS[topic]));
}

async function askMidCheck(line: string) {
  const session = speaker();
  await session.say('open soreness coach');
  await session.say('my quads are sore');
  return session.say(line);
}

describe.each(BATCHES)('questions asked mid-check, $file', ({ file, floor }) => {
  it('are answered by topic at least as often as before, then the check goes on', async () => {
    const asked = questionsIn(file);
    let right = 0;
    for (const [topic, line] of asked) {
      const turn = await askMidCheck(line);
      if (topicAnswered(turn.speech) !== topic) continue;
      right += 1;
      // One or two sentences, then the question that was pending, the session still open.
      expect(turn.sessionOpen).toBe(true);
      expect(turn.response.sessionAttributes?.conversation).toMatchObject({ pending: 'severity' });
    }
    console.log(`${file}: ${right}/${asked.length} answered by topic`);
    expect(right / asked.length).toBeGreaterThanOrEqual(floor);
  });
});

describe('every topic', () => {
  it('is answered in one or two sentences, and medicine with no dose or recommendation', () => {
    for (const topic of ADVICE_TOPICS) {
      const sentences = TOPIC_ANSWERS[topic].split(/(?<=[.!?])\s+/);
      expect(sentences.length, topic).toBeLessThanOrEqual(2);
    }
    expect(TOPIC_ANSWERS.painkillers).toMatch(/pharmacist or your doctor/);
    expect(TOPIC_ANSWERS.painkillers).not.toMatch(/\d|milligram|mg\b|tablet/i);
  });

  it('a number inside a question is no answer: "is a bit of a stroll okay" rates nothing', async () => {
    const turn = await askMidCheck('is a bit of a stroll going to be okay today');
    expect(topicAnswered(turn.speech)).toBe('gentle');
    const draft = turn.response.sessionAttributes?.conversation as {
      draft: { areas: Array<{ severity?: number }> };
    };
    expect(draft.draft.areas.every((area) => area.severity === undefined)).toBe(true);
  });

  it('a warning sign inside a question is heard all the same', async () => {
    const turn = await askMidCheck('is it normal to feel dizzy after a hard session like this');
    expect(turn.response.sessionAttributes?.lastAdvice).toMatchObject({ urgent: true });
  });
});
