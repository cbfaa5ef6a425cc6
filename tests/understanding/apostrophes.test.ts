import { describe, expect, it } from 'vitest';
import { warningSignsIn } from '../../lambda/skill/safety/warning-words';
import { normaliseWords } from '../../lambda/skill/understanding/normalise';
import { match, unknown } from '../skill/alexa';
import { newSession } from '../skill/skill-under-test';

/**
 * How a device or a keyboard writes an apostrophe is not what was said: straight, curly,
 * backtick or modifier letter, the skill reads the words alike (one normaliser for all).
 */
const APOSTROPHES = ["'", '\u2019', '`', '\u02bc'] as const;

/** Answers to the feel question that deny one reading, with the contraction that denies it. */
const FEEL_ANSWERS = [
  "it isn't sharp",
  "it's not sharp, more of an ache",
  "doesn't feel sharp really",
  "i wouldn't call it stabbing",
  "it's achy, it isn't stabbing",
];

/** Where the check stands after answering the feel question for sore legs. */
async function feelAfter(answer: string) {
  const { session } = newSession();
  await session.launch();
  await session.say('CheckInIntent', { area: match('legs') });
  await session.say('FeelIntent', { feel: unknown(answer) });
  const state = session.attributes as {
    conversation?: { draft: { areas: Array<{ feel?: string }> }; pending: string | null };
  };
  return { feel: state.conversation?.draft.areas[0]?.feel, pending: state.conversation?.pending };
}

describe('apostrophes of every kind read alike', () => {
  it.each(FEEL_ANSWERS)('"%s" to the feel question', async (answer) => {
    const straight = await feelAfter(answer);
    // A denied sharp pain is never read as sharp.
    expect(straight.feel).not.toBe('sharp');
    for (const apostrophe of APOSTROPHES.slice(1)) {
      expect(await feelAfter(answer.replaceAll("'", apostrophe)), apostrophe).toEqual(straight);
    }
  });
});

/** Signs said with a contraction, and what the safety net must hear in each. */
const SIGN_LINES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["i can't catch my breath", ['breathless']],
  ["i'm not dizzy", []],
  ["haven't been dizzy or anything", []],
  ["my knee's swollen", ['swelling']],
  ["it's swollen and i can't put weight on it", ['cannot-move', 'swelling']],
  ["i wasn't short of breath", []],
  // Typed or transcribed without an apostrophe, the same words.
  ['i cant move my knee', ['cannot-move']],
  ['my knee wont bend', ['cannot-move']],
  ['cant breathe', ['breathless']],
  ['i cant feel my toes', ['numbness']],
  ['i dont feel dizzy', []],
  ['i havent been dizzy or short of breath', []],
];

describe('the safety net hears contractions alike, whatever the apostrophe', () => {
  it.each(SIGN_LINES)('"%s"', (line, signs) => {
    for (const apostrophe of APOSTROPHES) {
      expect(warningSignsIn(line.replaceAll("'", apostrophe)).sort(), apostrophe).toEqual([
        ...signs,
      ]);
    }
  });
});

describe('the normaliser reads any word as a word', () => {
  it('never finds a contraction on a prototype ("constructor", "__proto__")', () => {
    expect(normaliseWords("constructor __proto__ toString hasOwnProperty can't")).toEqual([
      'constructor',
      'proto',
      'tostring',
      'hasownproperty',
      'can',
      'not',
    ]);
  });
});
