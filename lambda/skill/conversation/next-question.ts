import { type Advice, VERDICTS, type Verdict } from '../../core';
import { feelMatters } from './check-in';
import type { Draft, Question } from './state';

const rank = (verdict: Verdict) => VERDICTS.indexOf(verdict);

function isModerateOrWorse(draft: Draft): boolean {
  return draft.areas.some((area) => (area.severity ?? 0) >= 4);
}

/** Severe, sharp, long-lasting or after an unusually hard session (DESIGN.md §3). */
function redFlagPlausible(draft: Draft): boolean {
  return (
    draft.hardSession === true ||
    (draft.days ?? 0) >= 4 ||
    draft.areas.some(
      (area) => (area.severity ?? 0) >= 7 || (area.feel === 'sharp' && (area.severity ?? 0) > 0),
    )
  );
}

function unanswered(draft: Draft, question: Question, value: unknown): boolean {
  return value === undefined && !draft.skipped.includes(question);
}

/**
 * The check asks only what can still change the verdict, in the order DESIGN.md §3 gives.
 * `advice` is the engine's advice on this same draft, worked out once per turn by the caller.
 */
export function nextCheckQuestion(draft: Draft, advice: Advice): Question | undefined {
  // Nothing the user could still say outranks an emergency: advise at once.
  if (advice.urgent) return undefined;
  if (draft.areas.length === 0) return draft.notSore ? undefined : 'area';
  for (const area of draft.areas) {
    if (area.feel === undefined && feelMatters(area) && !draft.skipped.includes('feel'))
      return 'feel';
    if (area.severity === undefined) return 'severity';
  }
  const canStillRise = (ceiling: Verdict) => rank(advice.verdict) < rank(ceiling);
  if (
    isModerateOrWorse(draft) &&
    unanswered(draft, 'days', draft.days) &&
    canStillRise('see-professional')
  )
    return 'days';
  if (
    isModerateOrWorse(draft) &&
    unanswered(draft, 'limits', draft.limitsMovement) &&
    canStillRise('rest')
  )
    return 'limits';
  if (
    redFlagPlausible(draft) &&
    unanswered(draft, 'redFlags', draft.redFlags) &&
    canStillRise('see-professional')
  )
    return 'redFlags';
  return undefined;
}

/** After the advice: sleep and water, unless already said or skipped, or moot for a referral. */
export function nextFollowUp(draft: Draft, advice: Advice): 'sleep' | 'hydration' | undefined {
  if (advice.verdict === 'see-professional') return undefined;
  if (unanswered(draft, 'sleep', draft.sleepHours ?? draft.sleepQuality)) return 'sleep';
  if (unanswered(draft, 'hydration', draft.hydration)) return 'hydration';
  return undefined;
}
