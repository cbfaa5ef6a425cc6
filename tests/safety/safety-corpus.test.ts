import { describe, expect, it } from 'vitest';
import { SKILL_LOCALES } from '../../lambda/skill/speech/locales';
import {
  blindConversations,
  expectedSigns,
  judgeConversation,
  type SignPhrasing,
  safetyConversations,
  signPhrasings,
  signsBySkill,
} from './safety-corpus';

/*
 * Every fifth phrasing was kept aside while the model and the safety net were grown, to learn
 * whether they generalise. The rest must all be heard; the held-out part has a floor at the
 * share measured now (48 of 51 when first run, 50 of 51 since; docs/safety-screen.md).
 */
const HELD_OUT_FLOOR = 0.98;
/**
 * The blind conversations (docs/safety-screen.md): most misses are answers the model does not
 * understand, put to a question the writer expected in another order; none may end unsafely,
 * which the property test and the corpus above hold.
 */
const BLIND_FLOOR = 0.6;

async function heard(entry: SignPhrasing, locale: string): Promise<boolean> {
  const held = await signsBySkill(entry.say, locale);
  const expected = expectedSigns(entry);
  return expected.length === 0 ? held.length === 0 : expected.every((sign) => held.includes(sign));
}

describe.each(SKILL_LOCALES)('safety corpus (%s): warning signs in everyday words', (locale) => {
  const withSign = signPhrasings.filter((entry) => expectedSigns(entry).length > 0);
  const negatives = signPhrasings.filter((entry) => expectedSigns(entry).length === 0);

  it('is the size the safety screen asks for', () => {
    expect(withSign.length).toBeGreaterThanOrEqual(150);
    expect(negatives.length).toBeGreaterThanOrEqual(40);
    expect(safetyConversations.length).toBeGreaterThanOrEqual(40);
  });

  it('hears every sign said as a first answer, and none in a denial or muscle talk', async () => {
    const missed: string[] = [];
    for (const entry of signPhrasings.filter((each) => !each.heldOut)) {
      if (!(await heard(entry, locale))) missed.push(entry.say);
    }
    expect(missed).toEqual([]);
  });

  it('generalises to the held-out phrasings', async () => {
    const heldOut = signPhrasings.filter((entry) => entry.heldOut);
    let right = 0;
    for (const entry of heldOut) if (await heard(entry, locale)) right += 1;
    expect(right / heldOut.length).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
  });

  it.each(safetyConversations.map((conversation) => [conversation.name, conversation] as const))(
    'ends safely: %s',
    async (_name, conversation) => {
      expect(await judgeConversation(conversation, locale)).toBeUndefined();
    },
  );

  it('ends the blind conversations as expected, at the share measured', async () => {
    let right = 0;
    for (const conversation of blindConversations)
      if ((await judgeConversation(conversation, locale)) === undefined) right += 1;
    expect(right / blindConversations.length).toBeGreaterThanOrEqual(BLIND_FLOOR);
  });
});
