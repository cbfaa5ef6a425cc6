import type { RequestEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { intentRequest, match, num, type SlotFill, unknown } from './alexa';
import { newSession } from './skill-under-test';

/** What Alexa sends before routing words said without the skill's name. */
function canFulfill(intent: string, fills: Record<string, SlotFill> = {}): RequestEnvelope {
  const envelope = intentRequest(intent, fills);
  (envelope.request as { type: string }).type = 'CanFulfillIntentRequest';
  return envelope;
}

async function ask(envelope: RequestEnvelope) {
  const { skill, logs } = newSession();
  const response = await skill.invoke(envelope);
  return { response, logs };
}

describe('CanFulfillIntentRequest: may Alexa route a name-free request here?', () => {
  it('says YES to a check-in whose every slot it understood, slot by slot', async () => {
    const { response } = await ask(
      canFulfill('CheckInIntent', { area: match('legs'), feel: match('dull'), severity: num(5) }),
    );
    expect(response.response.canFulfillIntent).toEqual({
      canFulfill: 'YES',
      slots: {
        area: { canUnderstand: 'YES', canFulfill: 'YES' },
        feel: { canUnderstand: 'YES', canFulfill: 'YES' },
        severity: { canUnderstand: 'YES', canFulfill: 'YES' },
      },
    });
  });

  it('says YES to a bare "should I train today?"', async () => {
    const { response } = await ask(canFulfill('CheckInIntent'));
    expect(response.response.canFulfillIntent).toEqual({ canFulfill: 'YES', slots: {} });
  });

  it('says YES to a warning sign said without the name, which the skill answers urgently', async () => {
    const { response } = await ask(canFulfill('RedFlagIntent', { redFlag: match('dizziness') }));
    expect(response.response.canFulfillIntent?.canFulfill).toBe('YES');
  });

  it('says MAYBE when some words were not understood', async () => {
    const { response } = await ask(canFulfill('CheckInIntent', { area: unknown('spleen') }));
    expect(response.response.canFulfillIntent).toEqual({
      canFulfill: 'MAYBE',
      slots: { area: { canUnderstand: 'MAYBE', canFulfill: 'NO' } },
    });
  });

  it.each(['FeelIntent', 'SeverityIntent', 'AMAZON.HelpIntent', 'AMAZON.YesIntent'])(
    'says NO to %s, an answer that means nothing without the question',
    async (intent) => {
      const { response } = await ask(canFulfill(intent));
      expect(response.response.canFulfillIntent?.canFulfill).toBe('NO');
    },
  );

  it('has no side effects: no speech, no card, no state, no advice logged', async () => {
    const { response, logs } = await ask(canFulfill('CheckInIntent', { area: match('legs') }));
    expect(response.response.outputSpeech).toBeUndefined();
    expect(response.response.reprompt).toBeUndefined();
    expect(response.response.card).toBeUndefined();
    expect(response.response.directives).toBeUndefined();
    expect(response.sessionAttributes ?? {}).toEqual({});
    expect(logs.map((entry) => entry.event)).toEqual(['request']);
  });
});
