import { StaticAplTemplateValidator } from 'apl-suggester';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it, vi } from 'vitest';
import type { Verdict } from '../../lambda/core';
import { QUESTIONS, type Question } from '../../lambda/skill/conversation/state';
import { APL_DOCUMENT } from '../../lambda/skill/screen/apl-document';
import { TOUCH_QUESTIONS } from '../../lambda/skill/screen/choices';
import { SCREEN_TOKEN } from '../../lambda/skill/screen/render-screen';
import {
  CARD_FOOTER,
  PHRASES,
  QUESTION_PROMPTS,
  VERDICT_LABELS,
} from '../../lambda/skill/speech/en-US';
import { localiseSpeech } from '../../lambda/skill/speech/locales';
import { firstVariant, type PickVariant } from '../../lambda/skill/speech/variants';
import type { Turn } from '../../simulator';
import { intentRequest, match, speechOf } from '../skill/alexa';
import { newSession } from '../skill/skill-under-test';
import { speaker, talk } from './speaker';

const renders = (response: ResponseEnvelope) =>
  (response.response.directives ?? []).filter(
    (directive) => directive.type === 'Alexa.Presentation.APL.RenderDocument',
  );

/** A tap as the device sends it, with whatever arguments the test needs. */
function tapEvent(args: unknown): RequestEnvelope {
  const envelope = intentRequest('AMAZON.HelpIntent');
  envelope.request = {
    type: 'Alexa.Presentation.APL.UserEvent',
    requestId: envelope.request.requestId,
    timestamp: envelope.request.timestamp,
    locale: 'en-US',
    token: SCREEN_TOKEN,
    arguments: args,
  } as unknown as RequestEnvelope['request'];
  return envelope;
}

/** Taps through a check on a screen device; every turn after launch is a touch. */
async function tapThrough(
  taps: readonly string[],
  locale = 'en-US',
  pickVariant: PickVariant = firstVariant,
) {
  const show = speaker(locale, 'show', pickVariant);
  const turns: Turn[] = [await show.say('open soreness coach')];
  for (const tap of taps) {
    if (!show.isOpen) break;
    turns.push(await show.say(`tap: ${tap}`));
  }
  const last = turns.at(-1);
  const lastAdvice = last?.response.sessionAttributes?.lastAdvice as
    | { verdict: Verdict; urgent: boolean }
    | undefined;
  return { turns, last, lastAdvice };
}

