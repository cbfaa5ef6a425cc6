import { describe, expect, it } from 'vitest';
import {
  attributesOutOfBounds,
  MAX_ATTRIBUTE_CHARACTERS,
  MAX_ATTRIBUTE_DEPTH,
} from '../../lambda/skill/attribute-bounds';
import { intentRequest, match, num, speechOf } from '../skill/alexa';
import { newSession } from '../skill/skill-under-test';

const MARKER = 'zanzibar-secret';

function nested(levels: number): Record<string, unknown> {
  let deep: Record<string, unknown> = { marker: MARKER };
  for (let level = 0; level < levels; level++) deep = { deeper: deep };
  return deep;
}

/** A mid-check answer carrying the given session attributes, as Alexa would send them back. */
async function answerWith(attributes: Record<string, unknown>) {
  const { skill, logs } = newSession();
  const envelope = intentRequest('CheckInIntent', { area: match('legs') });
  if (!envelope.session) throw new Error('an intent request carries a session');
  envelope.session.new = false;
  envelope.session.attributes = attributes;
  const response = await skill.invoke(envelope);
  return { response, logs };
}

describe('session attributes are bounded before ask-sdk copies them', () => {
  it('lets the real state of a whole check through (the bounds never bite the skill itself)', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('knee'), feel: match('sharp') });
    await session.say('SeverityIntent', { severity: num(8) });
    expect(attributesOutOfBounds(session.attributes)).toBeUndefined();
    expect(JSON.stringify(session.attributes).length).toBeLessThan(MAX_ATTRIBUTE_CHARACTERS / 4);
  });

  it.each([
    ['5,000 levels deep (ask-sdk would overflow its stack copying them)', nested(5_000)],
    [`${MAX_ATTRIBUTE_DEPTH + 1} levels deep`, nested(MAX_ATTRIBUTE_DEPTH + 1)],
    ['100 kB, four times what Alexa lets a response carry', { blob: MARKER.repeat(7_000) }],
  ])(
    '%s: discarded with one log line, and the user hears a polite restart',
    async (_, attributes) => {
      const { response, logs } = await answerWith(attributes);
      expect(speechOf(response)).toMatch(/lost track of our check/);
      expect(response.response.shouldEndSession).toBe(false);
      const discarded = logs.filter((entry) => entry.event === 'attributes-discarded');
      expect(discarded).toEqual([{ event: 'attributes-discarded', reason: expect.any(String) }]);
      expect(JSON.stringify(logs)).not.toContain(MARKER);
    },
  );

  it('measures depth without recursion and size only once depth is safe', () => {
    expect(attributesOutOfBounds(nested(100_000))).toMatch(/deeper than/);
    expect(attributesOutOfBounds(nested(MAX_ATTRIBUTE_DEPTH - 2))).toBeUndefined();
    expect(attributesOutOfBounds({ blob: 'x'.repeat(MAX_ATTRIBUTE_CHARACTERS) })).toMatch(
      /larger than/,
    );
  });
});
