import { describe, expect, it } from 'vitest';
import type { Question } from '../../lambda/skill/conversation/state';
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
