import { describe, expect, it } from 'vitest';
import { PHRASES, WARNING_SIGNS_SPOKEN } from '../../lambda/skill/speech/en-US';
import { match, num, said, speechOf, unknown } from './alexa';
import {
  cardOf,
  expectQuestion,
  lastAdviceOf,
  openWithDullLegs,
  pendingOf,
  toSafetyQuestion,
} from './responses';
import { newSession } from './skill-under-test';

const CHEST_QUESTION =
  /^Is it soreness in your chest muscles from training, or pain, pressure or tightness inside your chest\?$/;

describe('the chest: soreness in the muscle, or a warning sign', () => {
  it('"my chest hurts" gets one question before anything else', async () => {
    const { session } = newSession();
    await session.launch();
    const asked = await session.say('CheckInIntent', { area: match('chest-unclear', 'chest') });
    expectQuestion(asked, CHEST_QUESTION);
    expect(pendingOf(asked)).toBe('chest');
  });

  it('a clear muscle answer carries on as chest soreness', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('chest-unclear', 'chest') });
    const next = await session.say('SiteIntent', { site: match('muscle', 'from bench press') });
    expectQuestion(next, /dull ache or a sharp pain/);
    await session.say('FeelIntent', { feel: match('dull', 'achy') });
    const advice = await session.say('DescribeIntent', { description: said('2') });
    expect(lastAdviceOf(advice)).toMatchObject({ verdict: 'train', urgent: false });
  });

  it.each([
    ['DescribeIntent', { description: said('skip') }],
    ['AMAZON.NoIntent', {}],
    ['AMAZON.FallbackIntent', {}],
    ['SiteIntent', { site: match('joint', 'inside') }],
  ] as const)(
    'anything but a clear muscle answer (%s) is chest pain, said honestly',
    async (intent, fills) => {
      const { session } = newSession();
      await session.launch();
      await session.say('CheckInIntent', { area: match('chest-unclear', 'chest') });
      const urgent = await session.say(intent, fills);
      expect(speechOf(urgent)).toMatch(
        /^I can't be sure that's your chest muscles, so I'll treat it as chest pain to be safe\. Stop training now and contact a doctor or emergency services on 911\./,
      );
      expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
      expect(urgent.response.shouldEndSession).toBe(true);
    },
  );

  it('a tight chest is the warning sign at once, never chest-muscle soreness', async () => {
    const { session } = newSession();
    await session.launch();
    const urgent = await session.say('CheckInIntent', {
      area: match('chest-unclear', 'chest'),
      feel: match('dull', 'tight'),
    });
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
    expect(speechOf(urgent)).toContain(
      'Chest pain or tightness can be a sign of something serious',
    );
    expect(cardOf(urgent)?.content).toContain('emergency');
  });

  it('"pecs" are the muscle: no chest question', async () => {
    const { session } = newSession();
    await session.launch();
    const next = await session.say('CheckInIntent', { area: match('chest', 'pecs') });
    expect(pendingOf(next)).toBe('feel');
  });
});

describe('a singular shoulder or hip: joint or muscle, asked only when it matters', () => {
  it('a little sore: the answer changes the verdict, so the skill asks, and "the muscle" trains', async () => {
    const { session } = newSession();
    await session.launch();
    const asked = await session.say('CheckInIntent', {
      area: match('shoulder-unclear', 'shoulder'),
      feel: match('dull', 'sore'),
      severityWord: match('mild', 'a little'),
    });
    expectQuestion(asked, /^In the joint itself, or the muscle around it\?$/);
    const advice = await session.say('SiteIntent', { site: match('muscle', 'the muscle') });
    expect(lastAdviceOf(advice)).toMatchObject({ verdict: 'train' });
  });

  it('"not sure" is the joint, the safer reading, and the speech says so', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', {
      area: match('hip-unclear', 'hip'),
      feel: match('dull', 'sore'),
      severityWord: match('mild', 'a little'),
    });
    const advice = await session.say('DescribeIntent', { description: said('skip') });
    expect(speechOf(advice)).toMatch(
      /^I'll treat it as the joint, to be safe\. Sore hip, about a two\. Rest today\./,
    );
    expect(lastAdviceOf(advice)).toMatchObject({ verdict: 'rest', rules: ['R4'] });
  });

  it('no question when both readings give the same advice (a sharp 8/10 is a referral either way)', async () => {
    const { session } = newSession();
    await session.launch();
    const advice = await session.say('CheckInIntent', {
      area: match('shoulder-unclear', 'shoulder'),
      feel: match('sharp'),
      severity: num(8),
    });
    expect(pendingOf(advice)).not.toBe('site');
    // Sharp and severe: the safety question before the referral, then no site question.
    expect(pendingOf(advice)).toBe('redFlags');
    expect(lastAdviceOf(await session.say('AMAZON.NoIntent'))?.verdict).toBe('see-professional');
  });
});

