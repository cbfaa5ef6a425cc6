import { describe, expect, it } from 'vitest';
import {
  isSeverityWordId,
  SEVERITY_WORD_IDS,
  SEVERITY_WORD_LEVELS,
  SEVERITY_WORD_SYNONYMS,
  SPOKEN_SEVERITY,
  severityBand,
  severityFromWord,
} from '../../lambda/core';

describe('spoken severity words (docs/rules.md)', () => {
  it.each([
    ['a little', 2],
    ['slightly', 2],
    ['mild', 2],
    ['moderate', 5],
    ['pretty', 5],
    ['quite', 5],
    ['very', 8],
    ['really', 8],
    ['severe', 8],
    ['extremely', 8],
  ])('"%s" is %i', (word, level) => {
    expect(severityFromWord(word)).toBe(level);
  });

  it('reads words the way a slot value may arrive', () => {
    expect(severityFromWord('  Very ')).toBe(8);
    expect(severityFromWord('A Little')).toBe(2);
  });

  it('knows nothing of other words', () => {
    expect(severityFromWord('twelve')).toBeUndefined();
    expect(severityFromWord('')).toBeUndefined();
  });

  it('has one entry per word and each id lands in the band it is named after', () => {
    const words = SEVERITY_WORD_IDS.flatMap((id) => SEVERITY_WORD_SYNONYMS[id]);
    expect(SPOKEN_SEVERITY.size).toBe(words.length);
    expect(SEVERITY_WORD_LEVELS).toEqual({ mild: 2, moderate: 5, severe: 8 });
    for (const id of SEVERITY_WORD_IDS) expect(severityBand(SEVERITY_WORD_LEVELS[id])).toBe(id);
  });

  it('recognises slot ids', () => {
    expect(SEVERITY_WORD_IDS.every(isSeverityWordId)).toBe(true);
    expect(isSeverityWordId('extreme')).toBe(false);
    expect(isSeverityWordId('toString')).toBe(false);
  });
});
