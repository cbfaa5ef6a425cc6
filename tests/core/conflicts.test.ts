import { describe, expect, it } from 'vitest';
import { adviseTraining } from '../../lambda/core';
import { ache, checkIn, sharp } from './check-ins';

describe('conflicting signals', () => {
  it('mild soreness with little sleep: sleep decides, one step up to modify', () => {
    expect(adviseTraining(checkIn([ache('legs', 2)], { sleepHours: 4 }))).toEqual({
      verdict: 'modify',
      urgent: false,
      reasons: [
        { rule: 'M1', verdict: 'modify' },
        { rule: 'R9', verdict: 'train', area: 'legs' },
      ],
      suggestions: [
        { kind: 'lower-intensity' },
        { kind: 'sleep', targetHours: 7 },
        { kind: 'warm-up-cool-down' },
      ],
    });
  });

  it('severe legs with an upper-body plan: rest, the plan does not soften it', () => {
    expect(adviseTraining(checkIn([ache('legs', 8)], { plannedFocus: 'upper-body' }))).toEqual({
      verdict: 'rest',
      urgent: false,
      reasons: [{ rule: 'R5', verdict: 'rest', area: 'legs' }],
      suggestions: [{ kind: 'light-walking-only' }],
    });
  });

  it('sharp knee pain at 2/10: a low number does not make a joint safe', () => {
    expect(adviseTraining(checkIn([sharp('knee', 2)], { plannedFocus: 'cardio' }))).toEqual({
      verdict: 'rest',
      urgent: false,
      reasons: [{ rule: 'R4', verdict: 'rest', area: 'knee' }],
      suggestions: [{ kind: 'pause-and-monitor', days: 3 }],
    });
  });

  it('dark urine after a hard session with sore legs: stop and get help now', () => {
    const advice = adviseTraining(
      checkIn([ache('legs', 6), ache('glutes', 5)], {
        redFlags: ['dark-urine'],
        plannedFocus: 'upper-body',
        hydration: 'low',
        sleepHours: 8,
      }),
    );
    expect(advice).toEqual({
      verdict: 'see-professional',
      urgent: true,
      reasons: [
        { rule: 'R1', verdict: 'see-professional', redFlags: ['dark-urine'] },
        { rule: 'R8', verdict: 'train', area: 'legs' },
        { rule: 'M3' },
      ],
      suggestions: [{ kind: 'emergency' }, { kind: 'hydrate' }],
    });
  });

  it('two sore areas at different severities: the worse one decides', () => {
    const advice = adviseTraining(
      checkIn([ache('arms', 5), ache('legs', 8)], { plannedFocus: 'upper-body' }),
    );
    expect(advice).toEqual({
      verdict: 'rest',
      urgent: false,
      reasons: [
        { rule: 'R5', verdict: 'rest', area: 'legs' },
        { rule: 'R7', verdict: 'modify', area: 'arms' },
      ],
      suggestions: [{ kind: 'light-walking-only' }],
    });
  });

  it('two moderate areas in different regions: only the region left is offered', () => {
    const advice = adviseTraining(checkIn([ache('core', 5), ache('back', 4)]));
    expect(advice.verdict).toBe('modify');
    expect(advice.reasons).toEqual([{ rule: 'R7', verdict: 'modify', area: 'core' }]);
    expect(advice.suggestions[0]).toEqual({ kind: 'train-instead', regions: ['lower-body'] });
  });

  it('a blocked region is never offered: mild sharp arm pain keeps upper body off', () => {
    const advice = adviseTraining(checkIn([ache('legs', 5), sharp('arms', 2)]));
    expect(advice.verdict).toBe('rest');
    expect(advice.suggestions).toEqual([{ kind: 'pause-and-monitor', days: 3 }]);
  });
});

describe('reasons name what they looked at', () => {
  it('R1 lists its red flags once each, in a fixed order', () => {
    const advice = adviseTraining(
      checkIn([], { redFlags: ['cannot-move', 'chest-pain', 'chest-pain', 'fever'] }),
    );
    expect(advice.reasons[0]).toEqual({
      rule: 'R1',
      verdict: 'see-professional',
      redFlags: ['chest-pain', 'cannot-move'],
    });
    expect(advice.reasons[1]).toEqual({
      rule: 'R2',
      verdict: 'see-professional',
      redFlags: ['fever'],
    });
  });

  it('R2 from a red flag and from a worsening area is one reason naming both', () => {
    const advice = adviseTraining(
      checkIn([ache('legs', 2), ache('calves', 2, { worsening: true })], {
        redFlags: ['swelling'],
      }),
    );
    expect(advice.reasons).toEqual([
      { rule: 'R2', verdict: 'see-professional', redFlags: ['swelling'], area: 'calves' },
      { rule: 'R9', verdict: 'train', area: 'legs' },
    ]);
  });

  it('a rule firing for two areas is one reason about the first of them', () => {
    const advice = adviseTraining(checkIn([sharp('wrist', 6), sharp('elbow', 8)]));
    expect(advice.reasons).toEqual([{ rule: 'R3', verdict: 'see-professional', area: 'wrist' }]);
  });

  it('R6 for the whole body and for all three regions is one reason about the whole body', () => {
    const advice = adviseTraining(
      checkIn([ache('legs', 5), ache('chest', 5), ache('core', 5), ache('whole-body', 5)]),
    );
    expect(advice.reasons[0]).toEqual({
      rule: 'R6',
      verdict: 'active-recovery',
      area: 'whole-body',
    });
  });
});