describe('an unclear pain type is read as sharp, and said so honestly', () => {
  it('never claims the user said "sharp"', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('calves') });
    await session.say('AMAZON.FallbackIntent');
    const severity = await session.say('AMAZON.FallbackIntent');
    expectQuestion(severity, /one to ten/);
    expectQuestion(
      await session.say('DescribeIntent', { description: said('5') }),
      /one safety check/i,
    );
    const advice = await session.say('AMAZON.NoIntent');
    expect(speechOf(advice)).toContain(
      "Since I couldn't tell whether it's sharp, I'll play it safe",
    );
    expect(speechOf(advice)).not.toMatch(/Sharp pain/);
    expect(lastAdviceOf(advice)?.verdict).toBe('see-professional');
  });
});

describe('the safety net: a warning sign in any slot of any answer', () => {
  it('a sign heard in the sleep answer changes the advice at once', async () => {
    const { session } = newSession();
    await openWithDullLegs(session, 2);
    const urgent = await session.say('SleepIntent', {
      sleepQuality: unknown('badly and I keep feeling dizzy'),
    });
    expect(speechOf(urgent)).toMatch(/^That changes my advice\. Stop training now/);
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
  });

  it('a denial ("no dizziness") is a no, never the sign it names', async () => {
    const { session } = newSession();
    await toSafetyQuestion(session);
    const advice = await session.say('NoWarningSignIntent', {
      redFlag: match('dizziness'),
    });
    expect(lastAdviceOf(advice)).toMatchObject({ verdict: 'rest', urgent: false });
  });
});

