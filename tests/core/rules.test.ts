import { describe, expect, it } from 'vitest';
import {
  ACTIVE_RECOVERY_OPTIONS,
  adviseTraining,
  type CheckIn,
  JOINT_OR_TENDON_AREAS,
  type RuleId,
  type Suggestion,
  type SuggestionKind,
  type Verdict,
} from '../../lambda/core';
import { ache, checkIn, sharp } from './check-ins';

interface Row {
  name: string;
  input: CheckIn;
  verdict: Verdict;
  urgent?: boolean;
  /** Every rule that fired, in the order the advice lists them. */
  reasons: RuleId[];
  /** Every suggestion kind, in order. */
  suggestions: SuggestionKind[];
  /** Suggestions whose details matter for this row. */
  including?: Suggestion[];
}

const seeDoctor: Suggestion = { kind: 'see-professional', who: 'doctor' };
const seePhysio: Suggestion = { kind: 'see-professional', who: 'physio-or-doctor' };
const allActiveRecovery: Suggestion = { kind: 'active-recovery', options: ACTIVE_RECOVERY_OPTIONS };
const trainInstead = (...regions: ('lower-body' | 'upper-body' | 'core')[]): Suggestion => ({
  kind: 'train-instead',
  regions,
});

const r1: Row[] = [
  ...(['chest-pain', 'dizziness', 'breathless', 'cannot-move'] as const).map(
    (flag): Row => ({
      name: `R1 ${flag} is urgent even with no soreness`,
      input: checkIn([], { redFlags: [flag] }),
      verdict: 'see-professional',
      urgent: true,
      reasons: ['R1', 'R9'],
      suggestions: ['emergency'],
    }),
  ),
  {
    name: 'R1 dark urine with muscle pain at 1/10 is urgent',
    input: checkIn([ache('legs', 1)], { redFlags: ['dark-urine'] }),
    verdict: 'see-professional',
    urgent: true,
    reasons: ['R1', 'R9'],
    suggestions: ['emergency'],
  },
  {
    name: 'R1 dark urine with mild sharp knee pain is urgent (any pain counts)',
    input: checkIn([sharp('knee', 2)], { redFlags: ['dark-urine'] }),
    verdict: 'see-professional',
    urgent: true,
    reasons: ['R1', 'R4'],
    suggestions: ['emergency'],
  },
  {
    name: 'R2 dark urine with the area rated 0/10 is not urgent: see a doctor, drink',
    input: checkIn([ache('legs', 0)], { redFlags: ['dark-urine'] }),
    verdict: 'see-professional',
    reasons: ['R2', 'R9'],
    suggestions: ['see-professional', 'hydrate'],
    including: [seeDoctor],
  },
  {
    name: 'R2 dark urine and not sore at all',
    input: checkIn([], { redFlags: ['dark-urine'] }),
    verdict: 'see-professional',
    reasons: ['R2', 'R9'],
    suggestions: ['see-professional', 'hydrate'],
  },
  {
    name: 'R1 and R2 together: the emergency is said first',
    input: checkIn([ache('legs', 2)], { redFlags: ['fever', 'chest-pain'] }),
    verdict: 'see-professional',
    urgent: true,
    reasons: ['R1', 'R2', 'R9'],
    suggestions: ['emergency', 'see-professional'],
  },
];

const r2: Row[] = [
  ...(['numbness', 'swelling', 'fever'] as const).map(
    (flag): Row => ({
      name: `R2 ${flag} with mild soreness sends to a doctor`,
      input: checkIn([ache('legs', 2)], { redFlags: [flag] }),
      verdict: 'see-professional',
      reasons: ['R2', 'R9'],
      suggestions: ['see-professional'],
      including: [seeDoctor],
    }),
  ),
  {
    name: 'R2 worsening mild soreness',
    input: checkIn([ache('legs', 2, { worsening: true })]),
    verdict: 'see-professional',
    reasons: ['R2', 'R9'],
    suggestions: ['see-professional'],
  },
  {
    name: 'R2 worsening even at 0/10',
    input: checkIn([ache('calves', 0, { worsening: true })]),
    verdict: 'see-professional',
    reasons: ['R2', 'R9'],
    suggestions: ['see-professional'],
  },
  {
    name: 'R2 days 8 (boundary above 7)',
    input: checkIn([ache('legs', 2, { days: 8 })]),
    verdict: 'see-professional',
    reasons: ['R2', 'R9'],
    suggestions: ['see-professional'],
  },
  {
    name: 'R2 days 8 at 0/10',
    input: checkIn([ache('legs', 0, { days: 8 })]),
    verdict: 'see-professional',
    reasons: ['R2', 'R9'],
    suggestions: ['see-professional'],
  },
  {
    name: 'R2 worsening outranks an alternating plan and is not urgent',
    input: checkIn([ache('legs', 5, { worsening: true })], { plannedFocus: 'upper-body' }),
    verdict: 'see-professional',
    urgent: false,
    reasons: ['R2', 'R8'],
    suggestions: ['see-professional'],
  },
];

