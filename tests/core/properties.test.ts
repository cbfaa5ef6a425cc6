import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Advice,
  adviseTraining,
  type CheckIn,
  moreRestrictive,
  regionsLoading,
  type SuggestionKind,
  TRAINING_REGIONS,
  type TrainingRegion,
  VERDICTS,
  type Verdict,
  verdictRank,
} from '../../lambda/core';
import { CheckInSchema } from '../../lambda/core/check-in-schema';
import {
  anyCheckInArb,
  checkInArb,
  checkInWithAreaArb,
  daysArb,
  lowRiskCheckInArb,
  PROPERTY_RUNS,
  redFlagArb,
  SAFETY_ANSWER_FIELDS,
  severityArb,
  sleepArb,
  sorenessArb,
} from './arbitraries';

/** More restrictive or equal, and an urgent answer never stops being urgent. */
function expectNoRelief(before: Advice, after: Advice): void {
  expect(verdictRank(after.verdict)).toBeGreaterThanOrEqual(verdictRank(before.verdict));
  if (before.urgent) expect(after.urgent).toBe(true);
}

function withArea(
  input: CheckIn,
  index: number,
  change: (entry: CheckIn['soreness'][number]) => object,
) {
  return {
    ...input,
    soreness: input.soreness.map((entry, i) =>
      i === index ? { ...entry, ...change(entry) } : entry,
    ),
  };
}

/** Which suggestion kinds can go with which verdict without contradicting it. */
const ALLOWED_KINDS: Readonly<Record<Verdict, ReadonlySet<SuggestionKind>>> = (() => {
  const habits: SuggestionKind[] = [
    'review-with-coach',
    'sleep',
    'hydrate',
    'recovery-habits',
    'vary-intensity',
  ];
  return {
    train: new Set<SuggestionKind>([...habits, 'warm-up-cool-down']),
    modify: new Set<SuggestionKind>([
      ...habits,
      'warm-up-cool-down',
      'train-instead',
      'lower-intensity',
    ]),
    'active-recovery': new Set<SuggestionKind>([...habits, 'active-recovery']),
    rest: new Set<SuggestionKind>([
      ...habits,
      'light-walking-only',
      'pause-and-monitor',
      'check-warning-signs',
    ]),
    'see-professional': new Set<SuggestionKind>([
      ...habits,
      'emergency',
      'see-professional',
      'check-warning-signs',
    ]),
  };
})();