describe('Echo Show and Fire TV: the check on screen, answered by touch', () => {
  it('validates against the APL schema (apl-suggester): no error, no warning', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const findings = await new StaticAplTemplateValidator().validate(APL_DOCUMENT);
      expect(findings).toEqual([]);
    } finally {
      log.mockRestore();
    }
  });

  it('never sends a speaker a screen', async () => {
    const { said } = await talk([
      'open soreness coach',
      'my legs are sore',
      'five',
      'two days',
      'no',
    ]);
    expect(said.flatMap((turn) => renders(turn.response))).toEqual([]);
  });

  it.each([
    ['train', ['Legs', 'Dull ache or stiffness', '2'], false],
    ['modify', ['Legs', 'Dull ache or stiffness', '5', '2 days', 'No'], false],
    ['active-recovery', ['All over', 'Dull ache or stiffness', '5', '2 days', 'No'], false],
    ['rest', ['Legs', 'Dull ache or stiffness', '8', '2 days', 'No'], false],
    ['see-professional', ['Knee', '6', 'No'], false],
    ['see-professional', ['Legs', 'Dull ache or stiffness', '8', '2 days', 'Yes'], true],
  ] as const)('reaches %s by touch alone: %j', async (verdict, taps, urgent) => {
    const { turns, lastAdvice } = await tapThrough(taps);
    expect(
      lastAdvice,
      turns.map((turn) => `${turn.utterance} → ${turn.speech}`).join('\n'),
    ).toMatchObject({
      verdict,
      urgent,
    });
    // Every turn showed a screen: each question, and the advice.
    for (const turn of turns) expect(turn.screen, turn.utterance).toBeDefined();
  });

  it('treats a tap exactly like the spoken answer: same state, same speech', async () => {
    const spoken = await talk(['open soreness coach', 'my legs', 'a dull ache', 'five']);
    const tapped = await tapThrough(['Legs', 'Dull ache or stiffness', '5']);
    const stateOf = (turn: Turn | undefined) =>
      (turn?.response.sessionAttributes as { conversation?: unknown } | undefined)?.conversation;
    expect(stateOf(tapped.last)).toEqual(stateOf(spoken.said.at(-1)));
    expect(tapped.last?.speech).toBe(spoken.said.at(-1)?.speech);
  });

  it('urgent advice shows the number to call first, and nothing to tap', async () => {
    const { last } = await tapThrough(
      ['Legs', 'Dull ache or stiffness', '8', '2 days', 'Yes'],
      'en-GB',
    );
    expect(last?.screen?.headline).toMatch(
      /^Stop training now and contact a doctor or emergency services on 999\./,
    );
    expect(last?.screen?.choices).toEqual([]);
    expect(last?.sessionOpen).toBe(false);
  });

  it('ignores a tap on a question no longer asked, politely, changing nothing', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('legs') });
    const before = await session.say('FeelIntent', { feel: match('dull') });
    // A screen that lagged behind: "sharp" tapped for the feel question, now answered.
    const stale = await session.send(tapEvent(['answer', 'feel', 'sharp']));
    expect(stale.sessionAttributes?.conversation).toEqual(before.sessionAttributes?.conversation);
    expect(speechOf(stale)).toMatch(/one to ten/);
  });

  it('offers every answer a question takes as a choice the skill understands', () => {
    for (const [question, touch] of Object.entries(TOUCH_QUESTIONS)) {
      expect(touch.choices.length, question).toBeGreaterThan(0);
      for (const choice of touch.choices) {
        expect(touch.spokenAs(choice.answer), `${question}: ${choice.label}`).toBeDefined();
      }
      expect(touch.spokenAs('no-such-answer')).toBeUndefined();
    }
  });

  it('shows every question the skill asks, each answerable by touch', async () => {
    const routes = [
      ['Legs', 'Dull ache or stiffness', '8', '2 days', 'No', '8 hours', 'Yes'],
      ['Legs', 'Dull ache or stiffness', '5', '2 days', 'Yes'],
      ['Chest'],
      ['Hip', '5'],
    ];
    const shown = new Set<string>();
    for (const route of routes) {
      const { turns } = await tapThrough(route);
      for (const turn of turns) if (turn.screen?.question) shown.add(turn.screen.question);
    }
    expect([...shown].sort()).toEqual([...QUESTIONS].sort());
  });

  it('asks the chest question when "Chest" is tapped, as when "my chest" is said', async () => {
    const tapped = await tapThrough(['Chest']);
    const spoken = await talk(['open soreness coach', 'my chest is sore']);
    expect(tapped.last?.screen?.question).toBe('chest');
    expect(tapped.last?.speech).toBe(spoken.said.at(-1)?.speech);
  });

  it('gives urgent advice when "pressure or tightness inside" is tapped at the chest question', async () => {
    const { lastAdvice, last } = await tapThrough(['Chest', 'Pain, pressure or tightness inside']);
    expect(lastAdvice).toMatchObject({ verdict: 'see-professional', urgent: true });
    expect(last?.screen?.headline).toMatch(/emergency services on 911/);
  });

  it('carries on as muscle soreness when the chest muscles are tapped', async () => {
    const { last } = await tapThrough(['Chest', 'Sore chest muscles, from training']);
    expect(last?.screen?.question).toBe('feel');
  });

  it('answers a tap it cannot read, or a broken interface list, without losing urgent advice', async () => {
    const { skill, logs } = newSession();
    const urgent = intentRequest('RedFlagIntent', { redFlag: match('chest-pain') });
    if (!urgent.context.System.device) throw new Error('the fixture has a device');
    urgent.context.System.device.supportedInterfaces = 'APL' as unknown as Record<string, never>;
    const answer = await skill.invoke(urgent);
    expect(answer.sessionAttributes?.lastAdvice).toMatchObject({ urgent: true });
    for (const broken of [5, {}, ['answer', 'feel'], ['answer', 'no-such-question', 'dull']]) {
      const reply = await skill.invoke(tapEvent(broken));
      expect(speechOf(reply)).not.toBe('');
    }
    expect(logs.filter((entry) => entry.event === 'rejected')).toEqual([]);
  });

  it('shows on each screen what it must: the question with its choices, or the verdict with its reason, and the footer', async () => {
    const rest = await tapThrough(['Knee', '3']);
    const urgent = await tapThrough(['Legs', 'Dull ache or stiffness', '8', '2 days', 'Yes']);
    const modify = await tapThrough(['Legs', 'Dull ache or stiffness', '5', '2 days', 'No']);
    const screensOf = (flow: { turns: Turn[] }) =>
      flow.turns.flatMap((turn) => (turn.screen ? [turn.screen] : []));
    const flows = [rest, urgent, modify];
    for (const screen of flows.flatMap(screensOf)) {
      expect(screen.disclaimer).toBe(localiseSpeech(CARD_FOOTER, 'en-US'));
      if (!screen.badge) {
        // A question: in the catalogue's first wording, with the answers it takes by touch.
        const question = screen.question as Question;
        expect(screen.headline).toBe(localiseSpeech(QUESTION_PROMPTS[question][0], 'en-US'));
        expect(screen.choices).toEqual(TOUCH_QUESTIONS[question].choices);
        expect(screen.choices.length).toBeGreaterThan(1);
        continue;
      }
      // Advice: the verdict or, when urgent, what to do, then the reason; colour never alone.
      expect(screen.body).not.toBe('');
      expect(screen.badge).not.toBe('');
    }
    const verdictScreen = (flow: { turns: Turn[] }) =>
      screensOf(flow).find((screen) => screen.badge);
    expect(verdictScreen(rest)).toMatchObject({
      headline: VERDICT_LABELS.rest,
      badge: 'REST',
    });
    expect(verdictScreen(modify)).toMatchObject({
      headline: VERDICT_LABELS.modify,
      badge: 'ADJUST',
    });
    expect(verdictScreen(urgent)).toMatchObject({ badge: 'STOP', choices: [] });
    expect(verdictScreen(urgent)?.headline).toMatch(/^Stop training now.*911/);
  });

  const lastWording: PickVariant = (count) => count - 1;
  it.each([
    ['first', firstVariant],
    ['last', lastWording],
  ] as const)(
    'shows the advice in the words its card gives, with the %s wording picked',
    async (_name, choose) => {
      const flows = [
        ['Knee', '6', 'No'],
        ['Legs', 'Dull ache or stiffness', '5', '2 days', 'No', '4'],
        ['All over', 'Dull ache or stiffness', '2'],
      ];
      let advised = 0;
      for (const taps of flows) {
        const { turns } = await tapThrough(taps, 'en-US', choose);
        for (const turn of turns) {
          const card = turn.response.response.card;
          if (card?.type !== 'Simple') continue;
          advised += 1;
          const lines = (card.content ?? '')
            .split('\n')
            .filter((line) => line !== localiseSpeech(CARD_FOOTER, 'en-US'));
          expect(turn.screen?.body.split('<br>')).toEqual(lines);
        }
      }
      // Each check's advice, and the advice that sleep of four hours changed.
      expect(advised).toBe(4);
    },
  );

  it('shows the general advice of a check it could not follow, as its card gives it', async () => {
    const show = speaker('en-US', 'show');
    await show.say('open soreness coach');
    let last: Turn | undefined;
    for (let turn = 0; turn < 8 && show.isOpen; turn += 1) {
      last = await show.say('purple monkey dishwasher');
    }
    expect(show.isOpen).toBe(false);
    expect(last?.response.response.card).toMatchObject({ title: PHRASES.giveUpCardTitle });
    expect(last?.screen).toMatchObject({ headline: PHRASES.giveUpCardTitle, choices: [] });
    expect(last?.screen?.badge).toBeUndefined();
  });
});