const r3r4: Row[] = [
  {
    name: 'R3 sharp muscle pain 4/10 (boundary)',
    input: checkIn([sharp('legs', 4)]),
    verdict: 'see-professional',
    reasons: ['R3'],
    suggestions: ['see-professional'],
    including: [seePhysio],
  },
  {
    name: 'R4 sharp muscle pain 3/10 (boundary)',
    input: checkIn([sharp('legs', 3)]),
    verdict: 'rest',
    reasons: ['R4'],
    suggestions: ['pause-and-monitor'],
    including: [{ kind: 'pause-and-monitor', days: 3 }],
  },
  {
    name: 'R4 sharp muscle pain 1/10',
    input: checkIn([sharp('chest', 1)]),
    verdict: 'rest',
    reasons: ['R4'],
    suggestions: ['pause-and-monitor'],
  },
  {
    name: 'R9 sharp rated 0/10 is not sore',
    input: checkIn([sharp('legs', 0)]),
    verdict: 'train',
    reasons: ['R9'],
    suggestions: ['warm-up-cool-down'],
  },
  ...[...JOINT_OR_TENDON_AREAS].flatMap((area): Row[] => [
    {
      name: `R3 dull ${area} pain 4/10 is a joint: physio or doctor`,
      input: checkIn([ache(area, 4)]),
      verdict: 'see-professional',
      reasons: ['R3'],
      suggestions: ['see-professional'],
      including: [seePhysio],
    },
    {
      name: `R4 dull ${area} pain 3/10 is a joint: pause`,
      input: checkIn([ache(area, 3)]),
      verdict: 'rest',
      reasons: ['R4'],
      suggestions: ['pause-and-monitor'],
    },
  ]),
  {
    name: 'R3 not R5: severe joint pain follows the joint rules',
    input: checkIn([ache('achilles', 9)]),
    verdict: 'see-professional',
    reasons: ['R3'],
    suggestions: ['see-professional'],
  },
  {
    name: 'R3 sharp pain all over',
    input: checkIn([sharp('whole-body', 5)]),
    verdict: 'see-professional',
    reasons: ['R3'],
    suggestions: ['see-professional'],
  },
  {
    name: 'muscle vs joint at 4/10: dull legs only modify',
    input: checkIn([ache('legs', 4)]),
    verdict: 'modify',
    reasons: ['R7'],
    suggestions: ['train-instead', 'lower-intensity', 'warm-up-cool-down'],
    including: [trainInstead('upper-body', 'core')],
  },
];

const r5: Row[] = [
  {
    name: 'R5 dull 7/10 (boundary) rests',
    input: checkIn([ache('legs', 7)]),
    verdict: 'rest',
    reasons: ['R5'],
    suggestions: ['light-walking-only'],
  },
  {
    name: 'R7 dull 6/10 (boundary) only modifies',
    input: checkIn([ache('legs', 6)], { plannedFocus: 'lower-body' }),
    verdict: 'modify',
    reasons: ['R7'],
    suggestions: ['train-instead', 'lower-intensity', 'warm-up-cool-down'],
  },
  {
    name: 'R5 severe all over',
    input: checkIn([ache('whole-body', 10)]),
    verdict: 'rest',
    reasons: ['R5'],
    suggestions: ['light-walking-only'],
  },
  {
    name: 'R5 mild soreness that limits movement',
    input: checkIn([ache('back', 1, { limitsMovement: true })]),
    verdict: 'rest',
    reasons: ['R5', 'R9'],
    suggestions: ['light-walking-only'],
  },
  {
    name: 'R5 limits movement at 0/10',
    input: checkIn([ache('back', 0, { limitsMovement: true })]),
    verdict: 'rest',
    reasons: ['R5', 'R9'],
    suggestions: ['light-walking-only'],
  },
  {
    name: 'R4 and R5 both rest: both said, the joint rule first',
    input: checkIn([sharp('knee', 2, { limitsMovement: true })]),
    verdict: 'rest',
    reasons: ['R4', 'R5'],
    suggestions: ['pause-and-monitor', 'light-walking-only'],
  },
  {
    name: 'R3 outranks R5 when a joint limits movement',
    input: checkIn([ache('knee', 5, { limitsMovement: true })]),
    verdict: 'see-professional',
    reasons: ['R3', 'R5'],
    suggestions: ['see-professional'],
  },
];