describe('adviseTraining properties', () => {
  it('every generated check-in is one the schema accepts', () => {
    fc.assert(
      fc.property(anyCheckInArb, (input) => {
        expect(CheckInSchema.safeParse(input).success).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });

  it('is total: a well-formed advice for every schema-valid check-in', () => {
    fc.assert(
      fc.property(checkInArb, (input) => {
        const advice = adviseTraining(input);
        expect(VERDICTS).toContain(advice.verdict);
        expect(advice.reasons.length).toBeGreaterThan(0);
        expect(advice.suggestions.length).toBeGreaterThan(0);
        expect(advice.reasons[0]?.verdict).toBe(advice.verdict);
        expect(advice.urgent).toBe(advice.reasons.some((reason) => reason.rule === 'R1'));
        const hasWarmUp = advice.suggestions.some((s) => s.kind === 'warm-up-cool-down');
        expect(hasWarmUp).toBe(advice.verdict === 'train' || advice.verdict === 'modify');
        const kinds = advice.suggestions.map((suggestion) => suggestion.kind);
        expect(new Set(kinds).size).toBe(kinds.length);
        const rules = advice.reasons.map((reason) => reason.rule);
        expect(new Set(rules).size).toBe(rules.length);
        for (const kind of kinds) expect(ALLOWED_KINDS[advice.verdict]).toContain(kind);
        for (const suggestion of advice.suggestions) {
          if (suggestion.kind === 'train-instead')
            expect(suggestion.regions.length).toBeGreaterThan(0);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('is deterministic and leaves its input alone', () => {
    fc.assert(
      fc.property(checkInArb, (input) => {
        const copy = structuredClone(input);
        expect(adviseTraining(copy)).toEqual(adviseTraining(input));
        expect(copy).toEqual(input);
      }),
      PROPERTY_RUNS,
    );
  });

  it('safety: whenever R1, R2 or R3 fire the verdict is see-professional', () => {
    fc.assert(
      fc.property(checkInArb, (input) => {
        const advice = adviseTraining(input);
        if (advice.reasons.some((reason) => ['R1', 'R2', 'R3'].includes(reason.rule))) {
          expect(advice.verdict).toBe('see-professional');
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('an added red flag never relieves', () => {
    fc.assert(
      fc.property(checkInArb, redFlagArb, (input, flag) => {
        const after = { ...input, redFlags: [...(input.redFlags ?? []), flag] };
        expectNoRelief(adviseTraining(input), adviseTraining(after));
      }),
      PROPERTY_RUNS,
    );
  });

  // The reader may hear "can I go to the gym" as a full-body plan; that must read as no plan.
  it('a full-body plan advises exactly as no plan does: it loads every region', () => {
    fc.assert(
      fc.property(checkInArb, (input) => {
        const { plannedFocus: _, ...unplanned } = input;
        const planned = adviseTraining({ ...unplanned, plannedFocus: 'full-body' });
        expect(planned.verdict).toBe(adviseTraining(unplanned).verdict);
      }),
      PROPERTY_RUNS,
    );
  });

  it('an added sore area never relieves', () => {
    fc.assert(
      fc.property(checkInArb, sorenessArb, (input, entry) => {
        const after = { ...input, soreness: [...input.soreness, entry] };
        expectNoRelief(adviseTraining(input), adviseTraining(after));
      }),
      PROPERTY_RUNS,
    );
  });

  it('a higher severity never relieves', () => {
    fc.assert(
      fc.property(checkInWithAreaArb, severityArb, ([input, index], severity) => {
        const after = withArea(input, index, (entry) => ({
          severity: Math.max(entry.severity, severity),
        }));
        expectNoRelief(adviseTraining(input), adviseTraining(after));
      }),
      PROPERTY_RUNS,
    );
  });

  it('a longer duration never relieves', () => {
    fc.assert(
      fc.property(checkInWithAreaArb, daysArb, ([input, index], extraDays) => {
        const after = withArea(input, index, (entry) => ({ days: (entry.days ?? 0) + extraDays }));
        expectNoRelief(adviseTraining(input), adviseTraining(after));
      }),
      PROPERTY_RUNS,
    );
  });

  it('less sleep never relieves (and a known short night never beats an unknown one)', () => {
    fc.assert(
      fc.property(checkInArb, sleepArb, (input, hours) => {
        const before = adviseTraining(input);
        const after = adviseTraining({
          ...input,
          sleepHours: Math.min(input.sleepHours ?? hours, hours),
        });
        expectNoRelief(before, after);
      }),
      PROPERTY_RUNS,
    );
  });

  it('movement limits or worsening, once turned on, never relieve', () => {
    fc.assert(
      fc.property(
        checkInWithAreaArb,
        fc.constantFrom('limitsMovement', 'worsening'),
        ([input, index], symptom) => {
          const after = withArea(input, index, () => ({ [symptom]: true }));
          expectNoRelief(adviseTraining(input), adviseTraining(after));
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it('worsening anywhere always ends at see-professional', () => {
    fc.assert(
      fc.property(checkInWithAreaArb, ([input, index]) => {
        const after = withArea(input, index, () => ({ worsening: true }));
        expect(adviseTraining(after).verdict).toBe('see-professional');
      }),
      PROPERTY_RUNS,
    );
  });

  it('a "yes" or an unclear answer to the safety question never relieves', () => {
    fc.assert(
      fc.property(anyCheckInArb, fc.constantFrom(...SAFETY_ANSWER_FIELDS), (input, field) => {
        const after: CheckIn = { ...input, [field]: true };
        expectNoRelief(adviseTraining(input), adviseTraining(after));
      }),
      PROPERTY_RUNS,
    );
  });

  it('a "yes" to the safety question is always urgent: stop and get help now (R1)', () => {
    fc.assert(
      fc.property(anyCheckInArb, (input) => {
        const advice = adviseTraining({ ...input, warningSignReported: true });
        expect(advice.verdict).toBe('see-professional');
        expect(advice.urgent).toBe(true);
        expect(advice.reasons[0]?.rule).toBe('R1');
        expect(advice.suggestions[0]).toEqual({ kind: 'emergency' });
      }),
      PROPERTY_RUNS,
    );
  });

  it('an unclear safety answer is exactly "at least rest" (S1): never less, never more', () => {
    fc.assert(
      fc.property(anyCheckInArb, (input) => {
        const before = adviseTraining({ ...input, warningSignsUnclear: false });
        const after = adviseTraining({ ...input, warningSignsUnclear: true });
        expect(verdictRank(after.verdict)).toBeGreaterThanOrEqual(verdictRank('rest'));
        expect(after.verdict).toBe(moreRestrictive('rest', before.verdict));
        expect(after.urgent).toBe(before.urgent);
        expect(after.reasons.map((reason) => reason.rule)).toContain('S1');
        // The signs are said again whatever rule set the verdict, but after urgent advice.
        if (!after.urgent)
          expect(after.suggestions).toContainEqual({ kind: 'check-warning-signs' });
      }),
      PROPERTY_RUNS,
    );
  });

  it('R7 offers exactly the regions no moderate sore area is loaded by', () => {
    fc.assert(
      fc.property(lowRiskCheckInArb, (input) => {
        const blocked = new Set<TrainingRegion>(
          input.soreness
            .filter((entry) => entry.severity >= 4)
            .flatMap((entry) => regionsLoading(entry.area)),
        );
        const open = TRAINING_REGIONS.filter((region) => !blocked.has(region));
        const advice = adviseTraining(input);
        for (const suggestion of advice.suggestions) {
          if (suggestion.kind === 'train-instead')
            expect([...suggestion.regions].sort()).toEqual([...open].sort());
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('M2–M4 give advice only: sleep of 5 h or more, water and habits never move the verdict', () => {
    fc.assert(
      fc.property(checkInArb, fc.double({ min: 5, max: 24, noNaN: true }), (input, hours) => {
        const plain: CheckIn = {
          ...input,
          hydration: undefined,
          alwaysSore: undefined,
          sleepHours: undefined,
        };
        const withHabits: CheckIn = { ...input, sleepHours: hours };
        expect(adviseTraining(withHabits).verdict).toBe(adviseTraining(plain).verdict);
      }),
      PROPERTY_RUNS,
    );
  });

  it('M1 is exactly one rung up from the same check-in with enough sleep, capped at rest', () => {
    fc.assert(
      fc.property(checkInArb, fc.double({ min: 0, max: 4.99, noNaN: true }), (input, hours) => {
        const rested = adviseTraining({ ...input, sleepHours: 8 }).verdict;
        const tired = adviseTraining({ ...input, sleepHours: hours }).verdict;
        const cap = verdictRank('rest');
        const expected = verdictRank(rested) >= cap ? verdictRank(rested) : verdictRank(rested) + 1;
        expect(verdictRank(tired)).toBe(expected);
      }),
      PROPERTY_RUNS,
    );
  });
});
