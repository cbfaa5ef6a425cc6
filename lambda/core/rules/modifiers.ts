import { ACTIVE_RECOVERY_OPTIONS, type Suggestion, type Verdict } from '../advice';
import type { CheckIn } from '../check-in';
import { stepUp } from '../verdict-ladder';
import type { Finding } from './finding';

/** AASM: adults need at least 7 hours. */
export const SLEEP_TARGET_HOURS = 7;
const SLEEP: Suggestion = { kind: 'sleep', targetHours: SLEEP_TARGET_HOURS };

/**
 * What to do on the verdict M1 steps up to. M1 only lands on modify, active recovery or rest;
 * the two other rungs complete the table so it stays total.
 */
const STEPPED_VERDICT_SUGGESTION: Readonly<Record<Verdict, Suggestion>> = {
  train: { kind: 'warm-up-cool-down' },
  modify: { kind: 'lower-intensity' },
  'active-recovery': { kind: 'active-recovery', options: ACTIVE_RECOVERY_OPTIONS },
  rest: { kind: 'light-walking-only' },
  'see-professional': { kind: 'see-professional', who: 'doctor' },
};

/** M1 — the article (sleep is where recovery happens); AASM ≥ 7 h: under 5 h is one rung more, at most rest. */
export function shortSleep(checkIn: CheckIn, verdict: Verdict): Finding | undefined {
  if (checkIn.sleepHours === undefined || checkIn.sleepHours >= 5) return undefined;
  const stepped = stepUp(verdict, 'rest');
  return stepped === verdict
    ? { reason: { rule: 'M1' }, suggestions: [SLEEP] }
    : {
        reason: { rule: 'M1', verdict: stepped },
        suggestions: [STEPPED_VERDICT_SUGGESTION[stepped], SLEEP],
      };
}

/** M2 — AASM: 5 to under 7 h leaves the verdict alone but asks for 7+. */
export function shortishSleep(checkIn: CheckIn): Finding | undefined {
  const hours = checkIn.sleepHours;
  return hours !== undefined && hours >= 5 && hours < SLEEP_TARGET_HOURS
    ? { reason: { rule: 'M2' }, suggestions: [SLEEP] }
    : undefined;
}

/** M3 — the article; NHS urine chart: drink before and during; pale straw is the goal. */
export function lowHydration(checkIn: CheckIn): Finding | undefined {
  return checkIn.hydration === 'low'
    ? { reason: { rule: 'M3' }, suggestions: [{ kind: 'hydrate' }] }
    : undefined;
}

/** M4 — the article; ISSN (1.4–2.0 g protein per kg a day): check habits before blaming overtraining. */
export function alwaysSore(checkIn: CheckIn): Finding | undefined {
  return checkIn.alwaysSore === true
    ? {
        reason: { rule: 'M4' },
        suggestions: [
          { kind: 'recovery-habits', proteinGramsPerKg: [1.4, 2.0] },
          { kind: 'vary-intensity' },
        ],
      }
    : undefined;
}

/** The modifiers that never change the verdict. */
export const ADVICE_ONLY_MODIFIERS: readonly ((checkIn: CheckIn) => Finding | undefined)[] = [
  shortishSleep,
  lowHydration,
  alwaysSore,
];