const r6: Row[] = [
  {
    name: 'R6 moderate all over 4/10 (boundary)',
    input: checkIn([ache('whole-body', 4)]),
    verdict: 'active-recovery',
    reasons: ['R6'],
    suggestions: ['active-recovery'],
    including: [allActiveRecovery],
  },
  {
    name: 'R6 whole body ignores the plan',
    input: checkIn([ache('whole-body', 6)], { plannedFocus: 'upper-body' }),
    verdict: 'active-recovery',
    reasons: ['R6'],
    suggestions: ['active-recovery'],
  },
  {
    name: 'R9 mild all over 3/10 trains',
    input: checkIn([ache('whole-body', 3)]),
    verdict: 'train',
    reasons: ['R9'],
    suggestions: ['warm-up-cool-down'],
  },
  {
    name: 'R6 moderate soreness in all three regions leaves nothing to train',
    input: checkIn([ache('legs', 5), ache('chest', 5), ache('core', 5)]),
    verdict: 'active-recovery',
    reasons: ['R6', 'R7'],
    suggestions: ['active-recovery'],
  },
  {
    name: 'R6 all three regions even when the plan avoids two of them',
    input: checkIn([ache('legs', 5), ache('chest', 5), ache('lower-back', 5)], {
      plannedFocus: 'upper-body',
    }),
    verdict: 'active-recovery',
    reasons: ['R6', 'R7', 'R8'],
    suggestions: ['active-recovery'],
  },
  {
    name: 'R7 two regions sore: core is the one left',
    input: checkIn([ache('legs', 5), ache('chest', 5)]),
    verdict: 'modify',
    reasons: ['R7'],
    suggestions: ['train-instead', 'lower-intensity', 'warm-up-cool-down'],
    including: [trainInstead('core')],
  },
];

const plans: Row[] = [
  ...(
    [
      ['legs', 'lower-body', 'R7', ['upper-body', 'core']],
      ['legs', 'full-body', 'R7', ['upper-body', 'core']],
      ['legs', 'cardio', 'R7', ['upper-body', 'core']],
      ['legs', 'upper-body', 'R8', []],
      ['legs', 'core', 'R8', []],
      ['chest', 'upper-body', 'R7', ['lower-body', 'core']],
      ['arms', 'full-body', 'R7', ['lower-body', 'core']],
      ['shoulders', 'cardio', 'R8', []],
      ['core', 'core', 'R7', ['upper-body', 'lower-body']],
      // Squats and deadlifts load the lower back, so a lower-body plan is on it, and a core or
      // lower-body session is no way around it: only the upper body is left.
      ['lower-back', 'full-body', 'R7', ['upper-body']],
      ['lower-back', 'lower-body', 'R7', ['upper-body']],
      ['lower-back', 'core', 'R7', ['upper-body']],
      ['lower-back', 'upper-body', 'R8', []],
    ] as const
  ).map(
    ([area, plannedFocus, rule, instead]): Row =>
      rule === 'R7'
        ? {
            name: `R7 moderate ${area} with a ${plannedFocus} plan: train ${instead.join(' or ')}`,
            input: checkIn([ache(area, 5)], { plannedFocus }),
            verdict: 'modify',
            reasons: ['R7'],
            suggestions: ['train-instead', 'lower-intensity', 'warm-up-cool-down'],
            including: [trainInstead(...instead)],
          }
        : {
            name: `R8 moderate ${area} with a ${plannedFocus} plan already alternates`,
            input: checkIn([ache(area, 5)], { plannedFocus }),
            verdict: 'train',
            reasons: ['R8'],
            suggestions: ['warm-up-cool-down'],
          },
  ),
  {
    name: 'R7 with no plan',
    input: checkIn([ache('neck', 5)]),
    verdict: 'modify',
    reasons: ['R7'],
    suggestions: ['train-instead', 'lower-intensity', 'warm-up-cool-down'],
    including: [trainInstead('lower-body', 'core')],
  },
  {
    name: 'R7 mild soreness elsewhere does not block that region',
    input: checkIn([ache('arms', 5), ache('legs', 2)], { plannedFocus: 'upper-body' }),
    verdict: 'modify',
    reasons: ['R7', 'R9'],
    suggestions: ['train-instead', 'lower-intensity', 'warm-up-cool-down'],
    including: [trainInstead('lower-body', 'core')],
  },
];

