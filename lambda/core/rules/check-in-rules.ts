import { ACTIVE_RECOVERY_OPTIONS, type Suggestion } from '../advice';
import { regionsLoading, TRAINING_REGIONS } from '../body-areas';
import { type CheckIn, RED_FLAGS, type RedFlag } from '../check-in';
import type { VerdictFinding } from './finding';
import { moderateAcheRegion } from './soreness-kinds';

const URGENT_RED_FLAGS: ReadonlySet<RedFlag> = new Set([
  'chest-pain',
  'dizziness',
  'breathless',
  'cannot-move',
]);
const SEE_DOCTOR_RED_FLAGS: ReadonlySet<RedFlag> = new Set(['numbness', 'swelling', 'fever']);

/** Red flags in a fixed order, once each, whatever order or repetition the user gave. */
function presentRedFlags(checkIn: CheckIn, wanted: (flag: RedFlag) => boolean): RedFlag[] {
  const given = new Set(checkIn.redFlags ?? []);
  return RED_FLAGS.filter((flag) => given.has(flag) && wanted(flag));
}

/** Rhabdomyolysis is dark urine *with* muscle pain; dark urine alone is not an emergency. */
function hasMusclePain(checkIn: CheckIn): boolean {
  return checkIn.soreness.some((entry) => entry.severity >= 1);
}

/**
 * R1 — CDC/NIOSH rhabdomyolysis signs; NHS sprains and strains: stop and get help now. A "yes"
 * to the safety question counts even when the user does not say which sign: asking "which one?"
 * first would delay the one answer that matters.
 */
export function urgentRedFlags(checkIn: CheckIn): VerdictFinding | undefined {
  const musclePain = hasMusclePain(checkIn);
  const flags = presentRedFlags(
    checkIn,
    (flag) => URGENT_RED_FLAGS.has(flag) || (flag === 'dark-urine' && musclePain),
  );
  return flags.length === 0 && checkIn.warningSignReported !== true
    ? undefined
    : {
        reason: { rule: 'R1', verdict: 'see-professional', redFlags: flags },
        suggestions: [{ kind: 'emergency' }],
      };
}

/** R2 — NHS: numbness, swelling, fever (and dark urine without muscle pain) need a doctor. */
export function seeDoctorRedFlags(checkIn: CheckIn): VerdictFinding | undefined {
  const musclePain = hasMusclePain(checkIn);
  const flags = presentRedFlags(
    checkIn,
    (flag) => SEE_DOCTOR_RED_FLAGS.has(flag) || (flag === 'dark-urine' && !musclePain),
  );
  if (flags.length === 0) return undefined;
  const suggestions: Suggestion[] = [{ kind: 'see-professional', who: 'doctor' }];
  if (flags.includes('dark-urine')) suggestions.push({ kind: 'hydrate' });
  return { reason: { rule: 'R2', verdict: 'see-professional', redFlags: flags }, suggestions };
}

/** R6 — the article: moderate dull soreness in every region leaves nothing to train around. */
export function moderateAcheEverywhere(checkIn: CheckIn): VerdictFinding | undefined {
  // Regions as plans load them: a sore lower back rules out core and lower-body sessions both.
  const loaded = new Set(
    checkIn.soreness
      .filter((entry) => moderateAcheRegion(entry) !== undefined)
      .flatMap((entry) => regionsLoading(entry.area)),
  );
  return TRAINING_REGIONS.every((region) => loaded.has(region))
    ? {
        reason: { rule: 'R6', verdict: 'active-recovery' },
        suggestions: [{ kind: 'active-recovery', options: ACTIVE_RECOVERY_OPTIONS }],
      }
    : undefined;
}

/**
 * S1 — safety screen: when the user cannot say whether they have a warning sign, the safer
 * reading is no training today, and the signs are named again so they can check.
 */
export function warningSignsUnclear(checkIn: CheckIn): VerdictFinding | undefined {
  return checkIn.warningSignsUnclear === true
    ? {
        reason: { rule: 'S1', verdict: 'rest' },
        suggestions: [{ kind: 'check-warning-signs' }, { kind: 'light-walking-only' }],
      }
    : undefined;
}

/** Every rule that looks at the check-in as a whole, in the order of docs/rules.md. */
export const CHECK_IN_RULES: readonly ((checkIn: CheckIn) => VerdictFinding | undefined)[] = [
  urgentRedFlags,
  seeDoctorRedFlags,
  moderateAcheEverywhere,
  warningSignsUnclear,
];
