import { describe, expect, it } from 'vitest';
import {
  ACTIVE_RECOVERY_OPTIONS,
  adviseTraining,
  type CheckIn,
  JOINT_OR_TENDON_AREAS,
  type Reason,
  type RuleId,
  type Suggestion,
  type SuggestionKind,
  type TrainingRegion,
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
  /** Reasons whose details (area, red flags) matter for this row. */
  reasonsIncluding?: Reason[];
}

const seeDoctor: Suggestion = { kind: 'see-professional', who: 'doctor' };
const seePhysio: Suggestion = { kind: 'see-professional', who: 'physio-or-doctor' };
const allActiveRecovery: Suggestion = { kind: 'active-recovery', options: ACTIVE_RECOVERY_OPTIONS };
const trainInstead = (...regions: TrainingRegion[]): Suggestion => ({
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
      // Running and cycling do not load the lower back the way squats and deadlifts do.
      ['lower-back', 'cardio', 'R8', []],
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

/** The safety question answered "yes" without naming the sign: urgent all the same (R1). */
const warningSignReported: Row[] = [
  {
    name: 'R1 a "yes" to the safety question is urgent with no sign named and nothing sore',
    input: checkIn([], { warningSignReported: true }),
    verdict: 'see-professional',
    urgent: true,
    reasons: ['R1', 'R9'],
    suggestions: ['emergency'],
    reasonsIncluding: [{ rule: 'R1', verdict: 'see-professional', redFlags: [] }],
  },
  {
    name: 'R1 a "yes" with mild soreness is urgent',
    input: checkIn([ache('legs', 2)], { warningSignReported: true }),
    verdict: 'see-professional',
    urgent: true,
    reasons: ['R1', 'R9'],
    suggestions: ['emergency'],
    reasonsIncluding: [{ rule: 'R1', verdict: 'see-professional', redFlags: [] }],
  },
  {
    name: 'a "no" to the safety question (warningSignReported false) adds nothing',
    input: checkIn([ache('legs', 2)], { warningSignReported: false }),
    verdict: 'train',
    reasons: ['R9'],
    suggestions: ['warm-up-cool-down'],
  },
  {
    name: 'R1 a "yes" that also names chest pain lists the named sign',
    input: checkIn([], { warningSignReported: true, redFlags: ['chest-pain'] }),
    verdict: 'see-professional',
    urgent: true,
    reasons: ['R1', 'R9'],
    suggestions: ['emergency'],
    reasonsIncluding: [{ rule: 'R1', verdict: 'see-professional', redFlags: ['chest-pain'] }],
  },
  {
    name: 'R1 a "yes" beside a fever: the emergency first, the doctor after',
    input: checkIn([], { warningSignReported: true, redFlags: ['fever'] }),
    verdict: 'see-professional',
    urgent: true,
    reasons: ['R1', 'R2', 'R9'],
    suggestions: ['emergency', 'see-professional'],
    reasonsIncluding: [
      { rule: 'R1', verdict: 'see-professional', redFlags: [] },
      { rule: 'R2', verdict: 'see-professional', redFlags: ['fever'] },
    ],
  },
  {
    name: 'R1 a "yes" beside dark urine without muscle pain: R2 keeps the dark urine and the water',
    input: checkIn([], { warningSignReported: true, redFlags: ['dark-urine'] }),
    verdict: 'see-professional',
    urgent: true,
    reasons: ['R1', 'R2', 'R9'],
    suggestions: ['emergency', 'see-professional', 'hydrate'],
    reasonsIncluding: [
      { rule: 'R1', verdict: 'see-professional', redFlags: [] },
      { rule: 'R2', verdict: 'see-professional', redFlags: ['dark-urine'] },
    ],
  },
  {
    name: 'R1 a "yes" beside joint pain: urgent, and the physio referral stays',
    input: checkIn([ache('knee', 5)], { warningSignReported: true }),
    verdict: 'see-professional',
    urgent: true,
    reasons: ['R1', 'R3'],
    suggestions: ['emergency', 'see-professional'],
  },
  {
    name: 'R1 a "yes" is urgent even when the plan already alternates',
    input: checkIn([ache('legs', 5)], { warningSignReported: true, plannedFocus: 'upper-body' }),
    verdict: 'see-professional',
    urgent: true,
    reasons: ['R1', 'R8'],
    suggestions: ['emergency'],
  },
  {
    name: 'R1 a "yes" and an unclear answer together: the "yes" wins',
    input: checkIn([], { warningSignReported: true, warningSignsUnclear: true }),
    verdict: 'see-professional',
    urgent: true,
    reasons: ['R1', 'R9', 'S1'],
    suggestions: ['emergency'],
  },
  {
    name: 'R1 a "yes" with a short night: M1 cannot move it, the sleep advice stays',
    input: checkIn([], { warningSignReported: true, sleepHours: 3 }),
    verdict: 'see-professional',
    urgent: true,
    reasons: ['R1', 'R9', 'M1'],
    suggestions: ['emergency', 'sleep'],
  },
];

/** The safety question answered "I don't know", skipped or unclear: at least rest (S1). */
const warningSignsUnclear: Row[] = [
  {
    name: 'S1 an unclear safety answer with nothing sore: rest, the signs named first',
    input: checkIn([], { warningSignsUnclear: true }),
    verdict: 'rest',
    reasons: ['S1', 'R9'],
    suggestions: ['check-warning-signs', 'light-walking-only'],
  },
  {
    name: 'S1 an unclear answer lifts mild soreness (R9 train) to rest',
    input: checkIn([ache('legs', 2)], { warningSignsUnclear: true }),
    verdict: 'rest',
    reasons: ['S1', 'R9'],
    suggestions: ['check-warning-signs', 'light-walking-only'],
  },
  {
    name: 'a clear "no" (warningSignsUnclear false) adds nothing',
    input: checkIn([ache('legs', 2)], { warningSignsUnclear: false }),
    verdict: 'train',
    reasons: ['R9'],
    suggestions: ['warm-up-cool-down'],
  },
  {
    name: 'S1 lifts R7 modify to rest: no region swap is offered',
    input: checkIn([ache('legs', 5)], { warningSignsUnclear: true }),
    verdict: 'rest',
    reasons: ['S1', 'R7'],
    suggestions: ['check-warning-signs', 'light-walking-only'],
  },
  {
    name: 'S1 lifts an alternating plan (R8) to rest',
    input: checkIn([ache('legs', 5)], { warningSignsUnclear: true, plannedFocus: 'upper-body' }),
    verdict: 'rest',
    reasons: ['S1', 'R8'],
    suggestions: ['check-warning-signs', 'light-walking-only'],
  },
  {
    name: 'S1 lifts R6 active recovery to rest',
    input: checkIn([ache('whole-body', 5)], { warningSignsUnclear: true }),
    verdict: 'rest',
    reasons: ['S1', 'R6'],
    suggestions: ['check-warning-signs', 'light-walking-only'],
  },
  {
    name: 'S1 lifts R10 to rest; the coach advice stays',
    input: checkIn([ache('legs', 2, { days: 5 })], { warningSignsUnclear: true }),
    verdict: 'rest',
    reasons: ['S1', 'R9', 'R10'],
    suggestions: ['check-warning-signs', 'light-walking-only', 'review-with-coach'],
  },
  {
    name: 'S1 beside R5 rest: both decide, the signs are still listed',
    input: checkIn([ache('legs', 8)], { warningSignsUnclear: true }),
    verdict: 'rest',
    reasons: ['R5', 'S1'],
    suggestions: ['light-walking-only', 'check-warning-signs'],
  },
  {
    name: 'S1 beside R4 rest: pause the sharp pain, and the signs',
    input: checkIn([sharp('legs', 2)], { warningSignsUnclear: true }),
    verdict: 'rest',
    reasons: ['R4', 'S1'],
    suggestions: ['pause-and-monitor', 'check-warning-signs', 'light-walking-only'],
  },
  {
    name: 'S1 never lowers R3: joint pain stays see-professional, not urgent',
    input: checkIn([ache('knee', 5)], { warningSignsUnclear: true }),
    verdict: 'see-professional',
    urgent: false,
    reasons: ['R3', 'S1'],
    suggestions: ['see-professional', 'check-warning-signs'],
    including: [seePhysio],
  },
  {
    name: 'S1 never lowers R2 from a named sign',
    input: checkIn([ache('legs', 2)], { warningSignsUnclear: true, redFlags: ['swelling'] }),
    verdict: 'see-professional',
    reasons: ['R2', 'R9', 'S1'],
    suggestions: ['see-professional', 'check-warning-signs'],
    including: [seeDoctor],
  },
  {
    name: 'S1 never lowers R2 from worsening soreness',
    input: checkIn([ache('legs', 3, { worsening: true })], { warningSignsUnclear: true }),
    verdict: 'see-professional',
    reasons: ['R2', 'R9', 'S1'],
    suggestions: ['see-professional', 'check-warning-signs'],
  },
  {
    name: 'S1 with a short night: M1 stops at rest, the sleep advice stays',
    input: checkIn([], { warningSignsUnclear: true, sleepHours: 4.9 }),
    verdict: 'rest',
    reasons: ['S1', 'R9', 'M1'],
    suggestions: ['check-warning-signs', 'light-walking-only', 'sleep'],
  },
  {
    name: 'S1 with low water and always sore: the habits follow',
    input: checkIn([], { warningSignsUnclear: true, hydration: 'low', alwaysSore: true }),
    verdict: 'rest',
    reasons: ['S1', 'R9', 'M3', 'M4'],
    suggestions: [
      'check-warning-signs',
      'light-walking-only',
      'hydrate',
      'recovery-habits',
      'vary-intensity',
    ],
  },
];

/** `chest` is chest muscle soreness; chest pain or tightness is the `chest-pain` sign (R1). */
const chest: Row[] = [
  {
    name: 'R1 chest pain with a moderately sore chest muscle is urgent',
    input: checkIn([ache('chest', 5)], { redFlags: ['chest-pain'] }),
    verdict: 'see-professional',
    urgent: true,
    reasons: ['R1', 'R7'],
    suggestions: ['emergency'],
    reasonsIncluding: [{ rule: 'R1', verdict: 'see-professional', redFlags: ['chest-pain'] }],
  },
  {
    name: 'R1 chest pain with a mildly sore chest muscle is urgent',
    input: checkIn([ache('chest', 2)], { redFlags: ['chest-pain'] }),
    verdict: 'see-professional',
    urgent: true,
    reasons: ['R1', 'R9'],
    suggestions: ['emergency'],
  },
  {
    name: 'R1 chest pain with a sore chest is urgent even on a lower-body day',
    input: checkIn([ache('chest', 5)], { redFlags: ['chest-pain'], plannedFocus: 'lower-body' }),
    verdict: 'see-professional',
    urgent: true,
    reasons: ['R1', 'R8'],
    suggestions: ['emergency'],
  },
  {
    name: 'R1 chest pain with mild sharp chest soreness is urgent, not only a pause',
    input: checkIn([sharp('chest', 2)], { redFlags: ['chest-pain'] }),
    verdict: 'see-professional',
    urgent: true,
    reasons: ['R1', 'R4'],
    suggestions: ['emergency'],
  },
  {
    name: 'a sore chest muscle without the sign is muscle soreness: R7, not urgent',
    input: checkIn([ache('chest', 5)]),
    verdict: 'modify',
    urgent: false,
    reasons: ['R7'],
    suggestions: ['train-instead', 'lower-intensity', 'warm-up-cool-down'],
    including: [trainInstead('lower-body', 'core')],
  },
  {
    // The engine cannot tell chest pain from a sharp chest muscle: the skill's chest question
    // turns chest pain into the sign before the check-in gets here.
    name: 'sharp chest soreness 5/10 without the sign is R3, not urgent',
    input: checkIn([sharp('chest', 5)]),
    verdict: 'see-professional',
    urgent: false,
    reasons: ['R3'],
    suggestions: ['see-professional'],
    including: [seePhysio],
  },
];

/** The hip joint is a joint (R3/R4 whatever the feel); `hips` are the muscles around it. */
const hipJoint: Row[] = [
  {
    name: 'R3 sharp hip joint 4/10 (boundary)',
    input: checkIn([sharp('hip-joint', 4)]),
    verdict: 'see-professional',
    reasons: ['R3'],
    suggestions: ['see-professional'],
    including: [seePhysio],
  },
  {
    name: 'R3 not R5: a dull hip joint at 9/10 follows the joint rules',
    input: checkIn([ache('hip-joint', 9)]),
    verdict: 'see-professional',
    reasons: ['R3'],
    suggestions: ['see-professional'],
  },
  {
    name: 'R4 dull hip joint 1/10 (boundary): a low number does not make a joint safe',
    input: checkIn([ache('hip-joint', 1)]),
    verdict: 'rest',
    reasons: ['R4'],
    suggestions: ['pause-and-monitor'],
    including: [{ kind: 'pause-and-monitor', days: 3 }],
  },
  {
    name: 'R4 sharp hip joint 3/10 (boundary)',
    input: checkIn([sharp('hip-joint', 3)]),
    verdict: 'rest',
    reasons: ['R4'],
    suggestions: ['pause-and-monitor'],
  },
  {
    name: 'R9 hip joint at 0/10 is not sore',
    input: checkIn([ache('hip-joint', 0)]),
    verdict: 'train',
    reasons: ['R9'],
    suggestions: ['warm-up-cool-down'],
  },
  {
    name: 'R3 hip joint 5/10 with an upper-body plan: no plan lightens joint pain',
    input: checkIn([ache('hip-joint', 5)], { plannedFocus: 'upper-body' }),
    verdict: 'see-professional',
    reasons: ['R3'],
    suggestions: ['see-professional'],
  },
  {
    name: 'R4 hip joint 2/10 with a core plan still pauses',
    input: checkIn([ache('hip-joint', 2)], { plannedFocus: 'core' }),
    verdict: 'rest',
    reasons: ['R4'],
    suggestions: ['pause-and-monitor'],
  },
  {
    name: 'R4 and R5: a hip joint that limits movement',
    input: checkIn([ache('hip-joint', 2, { limitsMovement: true })]),
    verdict: 'rest',
    reasons: ['R4', 'R5'],
    suggestions: ['pause-and-monitor', 'light-walking-only'],
  },
  {
    name: 'R4 and R10: a mild hip joint for 5 days',
    input: checkIn([ache('hip-joint', 2, { days: 5 })]),
    verdict: 'rest',
    reasons: ['R4', 'R10'],
    suggestions: ['pause-and-monitor', 'review-with-coach'],
  },
  {
    name: 'the hip muscles (hips) at 5/10 are muscle soreness: R7',
    input: checkIn([ache('hips', 5)]),
    verdict: 'modify',
    reasons: ['R7'],
    suggestions: ['train-instead', 'lower-intensity', 'warm-up-cool-down'],
    including: [trainInstead('upper-body', 'core')],
  },
  {
    name: 'the hip muscles at 5/10 with an upper-body plan: R8',
    input: checkIn([ache('hips', 5)], { plannedFocus: 'upper-body' }),
    verdict: 'train',
    reasons: ['R8'],
    suggestions: ['warm-up-cool-down'],
  },
  {
    name: 'R3 hip joint beside moderate hip muscles: the joint decides',
    input: checkIn([ache('hips', 5), ache('hip-joint', 5)]),
    verdict: 'see-professional',
    reasons: ['R3', 'R7'],
    suggestions: ['see-professional'],
  },
];

/** The lower back is loaded by core and lower-body plans (squats, deadlifts, lunges). */
const lowerBack: Row[] = [
  ...(
    [
      [4, 'core', 'R7'],
      [6, 'core', 'R7'],
      [4, 'lower-body', 'R7'],
      [6, 'lower-body', 'R7'],
      [4, 'full-body', 'R7'],
      [4, 'upper-body', 'R8'],
      [6, 'upper-body', 'R8'],
    ] as const
  ).map(
    ([severity, plannedFocus, rule]): Row =>
      rule === 'R7'
        ? {
            name: `R7 lower back ${severity}/10 (boundary) with a ${plannedFocus} plan: upper body only`,
            input: checkIn([ache('lower-back', severity)], { plannedFocus }),
            verdict: 'modify',
            reasons: ['R7'],
            suggestions: ['train-instead', 'lower-intensity', 'warm-up-cool-down'],
            including: [trainInstead('upper-body')],
          }
        : {
            name: `R8 lower back ${severity}/10 (boundary) with an upper-body plan`,
            input: checkIn([ache('lower-back', severity)], { plannedFocus }),
            verdict: 'train',
            reasons: ['R8'],
            suggestions: ['warm-up-cool-down'],
          },
  ),
  {
    name: 'R7 lower back with no plan: upper body only',
    input: checkIn([ache('lower-back', 5)]),
    verdict: 'modify',
    reasons: ['R7'],
    suggestions: ['train-instead', 'lower-intensity', 'warm-up-cool-down'],
    including: [trainInstead('upper-body')],
  },
  {
    name: 'R9 lower back 3/10 (boundary) with a lower-body plan trains',
    input: checkIn([ache('lower-back', 3)], { plannedFocus: 'lower-body' }),
    verdict: 'train',
    reasons: ['R9'],
    suggestions: ['warm-up-cool-down'],
  },
  {
    name: 'R5 lower back 7/10 (boundary): an upper-body plan does not soften it',
    input: checkIn([ache('lower-back', 7)], { plannedFocus: 'upper-body' }),
    verdict: 'rest',
    reasons: ['R5'],
    suggestions: ['light-walking-only'],
  },
  {
    name: 'R3 sharp lower back 4/10: no plan lightens sharp pain',
    input: checkIn([sharp('lower-back', 4)], { plannedFocus: 'upper-body' }),
    verdict: 'see-professional',
    reasons: ['R3'],
    suggestions: ['see-professional'],
  },
  {
    name: 'R8 moderate lower back and core with an upper-body plan already alternate',
    input: checkIn([ache('lower-back', 5), ache('core', 5)], { plannedFocus: 'upper-body' }),
    verdict: 'train',
    reasons: ['R8'],
    suggestions: ['warm-up-cool-down'],
  },
  {
    name: 'R8 moderate lower back and legs with an upper-body plan already alternate',
    input: checkIn([ache('lower-back', 5), ache('legs', 5)], { plannedFocus: 'upper-body' }),
    verdict: 'train',
    reasons: ['R8'],
    suggestions: ['warm-up-cool-down'],
  },
  {
    name: 'R6 moderate lower back, arms and legs: all three regions',
    input: checkIn([ache('lower-back', 5), ache('arms', 5), ache('legs', 5)]),
    verdict: 'active-recovery',
    reasons: ['R6', 'R7'],
    suggestions: ['active-recovery'],
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
  ...warningSignReported,
  ...warningSignsUnclear,
  ...chest,
  ...hipJoint,
  ...lowerBack,
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
    for (const reason of row.reasonsIncluding ?? []) expect(advice.reasons).toContainEqual(reason);
  });
});