const r9r10: Row[] = [
  {
    name: 'R9 nothing sore',
    input: checkIn([]),
    verdict: 'train',
    reasons: ['R9'],
    suggestions: ['warm-up-cool-down'],
  },
  {
    name: 'R9 mild 3/10',
    input: checkIn([ache('glutes', 3)]),
    verdict: 'train',
    reasons: ['R9'],
    suggestions: ['warm-up-cool-down'],
  },
  {
    name: 'R9 days 3 (boundary) changes nothing',
    input: checkIn([ache('legs', 2, { days: 3 })]),
    verdict: 'train',
    reasons: ['R9'],
    suggestions: ['warm-up-cool-down'],
  },
  {
    name: 'R10 days 4 (boundary): at least modify, see a coach',
    input: checkIn([ache('legs', 2, { days: 4 })]),
    verdict: 'modify',
    reasons: ['R10', 'R9'],
    suggestions: ['review-with-coach', 'warm-up-cool-down'],
  },
  {
    name: 'R10 days 7 (boundary)',
    input: checkIn([ache('legs', 2, { days: 7 })]),
    verdict: 'modify',
    reasons: ['R10', 'R9'],
    suggestions: ['review-with-coach', 'warm-up-cool-down'],
  },
  {
    name: 'R10 lifts an alternating plan to modify',
    input: checkIn([ache('legs', 5, { days: 5 })], { plannedFocus: 'upper-body' }),
    verdict: 'modify',
    reasons: ['R10', 'R8'],
    suggestions: ['review-with-coach', 'warm-up-cool-down'],
  },
  {
    name: 'R10 beside R7: region swap first, then the coach',
    input: checkIn([ache('legs', 5, { days: 5 })], { plannedFocus: 'lower-body' }),
    verdict: 'modify',
    reasons: ['R7', 'R10'],
    suggestions: ['train-instead', 'lower-intensity', 'review-with-coach', 'warm-up-cool-down'],
  },
  {
    name: 'R10 under R5: rest, and the coach advice stays',
    input: checkIn([ache('legs', 8, { days: 5 })]),
    verdict: 'rest',
    reasons: ['R5', 'R10'],
    suggestions: ['light-walking-only', 'review-with-coach'],
  },
];

