import { describe, expect, it } from 'vitest';
import { CheckInSchema } from '../../lambda/core';

const legs = { area: 'legs', feel: 'dull', severity: 5 };

describe('CheckInSchema refuses what the design excludes', () => {
  it.each([
    ['severity above 10', { soreness: [{ ...legs, severity: 11 }] }],
    ['severity below 0', { soreness: [{ ...legs, severity: -1 }] }],
    ['a non-integer severity', { soreness: [{ ...legs, severity: 4.5 }] }],
    ['a severity given as text', { soreness: [{ ...legs, severity: '5' }] }],
    ['a NaN severity', { soreness: [{ ...legs, severity: Number.NaN }] }],
    ['an unknown area', { soreness: [{ ...legs, area: 'spleen' }] }],
    ['an area in the wrong case', { soreness: [{ ...legs, area: 'Legs' }] }],
    ['an unknown feel', { soreness: [{ ...legs, feel: 'burning' }] }],
    ['a missing feel', { soreness: [{ area: 'legs', severity: 5 }] }],
    ['an unknown red flag', { soreness: [], redFlags: ['headache'] }],
    ['red flags that are not a list', { soreness: [], redFlags: 'fever' }],
    ['an unknown focus', { soreness: [], plannedFocus: 'legs' }],
    ['an unknown hydration', { soreness: [], hydration: 'ok' }],
    ['sleep above 24', { soreness: [], sleepHours: 24.5 }],
    ['negative sleep', { soreness: [], sleepHours: -1 }],
    ['infinite sleep', { soreness: [], sleepHours: Number.POSITIVE_INFINITY }],
    ['a missing soreness array', { sleepHours: 8 }],
    ['soreness that is not a list', { soreness: legs }],
    ['negative days', { soreness: [{ ...legs, days: -1 }] }],
    ['fractional days', { soreness: [{ ...legs, days: 1.5 }] }],
    ['limitsMovement given as text', { soreness: [{ ...legs, limitsMovement: 'yes' }] }],
    ['no object at all', null],
  ])('refuses %s', (_name, input) => {
    expect(CheckInSchema.safeParse(input).success).toBe(false);
  });

  it.each([
    ['an empty check-in (not sore)', { soreness: [] }],
    [
      'severity 0 and 10',
      {
        soreness: [
          { ...legs, severity: 0 },
          { ...legs, severity: 10 },
        ],
      },
    ],
    ['sleep 24', { soreness: [], sleepHours: 24 }],
    ['no sleep at all', { soreness: [], sleepHours: 0 }],
    ['fractional sleep', { soreness: [], sleepHours: 6.5 }],
    ['days 0', { soreness: [{ ...legs, days: 0 }] }],
    [
      'every optional field',
      {
        soreness: [{ ...legs, days: 3, limitsMovement: false, worsening: false }],
        redFlags: ['fever'],
        sleepHours: 7,
        hydration: 'low',
        plannedFocus: 'cardio',
        alwaysSore: true,
      },
    ],
  ])('accepts %s', (_name, input) => {
    expect(CheckInSchema.safeParse(input).success).toBe(true);
  });
});
