import { AttributesManagerFactory, type HandlerInput, ResponseFactory } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { respondWith } from '../../lambda/skill/reply';
import { LOCALE_SPEECH, localiseSpeech, SKILL_LOCALES } from '../../lambda/skill/speech/locales';
import { intentRequest, launchRequest, match, num, speechOf } from './alexa';
import { cardOf } from './responses';
import { newSession } from './skill-under-test';

function inLocale(envelope: RequestEnvelope, locale: string): RequestEnvelope {
  (envelope.request as { locale?: string }).locale = locale;
  return envelope;
}

/** A check that ends in urgent advice, every request in the given locale. */
async function urgentIn(locale: string) {
  const { session } = newSession();
  await session.send(inLocale(launchRequest(), locale));
  return session.send(
    inLocale(intentRequest('RedFlagIntent', { redFlag: match('chest-pain') }), locale),
  );
}

describe('speech in each English-speaking country', () => {
  it.each(SKILL_LOCALES)('%s: urgent advice names the number to call there', async (locale) => {
    const urgent = await urgentIn(locale);
    const number = LOCALE_SPEECH[locale].emergencyNumber;
    expect(speechOf(urgent)).toContain(`contact a doctor or emergency services on ${number}.`);
    expect(cardOf(urgent)?.content).toContain(`emergency services on ${number}`);
    expect(speechOf(urgent)).not.toMatch(/local emergency number/);
  });

  it('says 999 in the UK, 000 in Australia, 112 in India, 911 in the US and Canada', () => {
    expect(
      Object.fromEntries(
        SKILL_LOCALES.map((locale) => [locale, LOCALE_SPEECH[locale].emergencyNumber]),
      ),
    ).toEqual({ 'en-US': '911', 'en-GB': '999', 'en-CA': '911', 'en-AU': '000', 'en-IN': '112' });
  });

  it('keeps "your local emergency number" where no number is known, never a wrong one', async () => {
    const urgent = await urgentIn('en-NZ');
    expect(speechOf(urgent)).toContain('contact a doctor or your local emergency number.');
  });

  it('spells as the country does: "coloured" outside the US', async () => {
    const tip = 'Pale straw colored urine is the goal.';
    expect(localiseSpeech(tip, 'en-US')).toBe(tip);
    for (const locale of ['en-GB', 'en-CA', 'en-AU', 'en-IN']) {
      expect(localiseSpeech(tip, locale)).toBe('Pale straw coloured urine is the goal.');
    }
  });

  it('localises the reprompt and the card as well as the speech, the number spoken as digits', () => {
    const requestEnvelope = inLocale(launchRequest(), 'en-AU');
    const input = {
      requestEnvelope,
      responseBuilder: ResponseFactory.init(),
      attributesManager: AttributesManagerFactory.init({ requestEnvelope }),
    } as HandlerInput;
    const response = respondWith(input, {
      speech: 'Call your local emergency number.',
      asks: { question: 'redFlags', reprompt: 'Or your local emergency number.' },
      advice: {
        verdict: 'see-professional',
        urgent: true,
        cardTitle: 'T',
        cardText: 'Pale straw colored urine. Call your local emergency number.',
      },
      kept: {},
    });
    const telephone = '<say-as interpret-as="telephone">000</say-as>';
    expect(response.outputSpeech).toEqual({
      type: 'SSML',
      ssml: `<speak>Call emergency services on ${telephone}.</speak>`,
    });
    expect(response.reprompt?.outputSpeech).toEqual({
      type: 'SSML',
      ssml: `<speak>Or emergency services on ${telephone}.</speak>`,
    });
    expect(response.card).toMatchObject({
      content: 'Pale straw coloured urine. Call emergency services on 000.',
    });
  });

  it('says "coloured" in a whole British check, from the first word to the last', async () => {
    const { session } = newSession();
    await session.send(inLocale(launchRequest(), 'en-GB'));
    await session.send(inLocale(intentRequest('CheckInIntent', { area: match('legs') }), 'en-GB'));
    await session.send(inLocale(intentRequest('FeelIntent', { feel: match('dull') }), 'en-GB'));
    await session.send(inLocale(intentRequest('SeverityIntent', { severity: num(5) }), 'en-GB'));
    await session.send(inLocale(intentRequest('DaysIntent', { days: num(2) }), 'en-GB'));
    const advice = await session.send(inLocale(intentRequest('AMAZON.NoIntent'), 'en-GB'));
    const sleep = await session.send(
      inLocale(intentRequest('SleepIntent', { sleepHours: num(8) }), 'en-GB'),
    );
    const water = await session.send(
      inLocale(intentRequest('HydrationIntent', { hydration: match('low') }), 'en-GB'),
    );
    const said = [advice, sleep, water].map(speechOf).join(' ');
    expect(said).toMatch(/coloured/);
    expect(said).not.toMatch(/colored/);
  });
});
