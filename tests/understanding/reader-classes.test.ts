import { describe, expect, it } from 'vitest';
import type { Question } from '../../lambda/skill/conversation/state';
import { namesHardSession } from '../../lambda/skill/safety/hard-session-words';
import { readWords } from '../../lambda/skill/understanding/read-words';

const read = (text: string, pending: Question | null, locale = 'en-US') =>
  readWords(text, { pending, timestamp: '2026-12-07T10:00:00Z', locale });

/*
 * Classes of phrasing the reader takes by its vocabulary and rules, each with lines that must
 * and must not belong to it.
 */
describe('an exercise named on its own is what they mean to train', () => {
  it.each([
    ['bench press mostly', 'upper-body'],
    ['a run', 'cardio'],
    ['cardio', 'cardio'],
    ['some core work', 'core'],
  ])('"%s" is the plan %s', (text, plan) => {
    expect(read(text, null).plan).toBe(plan);
    expect(read(text, 'severity').plan).toBe(plan);
  });

  it.each([
    ['bench press mostly', 'area'],
    ['I did a run yesterday', null],
    ['I played footy for the first time in years', null],
    ['sore from bench press', null],
  ] as const)('"%s" (asked %s) names no plan', (text, pending) => {
    expect(read(text, pending).plan).toBeUndefined();
  });
});

describe('words of one country, read in that country', () => {
  it.each([
    ['my hamstrings are in bits', 8],
    ['legs are absolutely knackered', 8],
  ])('en-GB: "%s" rates %i', (text, severity) => {
    expect(read(text, 'area', 'en-GB').severity).toBe(severity);
  });

  it('"only kipped about five hours" is five hours of sleep', () => {
    expect(read('only kipped about five hours', 'area', 'en-GB').sleepHours).toBe(5);
  });
});

describe('a colour that is also a rating word', () => {
  it.each([
    ['dull, bloody annoying though', 'feel', []],
    ["it's bloody sore", 'area', []],
    ['my pee was bloody', 'area', ['dark-urine']],
    ['it was bloody', 'redFlags', ['dark-urine']],
  ] as const)('"%s" (asked %s) has the signs %j', (text, pending, signs) => {
    expect(read(text, pending).signs).toEqual(signs);
  });

  it('rates the soreness it stands before', () => {
    expect(read("it's bloody sore", 'area')).toMatchObject({ severity: 8, feel: 'dull' });
  });
});

describe('water said as how far into it they are, or how they drink it', () => {
  it.each([
    ["i'm on my second big bottle", 'good'],
    ['on my fourth glass', 'good'],
    ['on my third glass', 'low'],
    ["i've been guzzling water", 'good'],
  ])('"%s" is %s', (text, water) => {
    expect(read(text, 'hydration').water).toBe(water);
  });
});

describe('a phrase known with "my" never cuts short a longer one of the same kind', () => {
  it('"my hip flexors" are the hips, not the hip joint', () => {
    expect(read('my hip flexors are tight', 'area').areas).toEqual(['hips']);
  });

  it('"my legs and glutes are sore", after "can I train", are sore areas, not the plan', () => {
    const heard = read('can i train this afternoon my legs and glutes are sore', 'area');
    expect(heard.areas).toEqual(['legs', 'glutes']);
    expect(heard.plan).toBeUndefined();
  });
});

describe('a plan said with when it is to happen', () => {
  it.each([
    ["i've got a run tonight", 'cardio'],
    ['just checking in before my spin class', 'cardio'],
    ['thinking of squats tomorrow', 'lower-body'],
  ])('"%s" is the plan %s', (text, plan) => {
    expect(read(text, null).plan).toBe(plan);
  });
});

describe('a hard session in everyday words', () => {
  it.each([
    'aching all over after the crossfit competition',
    'i ran my first ten k yesterday',
    'sore after the race on sunday',
    'did my first five k',
  ])('"%s"', (text) => {
    expect(namesHardSession(text)).toBe(true);
  });

  it.each(['a normal run yesterday', 'my usual class'])('not "%s"', (text) => {
    expect(namesHardSession(text)).toBe(false);
  });
});

