import { describe, expect, it } from 'vitest';
import {
  moreRestrictive,
  mostRestrictive,
  severityBand,
  stepUp,
  VERDICTS,
  verdictRank,
} from '../../lambda/core';

describe('verdict ladder', () => {
  it('ranks train < modify < active-recovery < rest < see-professional', () => {
    expect(VERDICTS.map(verdictRank)).toEqual([0, 1, 2, 3, 4]);
    expect(VERDICTS).toEqual(['train', 'modify', 'active-recovery', 'rest', 'see-professional']);
  });

  it.each(VERDICTS.flatMap((a, i) => VERDICTS.map((b, j) => [a, b, i >= j ? a : b] as const)))(
    'moreRestrictive(%s, %s) is %s',
    (a, b, expected) => {
      expect(moreRestrictive(a, b)).toBe(expected);
    },
  );

  it('mostRestrictive of nothing is train, of several the highest', () => {
    expect(mostRestrictive([])).toBe('train');
    expect(mostRestrictive(['modify', 'rest', 'train'])).toBe('rest');
  });

  it.each([
    ['train', 'rest', 'modify'],
    ['modify', 'rest', 'active-recovery'],
    ['active-recovery', 'rest', 'rest'],
    ['rest', 'rest', 'rest'],
    ['see-professional', 'rest', 'see-professional'],
    ['rest', 'see-professional', 'see-professional'],
    ['train', 'train', 'train'],
  ] as const)('stepUp(%s, cap %s) is %s', (verdict, cap, expected) => {
    expect(stepUp(verdict, cap)).toBe(expected);
  });

  it.each([
    [0, 'none'],
    [1, 'mild'],
    [3, 'mild'],
    [4, 'moderate'],
    [6, 'moderate'],
    [7, 'severe'],
    [10, 'severe'],
  ] as const)('severity %i is %s', (severity, band) => {
    expect(severityBand(severity)).toBe(band);
  });
});