interface BlockedRow {
  name: string;
  input: CheckIn;
  /** Every rule that fired, in the order the advice lists them. */
  reasons: RuleId[];
  /** The regions offered instead, in order; none when every region is off limits. */
  offered: TrainingRegion[];
}

const lowerBackAndArms = [ache('lower-back', 5), ache('arms', 5)];

/**
 * R7 never offers a region some sore area is loaded by: a moderate lower back keeps core and
 * lower body off limits. Beside a moderate upper-body area nothing is left to train around, so R6
 * makes it an active recovery day and no region is offered.
 */
const BLOCKED_TABLE: readonly BlockedRow[] = [
  {
    name: 'moderate lower back and arms, no plan: no region is left',
    input: checkIn(lowerBackAndArms),
    reasons: ['R6', 'R7'],
    offered: [],
  },
  {
    name: 'moderate arms and lower back (the other order), no plan: no region is left',
    input: checkIn([ache('arms', 5), ache('lower-back', 5)]),
    reasons: ['R6', 'R7'],
    offered: [],
  },
  {
    name: 'moderate lower back and arms, upper-body plan: R7 for the arms, R8 for the back',
    input: checkIn(lowerBackAndArms, { plannedFocus: 'upper-body' }),
    reasons: ['R6', 'R7', 'R8'],
    offered: [],
  },
  {
    name: 'moderate lower back and arms, core plan: R7 for the back, R8 for the arms',
    input: checkIn(lowerBackAndArms, { plannedFocus: 'core' }),
    reasons: ['R6', 'R7', 'R8'],
    offered: [],
  },
  {
    name: 'moderate lower back and arms, lower-body plan',
    input: checkIn(lowerBackAndArms, { plannedFocus: 'lower-body' }),
    reasons: ['R6', 'R7', 'R8'],
    offered: [],
  },
  {
    name: 'moderate lower back and arms, full-body plan',
    input: checkIn(lowerBackAndArms, { plannedFocus: 'full-body' }),
    reasons: ['R6', 'R7'],
    offered: [],
  },
  {
    name: 'moderate chest and lower back at 4/10 (boundary): no region is left',
    input: checkIn([ache('chest', 5), ache('lower-back', 4)]),
    reasons: ['R6', 'R7'],
    offered: [],
  },
  {
    name: 'moderate arms, lower back 3/10 (boundary): mild soreness blocks nothing',
    input: checkIn([ache('arms', 5), ache('lower-back', 3)]),
    reasons: ['R7', 'R9'],
    offered: ['lower-body', 'core'],
  },
  {
    name: 'moderate legs and lower back: core is off limits too, upper body only',
    input: checkIn([ache('legs', 5), ache('lower-back', 5)]),
    reasons: ['R7'],
    offered: ['upper-body'],
  },
  {
    name: 'moderate lower back and legs (the other order): upper body only',
    input: checkIn([ache('lower-back', 5), ache('legs', 5)]),
    reasons: ['R7'],
    offered: ['upper-body'],
  },
  {
    name: 'moderate legs, lower back 4/10 (boundary): upper body only',
    input: checkIn([ache('legs', 5), ache('lower-back', 4)]),
    reasons: ['R7'],
    offered: ['upper-body'],
  },
  {
    name: 'moderate legs, lower back 3/10 (boundary): core stays open',
    input: checkIn([ache('legs', 5), ache('lower-back', 3)]),
    reasons: ['R7', 'R9'],
    offered: ['upper-body', 'core'],
  },
  {
    name: 'moderate core and lower back: upper body only',
    input: checkIn([ache('core', 5), ache('lower-back', 5)]),
    reasons: ['R7'],
    offered: ['upper-body'],
  },
  {
    name: 'moderate lower back, mild whole-body soreness blocks nothing',
    input: checkIn([ache('lower-back', 5), ache('whole-body', 3)]),
    reasons: ['R7', 'R9'],
    offered: ['upper-body'],
  },
  {
    name: 'moderate arms, mild whole-body soreness: lower body and core stay open',
    input: checkIn([ache('arms', 5), ache('whole-body', 2)]),
    reasons: ['R7', 'R9'],
    offered: ['lower-body', 'core'],
  },
];

describe('R7 never offers a region a sore area keeps off limits; R6 when none is left', () => {
  it.each(BLOCKED_TABLE)('$name', (row) => {
    const advice = adviseTraining(row.input);
    expect(advice.urgent).toBe(false);
    expect(advice.reasons.map((reason) => reason.rule)).toEqual(row.reasons);
    const offered = advice.suggestions.flatMap((suggestion) =>
      suggestion.kind === 'train-instead' ? suggestion.regions : [],
    );
    expect(offered).toEqual(row.offered);
    if (row.offered.length === 0) {
      // Nothing left to train around: an active recovery day, with its options first.
      expect(advice.verdict).toBe('active-recovery');
      expect(advice.suggestions[0]?.kind).toBe('active-recovery');
      return;
    }
    expect(advice.verdict).toBe('modify');
    expect(advice.suggestions).toContainEqual({ kind: 'lower-intensity' });
    expect(advice.suggestions).toContainEqual({ kind: 'warm-up-cool-down' });
    expect(advice.suggestions[0]).toEqual(trainInstead(...row.offered));
  });
});