describe('doubt is no answer', () => {
  it.each([
    "i don't really know",
    'no clue',
    'hard to say',
    "honestly i can't really tell",
    'beats me',
  ])('"%s" is doubt, not a reply or a limit', (text) => {
    const heard = read(text, 'limits');
    expect(heard.reply).toBe('unsure');
    expect(heard.limitsMovement).toBeUndefined();
  });

  it('a hedged answer keeps its fact: "maybe a six"', () => {
    expect(read('maybe a six', 'severity')).toMatchObject({ severity: 6, reply: 'unsure' });
  });
});

describe('not sore, said every way, and only when nothing sore is said with it', () => {
  it.each([
    "i don't have any soreness",
    'zero soreness',
    'my body feels good',
    'everything feels fine',
  ])('"%s" is not sore, with no area and no pain type', (text) => {
    const heard = read(text, 'area');
    expect(heard.notSore).toBe(true);
    expect(heard.areas).toEqual([]);
    expect(heard.feel).toBeUndefined();
  });

  it.each(["it started off fine but it's getting worse", "i'm fine but my calves are tight"])(
    '"%s" is soreness',
    (text) => {
      expect(read(text, 'area').notSore).toBeUndefined();
    },
  );

  it('soreness denied is never the sharp pain type', () => {
    expect(read("my legs aren't sore", 'area').feel).toBeUndefined();
  });
});

describe('an everyday action said to hurt answers "does it limit you?"', () => {
  it.each(['putting my shirt on hurts', 'getting up from a chair is tough', "it's hard to walk"])(
    '"%s" is a yes',
    (text) => {
      expect(read(text, 'limits').limitsMovement).toBe(true);
    },
  );

  it('"my leg hurts" says where, not what it stops', () => {
    expect(read('my leg hurts', 'limits').limitsMovement).toBeUndefined();
  });
});

describe('"back" that says when, not where', () => {
  it.each(['first time back at the gym after a year', 'two games back to back'])('"%s"', (text) => {
    expect(read(text, null).areas).toEqual([]);
  });

  it.each(['my back is sore', 'back pain', 'sore back at the gym'])(
    'but "%s" is the back',
    (text) => {
      expect(read(text, null).areas).toEqual(['back']);
    },
  );
});

describe('more hard sessions in everyday words', () => {
  it.each([
    "i hadn't trained in months and went all out",
    'went really heavy and hit a new pr',
    'played two matches back to back',
  ])('"%s"', (text) => {
    expect(namesHardSession(text)).toBe(true);
  });
});

describe('said to be fine, a place is ruled out; a "not" takes that back', () => {
  it.each([
    ['my legs are fine but my back is sore', ['back']],
    ["my knee's okay, it's the calves", ['calves']],
    ['my back is not good', ['back']],
    ["my shoulders aren't great", ['shoulders']],
  ] as const)('"%s" names %j', (text, areas) => {
    expect(read(text, null).areas).toEqual(areas);
  });
});

describe('a question, a number said as a rating, a range', () => {
  it.each([
    ['is it bad to train when I am this sore', 'harm'],
    ['hang on, is a light stretching class okay', 'gentle'],
    ['my mate said DOMS, what is that', 'doms'],
    ['why am I sorer two days after training', 'doms'],
    ['should I take some ibuprofen', 'painkillers'],
  ] as const)('"%s" asks about %s', (text, topic) => {
    expect(read(text, 'severity').question).toBe(topic);
  });

  it('a number with an article is a rating, even to the sleep question', () => {
    expect(read("it's more like a four", 'sleep')).toMatchObject({ severity: 4 });
    expect(read('about 6 hours', 'sleep')).toMatchObject({ sleepHours: 6 });
  });

  it('"a five, six days" to the rating asked with the days is both; "six seven" a range', () => {
    const both = readWords('a five, six days', {
      pending: 'severity',
      companion: 'days',
      timestamp: '2026-12-07T10:00:00Z',
      locale: 'en-US',
    });
    expect(both).toMatchObject({ severity: 5, days: 6 });
    expect(read('six seven', 'severity')).toMatchObject({ severity: 7 });
    expect(read('the right one', 'area').severity).toBeUndefined();
    expect(read('my first session in ages', 'days').days).toBeUndefined();
  });
});