describe('what someone can do is no warning sign; what they cannot do is', () => {
  // These arrive whole, as the description's words: the model has no slot for the words around
  // a sign, so the reader places "can", "no" and "yeah" itself.
  const describe_ = (words: string) => ({ description: said(words) });

  it('a colour with a bruise is no dark urine: "my legs are black and blue"', async () => {
    const { session } = newSession();
    await session.launch();
    const asked = await session.say('DescribeIntent', describe_('my legs are black and blue'));
    expect(lastAdviceOf(asked)).toBeUndefined();
    expect(pendingOf(asked)).toBe('feel');
  });

  it('"yes, really dark" to the safety question, which named dark urine, is the sign', async () => {
    const { session } = newSession();
    await toSafetyQuestion(session);
    const urgent = await session.say('RedFlagIntent', {
      redFlag: match('dark-urine', 'really dark'),
    });
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
  });

  it.each([
    'nope, I can move fine',
    'no, I can breathe fine',
    'I could still walk on it',
    'no, not really, I can walk on it',
    'yeah nah, mate',
    "yeah, I'm fine",
    'yeah, I can walk on it',
  ])('"%s" to the safety question is no sign', async (words) => {
    const { session } = newSession();
    await toSafetyQuestion(session);
    const advice = await session.say('DescribeIntent', describe_(words));
    expect(lastAdviceOf(advice)?.verdict).not.toBe('see-professional');
    expect(speechOf(advice)).not.toMatch(/^Stop training now/);
  });

  it('"yeah, I can feel it" is no clear yes or no: at least rest, and the signs said again', async () => {
    const { session } = newSession();
    await toSafetyQuestion(session);
    const advice = await session.say('DescribeIntent', describe_('yeah, I can feel it'));
    expect(lastAdviceOf(advice)?.verdict).toBe('rest');
    expect(speechOf(advice)).toMatch(/If you have any of these/);
  });

  it('"yeah, kind of" to the safety question is a yes: urgent', async () => {
    const { session } = newSession();
    await toSafetyQuestion(session);
    const urgent = await session.say('DescribeIntent', describe_('yeah, kind of'));
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
  });

  // As real Alexa sends them: contractions kept in the words.
  it.each([
    "my knee's locked and I can't bend it",
    "honestly I can't even put weight on it",
    "I wasn't able to walk on it",
    "my knee won't straighten",
    "I can't really breathe",
    "I haven't been able to put weight on it",
    'no way I can walk on it',
  ])('"%s" is the sign: urgent', async (words) => {
    const { session } = newSession();
    await session.launch();
    const urgent = await session.say('DescribeIntent', describe_(words));
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
  });

  it('"no, I can\'t move it" to the safety question is the sign, not a denial', async () => {
    const { session } = newSession();
    await toSafetyQuestion(session);
    const urgent = await session.say('NoWarningSignIntent', {
      redFlag: unknown("i can't move it"),
    });
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
  });

  it.each([
    [
      'dark to the safety question, bruises beside it',
      'RedFlagIntent',
      { redFlag: match('dark-urine', 'really dark'), otherRedFlag: unknown('my shins are purple') },
    ],
    [
      '"a bit, yeah" to the safety question',
      'SeverityIntent',
      { severityWord: unknown('a bit yeah') },
    ],
    [
      '"no way I can walk on it" heard as a denial',
      'NoWarningSignIntent',
      { redFlag: unknown('way i can walk on it') },
    ],
  ])('%s: urgent', async (_said, intent, slots) => {
    const { session } = newSession();
    await toSafetyQuestion(session);
    const urgent = await session.say(intent, slots);
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
  });

  it.each([
    [
      '"just black coffee" to the pain-type question',
      'DescribeIntent',
      describe_('just black coffee'),
    ],
    [
      '"my thigh is dark"',
      'RedFlagIntent',
      { area: match('legs', 'thigh'), redFlag: match('dark-urine', 'dark') },
    ],
  ] as const)('%s is no dark urine', async (_said, intent, slots) => {
    const { session } = newSession();
    await session.launch();
    const heard = await session.say(intent, slots);
    expect(lastAdviceOf(heard)).toBeUndefined();
  });

  it('"sharp, my chest is fine, it\'s my shoulder" is no chest pain', async () => {
    const { session } = newSession();
    await session.launch();
    const heard = await session.say('FeelIntent', {
      feel: unknown("sharp my chest is fine it's my shoulder"),
    });
    expect(lastAdviceOf(heard)).toBeUndefined();
  });

  it('"sharp stabbing in my chest" as the pain type before any area is chest pain', async () => {
    const { session } = newSession();
    await session.launch();
    const urgent = await session.say('FeelIntent', { feel: unknown('sharp stabbing in my chest') });
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
  });
});

describe('plans and regions', () => {
  it('a sore lower back with deadlifts planned is modified, never "your plan works another region"', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', {
      area: match('lower-back', 'lower back'),
      feel: match('dull', 'stiff'),
      focus: match('lower-body', 'deadlifts'),
    });
    await session.say('DescribeIntent', { description: said('5') });
    await session.say('DaysIntent', { days: num(2) });
    const advice = await session.say('AMAZON.NoIntent');
    expect(lastAdviceOf(advice)).toMatchObject({ verdict: 'modify', rules: ['R7'] });
    expect(speechOf(advice)).toContain('Train your upper body instead');
    expect(speechOf(advice)).not.toContain('already works a different region');
  });

  it('a hard session said in everyday words makes the safety question worth asking', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', {
      area: match('legs'),
      feel: match('dull'),
      session: match('hard', 'a marathon'),
    });
    await session.say('DescribeIntent', { description: said('5') });
    await session.say('DaysIntent', { days: num(1) });
    const safety = await session.say('AMAZON.NoIntent');
    expectQuestion(safety, /^One safety check: any dark urine/);
  });
});

describe('the safety question', () => {
  it('names all eight signs, in under 25 words, as a yes/no question', async () => {
    const { session } = newSession();
    const asked = await toSafetyQuestion(session);
    const question = speechOf(asked);
    for (const sign of [
      /dark urine/,
      /chest pain or tightness/,
      /dizziness/,
      /breathlessness/,
      /numbness/,
      /swelling/,
      /fever/,
      /can't move it/,
    ])
      expect(question).toMatch(sign);
    expect(question.split(/\s+/).length).toBeLessThan(25);
    expect(question).toMatch(/Yes or no\?$/);
  });
});