const modifiers: Row[] = [
  {
    name: 'M1 sleep 4.9 h (boundary) lifts train to modify',
    input: checkIn([], { sleepHours: 4.9 }),
    verdict: 'modify',
    reasons: ['M1', 'R9'],
    suggestions: ['lower-intensity', 'sleep', 'warm-up-cool-down'],
    including: [{ kind: 'sleep', targetHours: 7 }],
  },
  {
    name: 'M1 sleep 0 h',
    input: checkIn([ache('legs', 1)], { sleepHours: 0 }),
    verdict: 'modify',
    reasons: ['M1', 'R9'],
    suggestions: ['lower-intensity', 'sleep', 'warm-up-cool-down'],
  },
  {
    name: 'M2 sleep 5 h (boundary) keeps train',
    input: checkIn([], { sleepHours: 5 }),
    verdict: 'train',
    reasons: ['R9', 'M2'],
    suggestions: ['warm-up-cool-down', 'sleep'],
    including: [{ kind: 'sleep', targetHours: 7 }],
  },
  {
    name: 'M2 sleep 6.9 h (boundary)',
    input: checkIn([], { sleepHours: 6.9 }),
    verdict: 'train',
    reasons: ['R9', 'M2'],
    suggestions: ['warm-up-cool-down', 'sleep'],
  },
  {
    name: 'sleep 7 h (boundary) adds nothing',
    input: checkIn([], { sleepHours: 7 }),
    verdict: 'train',
    reasons: ['R9'],
    suggestions: ['warm-up-cool-down'],
  },
  {
    name: 'M1 lifts modify to active recovery',
    input: checkIn([ache('legs', 5)], { plannedFocus: 'lower-body', sleepHours: 4 }),
    verdict: 'active-recovery',
    reasons: ['M1', 'R7'],
    suggestions: ['active-recovery', 'sleep'],
    including: [allActiveRecovery],
  },
  {
    name: 'M1 lifts active recovery to rest',
    input: checkIn([ache('whole-body', 5)], { sleepHours: 3 }),
    verdict: 'rest',
    reasons: ['M1', 'R6'],
    suggestions: ['light-walking-only', 'sleep'],
  },
  {
    name: 'M1 caps at rest: rest stays rest',
    input: checkIn([ache('legs', 8)], { sleepHours: 4 }),
    verdict: 'rest',
    reasons: ['R5', 'M1'],
    suggestions: ['light-walking-only', 'sleep'],
  },
  {
    name: 'M1 leaves see-professional alone',
    input: checkIn([ache('knee', 5)], { sleepHours: 2 }),
    verdict: 'see-professional',
    reasons: ['R3', 'M1'],
    suggestions: ['see-professional', 'sleep'],
  },
  {
    name: 'M1 on top of R10',
    input: checkIn([ache('legs', 2, { days: 5 })], { sleepHours: 4 }),
    verdict: 'active-recovery',
    reasons: ['M1', 'R9', 'R10'],
    suggestions: ['active-recovery', 'sleep', 'review-with-coach'],
  },
  {
    name: 'M3 low water: advice only',
    input: checkIn([ache('legs', 2)], { hydration: 'low' }),
    verdict: 'train',
    reasons: ['R9', 'M3'],
    suggestions: ['warm-up-cool-down', 'hydrate'],
  },
  {
    name: 'good water adds nothing',
    input: checkIn([ache('legs', 2)], { hydration: 'good' }),
    verdict: 'train',
    reasons: ['R9'],
    suggestions: ['warm-up-cool-down'],
  },
  {
    name: 'M4 always sore: habits and varied intensity',
    input: checkIn([ache('legs', 2)], { alwaysSore: true }),
    verdict: 'train',
    reasons: ['R9', 'M4'],
    suggestions: ['warm-up-cool-down', 'recovery-habits', 'vary-intensity'],
    including: [{ kind: 'recovery-habits', proteinGramsPerKg: [1.4, 2.0] }],
  },
  {
    name: 'not always sore adds nothing',
    input: checkIn([ache('legs', 2)], { alwaysSore: false }),
    verdict: 'train',
    reasons: ['R9'],
    suggestions: ['warm-up-cool-down'],
  },
  {
    name: 'M2–M4 together: habits in a fixed order, warm-up first on a training day',
    input: checkIn([ache('legs', 2)], { sleepHours: 6, hydration: 'low', alwaysSore: true }),
    verdict: 'train',
    reasons: ['R9', 'M2', 'M3', 'M4'],
    suggestions: ['warm-up-cool-down', 'sleep', 'hydrate', 'recovery-habits', 'vary-intensity'],
  },
];

const RULE_TABLE: readonly Row[] = [
  ...r1,
  ...r2,
  ...r3r4,
  ...r5,
  ...r6,
  ...plans,
  ...r9r10,
  ...modifiers,
];

describe('adviseTraining rule table', () => {
  it.each(RULE_TABLE)('$name', (row) => {
    const advice = adviseTraining(row.input);
    expect(advice.verdict).toBe(row.verdict);
    expect(advice.urgent).toBe(row.urgent ?? false);
    expect(advice.reasons.map((reason) => reason.rule)).toEqual(row.reasons);
    expect(advice.suggestions.map((suggestion) => suggestion.kind)).toEqual(row.suggestions);
    for (const suggestion of row.including ?? [])
      expect(advice.suggestions).toContainEqual(suggestion);
  });
});
