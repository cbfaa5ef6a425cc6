import type { BodyArea, TrainingRegion } from './body-areas';
import type { RedFlag } from './check-in';

/** Least to most restrictive; the order is the ladder every rule and modifier climbs. */
export const VERDICTS = ['train', 'modify', 'active-recovery', 'rest', 'see-professional'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const RULE_IDS = [
  'R1',
  'R2',
  'R3',
  'R4',
  'R5',
  'R6',
  'R7',
  'R8',
  'R9',
  'R10',
  'S1',
  'M1',
  'M2',
  'M3',
  'M4',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/**
 * Why a rule fired, as data: the skill renders it in any locale.
 * `verdict` is what this rule alone asks for (modifiers that do not change it carry none).
 */
export interface Reason {
  rule: RuleId;
  verdict?: Verdict;
  /** The sore area the rule looked at, when it is about one area. */
  area?: BodyArea;
  /** The red flags that triggered R1/R2. */
  redFlags?: RedFlag[];
}

export const ACTIVE_RECOVERY_OPTIONS = [
  'walk',
  'mobility',
  'yoga',
  'easy-cycling',
  'swimming',
] as const;
export type ActiveRecoveryOption = (typeof ACTIVE_RECOVERY_OPTIONS)[number];

export type Suggestion =
  /** R1: stop now and contact a doctor or the local emergency number. */
  | { kind: 'emergency' }
  /** R2/R3: book a physio or doctor. */
  | { kind: 'see-professional'; who: 'doctor' | 'physio-or-doctor' }
  /** R4: pause completely; get it checked if not clearly better within `days`. */
  | { kind: 'pause-and-monitor'; days: number }
  /** R5: no intense training; light walking is fine. */
  | { kind: 'light-walking-only' }
  /** R6 (and M1's step to active recovery). */
  | { kind: 'active-recovery'; options: readonly ActiveRecoveryOption[] }
  /** R7: train another region instead, or lower the intensity. */
  | { kind: 'train-instead'; regions: readonly TrainingRegion[] }
  | { kind: 'lower-intensity' }
  /** Every train/modify verdict (the article). */
  | { kind: 'warm-up-cool-down' }
  /** S1: the safety question went unanswered; the signs, so the user can check them. */
  | { kind: 'check-warning-signs' }
  /** R10: review volume, load or technique with a qualified trainer or coach. */
  | { kind: 'review-with-coach' }
  /** M1/M2: aim for at least `targetHours` of sleep. */
  | { kind: 'sleep'; targetHours: number }
  /** M3: drink before and during; pale-straw urine is the goal. */
  | { kind: 'hydrate' }
  /** M4: check sleep, protein (g/kg/day) and water before assuming overtraining; vary intensity. */
  | { kind: 'recovery-habits'; proteinGramsPerKg: readonly [number, number] }
  | { kind: 'vary-intensity' };

export type SuggestionKind = Suggestion['kind'];

export interface Advice {
  verdict: Verdict;
  /** True only for R1: the skill must tell the user to stop and get help now. */
  urgent: boolean;
  /** Every rule that fired, the ones that set the verdict first. */
  reasons: Reason[];
  /** What to do, most important first, without duplicates of a kind. */
  suggestions: Suggestion[];
}