describe('what a review found', () => {
  it('a full denial to the safety question is a no, even when one sign was not understood', async () => {
    const { session } = newSession();
    await toSafetyQuestion(session);
    const advice = await session.say('NoWarningSignIntent', {
      redFlag: match('chest-pain', 'chest pain'),
      otherRedFlag: unknown('dizziness nothing'),
    });
    expect(lastAdviceOf(advice)).toMatchObject({ verdict: 'rest', urgent: false });
  });

  it('dark urine beside a sore area is urgent at once: no feel or rating asked first', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('RedFlagIntent', {
      urine: match('urine', 'pee'),
      redFlag: match('dark-urine', 'really dark'),
    });
    const urgent = await session.say('CheckInIntent', { area: match('legs') });
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
  });

  it('an area said beside words that are no body part is kept', async () => {
    const { session } = newSession();
    await session.launch();
    const urgent = await session.say('CheckInIntent', {
      area: unknown('pee is dark'),
      otherArea: match('legs'),
    });
    // The safety net hears the dark urine in the unplaced words; the legs make it urgent.
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
  });

  it('the chest question is never asked twice: an answer that is not "the muscle" is chest pain', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('chest-unclear', 'chest') });
    const settled = await session.say('FeelIntent', { feel: match('dull') });
    expect(lastAdviceOf(settled)).toMatchObject({ verdict: 'see-professional', urgent: true });
  });

  it('an answer that never answers the question ends gracefully instead of looping', async () => {
    const { session } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('legs'), feel: match('dull') });
    let last = await session.say('CheckInIntent', { area: match('legs') });
    const pending = [pendingOf(last)];
    for (let turn = 0; turn < 4 && last.response.shouldEndSession === false; turn++) {
      last = await session.say('CheckInIntent', { area: match('legs') });
      pending.push(pendingOf(last));
    }
    // Never screened: the give-up asks the safety question before its general advice, and the
    // same unclear answer to it is read as unclear, never as "no sign".
    expect(pending).toContain('redFlags');
    expect(last.response.shouldEndSession).toBe(true);
    expect(cardOf(last)?.title).toBe(PHRASES.giveUpCardTitle);
    expect(speechOf(last)).toContain(WARNING_SIGNS_SPOKEN);
  });
});

describe('training context and hedged answers', () => {
  it('"my chest is sore from bench press" needs no chest question', async () => {
    const { session } = newSession();
    await session.launch();
    const next = await session.say('CheckInIntent', {
      area: match('chest-unclear', 'chest'),
      feel: match('dull', 'sore'),
      focus: unknown('bench press yesterday'),
    });
    expect(pendingOf(next)).toBe('severity');
  });

  it('"kind of" to the safety question is a hedged yes: urgent', async () => {
    const { session } = newSession();
    await toSafetyQuestion(session);
    const urgent = await session.say('SeverityIntent', {
      severityWord: match('moderate', 'kind of'),
    });
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
  });
});

describe("a sign split across slots, in the model's slot order", () => {
  it('"my legs are really sore and my pee was brown after spin" is urgent at once', async () => {
    const { session } = newSession();
    await session.launch();
    const urgent = await session.say('RedFlagIntent', {
      redFlag: unknown('brown after spin'),
      area: match('legs'),
      feel: match('dull', 'sore'),
      severityWord: match('severe', 'really'),
      urine: match('urine', 'pee'),
    });
    expect(lastAdviceOf(urgent)).toMatchObject({ verdict: 'see-professional', urgent: true });
  });
});

describe('a plan is no training cause for a sore chest', () => {
  it.each([
    ['"my chest hurts, can I work out?"', { focus: match('full-body', 'work out') }],
    ['"my chest hurts during my workout"', { focus: unknown('during my workout') }],
  ])('%s still gets the chest question', async (_said, fills) => {
    const { session } = newSession();
    await session.launch();
    const asked = await session.say('CheckInIntent', {
      area: match('chest-unclear', 'chest'),
      ...fills,
    });
    expectQuestion(asked, CHEST_QUESTION);
  });
});
