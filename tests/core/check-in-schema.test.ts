import { describe, expect, it } from 'vitest';
import { CheckInSchema } from '../../lambda/core/check-in-schema';

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
    ['the hip as a bare "hip" (not an area id)', { soreness: [{ ...legs, area: 'hip' }] }],
    ['warningSignReported given as text', { soreness: [], warningSignReported: 'yes' }],
    ['warningSignReported given as a number', { soreness: [], warningSignReported: 1 }],
    ['warningSignReported null', { soreness: [], warningSignReported: null }],
    ['warningSignsUnclear given as text', { soreness: [], warningSignsUnclear: 'true' }],
    ['warningSignsUnclear given as a number', { soreness: [], warningSignsUnclear: 0 }],
    ['warningSignsUnclear null', { soreness: [], warningSignsUnclear: null }],
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
        warningSignReported: false,
        warningSignsUnclear: false,
      },
    ],
    ['the hip joint', { soreness: [{ ...legs, area: 'hip-joint' }] }],
    ['a "yes" to the safety question', { soreness: [], warningSignReported: true }],
    ['a "no" to the safety question', { soreness: [], warningSignReported: false }],
    ['an unclear safety answer', { soreness: [], warningSignsUnclear: true }],
    ['a clear safety answer', { soreness: [], warningSignsUnclear: false }],
    [
      'both safety fields true',
      { soreness: [], warningSignReported: true, warningSignsUnclear: true },
    ],
  ])('accepts %s', (_name, input) => {
    expect(CheckInSchema.safeParse(input).success).toBe(true);
  });
});

describe('CheckInSchema keeps the safety answers as given', () => {
  it.each([
    ['warningSignReported', true],
    ['warningSignReported', false],
    ['warningSignsUnclear', true],
    ['warningSignsUnclear', false],
  ] as const)('%s: %s', (field, value) => {
    const parsed = CheckInSchema.parse({ soreness: [], [field]: value });
    expect(parsed[field]).toBe(value);
  });

  it('leaves both fields out when they were not given', () => {
    const parsed = CheckInSchema.parse({ soreness: [] });
    expect(parsed).not.toHaveProperty('warningSignReported');
    expect(parsed).not.toHaveProperty('warningSignsUnclear');
  });
});
