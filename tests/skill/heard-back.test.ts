import { describe, expect, it } from 'vitest';
import { heardBackSentence } from '../../lambda/skill/speech/en-US';

/*
 * The implicit confirmation the advice opens with: what was heard, so a misreading is heard
 * before anyone acts on it. A guessed pain type is never said back as the user's.
 */
describe('what the advice says back', () => {
  it.each([
    [
      { areas: [{ area: 'legs', sharp: false, severity: 7 }], days: 2 },
      'Sore legs, about a seven, two days.',
    ],
    [
      { areas: [{ area: 'knee', sharp: true, severity: 8 }] },
      'Sharp pain in your knee, about an eight.',
    ],
    [
      {
        areas: [
          { area: 'legs', sharp: false, severity: 6 },
          { area: 'back', sharp: false, severity: 3 },
        ],
        days: 14,
      },
      'Sore legs at a six and back at a three, two weeks.',
    ],
    [
      {
        areas: [
          { area: 'legs', sharp: false, severity: 5 },
          { area: 'whole-body', sharp: false, severity: 5 },
        ],
      },
      'Sore all over, about a five.',
    ],
    [
      { areas: [{ area: 'calves', sharp: false, severity: 1 }], days: 7, worsening: true },
      'Sore calves, about a one, a week, getting worse.',
    ],
    [
      {
        areas: [
          { area: 'legs', sharp: true, severity: 5 },
          { area: 'whole-body', sharp: false, severity: 5 },
        ],
      },
      'Sharp pain all over, about a five.',
    ],
  ] as const)('%j → "%s"', (heard, sentence) => {
    expect(heardBackSentence(heard)).toBe(sentence);
  });

  it('says nothing when nothing is sore', () => {
    expect(heardBackSentence({ areas: [] })).toBe('');
  });
});
