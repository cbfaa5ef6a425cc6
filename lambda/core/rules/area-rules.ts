import { ACTIVE_RECOVERY_OPTIONS, type Suggestion } from '../advice';
import type { TrainingRegion } from '../body-areas';
import type { PlannedFocus, Soreness } from '../check-in';
import { severityBand } from '../verdict-ladder';
import type { VerdictFinding } from './finding';
import { isMuscleAche, isSharpOrJointPain, moderateAcheRegion } from './soreness-kinds';
import { planLoadsArea, TRAIN_INSTEAD_ORDER } from './training-regions';

/** What the area rules need to know beyond the one sore area they look at. */
export interface AreaContext {
  /** Today's plan; undefined when the plan is unknown. */
  plannedFocus: PlannedFocus | undefined;
  /** Regions some sore area keeps off limits (so they are never offered instead). */
  blockedRegions: ReadonlySet<TrainingRegion>;
}

export type AreaRule = (entry: Soreness, context: AreaContext) => VerdictFinding | undefined;

const WARM_UP: Suggestion = { kind: 'warm-up-cool-down' };

/** A known plan that does not load this area; an unknown plan might. */
function planElsewhere(entry: Soreness, context: AreaContext): boolean {
  return context.plannedFocus !== undefined && !planLoadsArea(context.plannedFocus, entry.area);
}

/** R2 — NHS; DOMS resolves within 5–7 days: pain getting worse, or lasting more than 7 days. */
export const worseningOrLongLasting: AreaRule = (entry) =>
  entry.worsening === true || (entry.days ?? 0) > 7
    ? {
        reason: { rule: 'R2', verdict: 'see-professional', area: entry.area },
        suggestions: [{ kind: 'see-professional', who: 'doctor' }],
      }
    : undefined;

/** R3 — the article + tendon pain-monitoring model: sharp or joint/tendon pain at 4/10 or more. */
export const sharpOrJointPainModerateOrWorse: AreaRule = (entry) =>
  isSharpOrJointPain(entry) && entry.severity >= 4
    ? {
        reason: { rule: 'R3', verdict: 'see-professional', area: entry.area },
        suggestions: [{ kind: 'see-professional', who: 'physio-or-doctor' }],
      }
    : undefined;

/** R4 — the article: sharp or joint/tendon pain below 4/10 means pause completely and watch it. */
export const sharpOrJointPainMild: AreaRule = (entry) =>
  isSharpOrJointPain(entry) && severityBand(entry.severity) === 'mild'
    ? {
        reason: { rule: 'R4', verdict: 'rest', area: entry.area },
        suggestions: [{ kind: 'pause-and-monitor', days: 3 }],
      }
    : undefined;

/** R5 — the article: severe dull soreness, or soreness that limits movement, means rest. */
export const severeOrLimitingSoreness: AreaRule = (entry) =>
  isMuscleAche(entry, 'severe') || entry.limitsMovement === true
    ? {
        reason: { rule: 'R5', verdict: 'rest', area: entry.area },
        suggestions: [{ kind: 'light-walking-only' }],
      }
    : undefined;

/** R6 — the article: moderate dull soreness all over calls for active recovery. */
export const moderateWholeBodyAche: AreaRule = (entry) =>
  isMuscleAche(entry, 'moderate') && entry.area === 'whole-body'
    ? {
        reason: { rule: 'R6', verdict: 'active-recovery', area: entry.area },
        suggestions: [{ kind: 'active-recovery', options: ACTIVE_RECOVERY_OPTIONS }],
      }
    : undefined;

/** R7 — the article: moderate dull soreness where the plan (or an unknown plan) would load it. */
export const moderateAcheInPlannedRegion: AreaRule = (entry, context) => {
  const region = moderateAcheRegion(entry);
  if (region === undefined || planElsewhere(entry, context)) return undefined;
  const regions = TRAIN_INSTEAD_ORDER[region].filter((each) => !context.blockedRegions.has(each));
  return {
    reason: { rule: 'R7', verdict: 'modify', area: entry.area },
    // With every region sore there is nowhere else to go: only lighter.
    suggestions:
      regions.length > 0
        ? [{ kind: 'train-instead', regions }, { kind: 'lower-intensity' }]
        : [{ kind: 'lower-intensity' }],
  };
};

/** R8 — the article: moderate dull soreness away from today's plan; the plan already alternates. */
export const moderateAcheOutsidePlan: AreaRule = (entry, context) => {
  const region = moderateAcheRegion(entry);
  return region !== undefined && planElsewhere(entry, context)
    ? { reason: { rule: 'R8', verdict: 'train', area: entry.area }, suggestions: [WARM_UP] }
    : undefined;
};

/** R9 — the article: mild dull soreness (or none) is fine to train; gentle movement eases stiffness. */
export const mildOrNoSoreness: AreaRule = (entry) =>
  severityBand(entry.severity) === 'none' || isMuscleAche(entry, 'mild')
    ? { reason: { rule: 'R9', verdict: 'train', area: entry.area }, suggestions: [WARM_UP] }
    : undefined;

/** R10 — the article: soreness lasting 4–7 days means at least modify and review the load with a coach. */
export const soreForDays: AreaRule = (entry) =>
  entry.days !== undefined && entry.days >= 4 && entry.days <= 7
    ? {
        reason: { rule: 'R10', verdict: 'modify', area: entry.area },
        suggestions: [{ kind: 'review-with-coach' }],
      }
    : undefined;

/** Every rule that looks at one sore area, in the order of docs/rules.md. */
export const AREA_RULES: readonly AreaRule[] = [
  worseningOrLongLasting,
  sharpOrJointPainModerateOrWorse,
  sharpOrJointPainMild,
  severeOrLimitingSoreness,
  moderateWholeBodyAche,
  moderateAcheInPlannedRegion,
  moderateAcheOutsidePlan,
  mildOrNoSoreness,
  soreForDays,
];

export function evaluateArea(entry: Soreness, context: AreaContext): VerdictFinding[] {
  return AREA_RULES.flatMap((rule) => rule(entry, context) ?? []);
}
