import { describe, expect, it } from 'vitest';
import { warningSignsIn } from '../../lambda/skill/safety/warning-words';
import { MAX_SLOT_CHARACTERS } from '../../lambda/skill/slot-bounds';
import { intentRequest, match, repromptOf, speechOf, unknown } from '../skill/alexa';
import { newSession } from '../skill/skill-under-test';
import { alexaResponseProblems } from './alexa-rules';
import { OUT_OF_SESSION_TYPES, outOfSessionEnvelope } from './turns';

describe('requests outside a session (issue 23)', () => {
  it.each(OUT_OF_SESSION_TYPES)('%s without a session: answered, never an error', async (type) => {
    const { skill, logs } = newSession();
    const response = await skill.invoke(outOfSessionEnvelope(type));
    expect(logs.filter((entry) => entry.event === 'handler-error')).toEqual([]);
    expect(response.sessionAttributes ?? {}).toEqual({});
    // Events, messages and error reports: no speech, card or directive; the rest as any answer.
    expect(alexaResponseProblems(type, response)).toEqual([]);
  });

  it('answers a warning sign said without a session with the urgent advice, not silence', async () => {
    const { skill, logs } = newSession();
    const envelope = intentRequest('RedFlagIntent', { redFlag: match('chest-pain') });
    delete (envelope as { session?: unknown }).session;
    const response = await skill.invoke(envelope);
    expect(logs.filter((entry) => entry.event === 'handler-error')).toEqual([]);
    expect(speechOf(response)).toMatch(/emergency/);
    expect(response.sessionAttributes ?? {}).toEqual({});
  });

  it("logs Alexa's report of a failed response by its error type, for the operator", async () => {
    const { skill, logs } = newSession();
    await skill.invoke(outOfSessionEnvelope('System.ExceptionEncountered'));
    expect(logs).toContainEqual(
      expect.objectContaining({ event: 'alexa-exception', reason: 'INVALID_RESPONSE' }),
    );
  });
});

describe('slot values are bounded at the envelope (issue 23)', () => {
  const longest = 'my legs are sore '.repeat(40).slice(0, MAX_SLOT_CHARACTERS);

  it('reads an answer up to the bound as usual', async () => {
    const { session } = newSession();
    await session.launch();
    const response = await session.say('CheckInIntent', {
      area: match('legs'),
      feel: unknown(longest),
    });
    expect(speechOf(response)).not.toMatch(/didn't catch|not sure I understood/i);
  });

  it('takes a longer one as not understood: asked again, logged by slot name, never by value', async () => {
    const { session, logs } = newSession();
    await session.launch();
    const hidden = `${'x'.repeat(MAX_SLOT_CHARACTERS)} zanzibar`;
    const response = await session.say('CheckInIntent', {
      area: match('legs'),
      feel: unknown(hidden),
    });
    expect(response.response.shouldEndSession).toBe(false);
    expect(repromptOf(response)).toMatch(/body part|where/i);
    expect(logs).toContainEqual({
      event: 'slot-too-long',
      reason: 'feel',
      intent: 'CheckInIntent',
    });
    expect(JSON.stringify(logs)).not.toContain('zanzibar');
    // A misunderstanding makes a warning sign plausible: the check remembers it.
    expect(JSON.stringify(session.attributes)).toContain('"misheard":true');
  });
});

describe('the safety net is linear in what it reads (issue 23)', () => {
  /** Denial look-ups once sliced everything before each match: 64 K characters took seconds. */
  function operations(characters: number): number {
    const text = 'not dizzy or '.repeat(Math.ceil(characters / 13));
    let sliced = 0;
    const slice = String.prototype.slice;
    String.prototype.slice = function (this: string, ...args: Parameters<string['slice']>) {
      const result = slice.apply(this, args);
      sliced += result.length;
      return result;
    };
    try {
      warningSignsIn(text);
    } finally {
      String.prototype.slice = slice;
    }
    return sliced;
  }

  it('copies about as much per character for 32 K characters as for 2 K', () => {
    const small = operations(2_000) / 2_000;
    const large = operations(32_000) / 32_000;
    expect(large).toBeLessThan(small * 1.5);
  });
});
