import { type Advice, VERDICTS, type Verdict } from '../../core';
import { MUSCLE_READING } from './area-words';
import { adviceFor, feelMatters } from './check-in';
import { replaceArea } from './draft-updates';
import type { Draft, Question, SoreArea } from './state';

const rank = (verdict: Verdict) => VERDICTS.indexOf(verdict);

function isModerateOrWorse(draft: Draft): boolean {
  return draft.areas.some((area) => (area.severity ?? 0) >= 4);
}

/**
 * Severe, sharp or in a joint at 4+, long-lasting, getting worse, after an unusually hard
 * session, or when any answer was not understood (docs/safety-screen.md).
 */
function redFlagPlausible(draft: Draft): boolean {
  return (
    draft.hardSession === true ||
    draft.misheard === true ||
    draft.worsening === true ||
    (draft.days ?? 0) >= 4 ||
    draft.areas.some(
      (area) =>
        area.feelAssumed === true ||
        (area.severity ?? 0) >= 7 ||
        (area.feel === 'sharp' && (area.severity ?? 0) > 0) ||
        (!feelMatters(area) && (area.severity ?? 0) >= 4),
    )
  );
}

/** Asked, and answered: "no", a sign, "yes" or an unclear answer (each has its reading). */
export function safetyQuestionAnswered(draft: Draft): boolean {
  return (
    draft.redFlags !== undefined ||
    draft.warningSignReported === true ||
    draft.warningSignsUnclear === true
  );
}

function darkUrineAwaitingPain(draft: Draft): boolean {
  return (
    draft.redFlags?.includes('dark-urine') === true &&
    !draft.areas.some((area) => (area.severity ?? 0) >= 1)
  );
}

function unanswered(draft: Draft, question: Question, value: unknown): boolean {
  return value === undefined && !draft.skipped.includes(question);
}

/**
 * A singular shoulder or hip is read as the joint until the user says otherwise. The question is
 * worth asking only when the muscle reading (at its mildest, a dull ache) would advise otherwise.
 */
function siteCouldChangeVerdict(draft: Draft, area: SoreArea, advice: Advice): boolean {
  if (area.unclear !== 'shoulder' && area.unclear !== 'hip') return false;
  const muscle: SoreArea = {
    area: MUSCLE_READING[area.unclear],
    feel: area.feel ?? 'dull',
    ...(area.severity !== undefined && { severity: area.severity }),
  };
  return adviceFor(replaceArea(draft, area, muscle)).verdict !== advice.verdict;
}

/**
 * The check asks only what can still change the verdict, in the order of docs/conversation.md.
 * `advice` is the engine's advice on this same draft, worked out once per turn by the caller.
 */
export function nextCheckQuestion(draft: Draft, advice: Advice): Question | undefined {
  // Nothing the user could still say outranks an emergency: advise at once.
  if (advice.urgent) return undefined;
  if (draft.areas.some((area) => area.unclear === 'chest')) return 'chest';
  // Already a referral: how it feels or how bad it is could only make it urgent through
  // muscle pain beside dark urine (R1), so nothing else is asked about the soreness.
  const settled = advice.verdict === 'see-professional' && !darkUrineAwaitingPain(draft);
  if (draft.areas.length === 0 && !draft.notSore && !settled) return 'area';
  for (const area of draft.areas) {
    if (!settled && area.feel === undefined && feelMatters(area) && !draft.skipped.includes('feel'))
      return 'feel';
    if (!settled && area.severity === undefined) return 'severity';
    if (siteCouldChangeVerdict(draft, area, advice)) return 'site';
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
  // Only urgent advice goes without the screen: a referral is no answer to whether the pain
  // is urgent (a guessed sharp pain at nine out of ten is still screened).
  if (redFlagPlausible(draft) && !safetyQuestionAnswered(draft)) return 'redFlags';
  return undefined;
}

/** The follow-ups asked with the advice, in the order they are asked. */
export const FOLLOW_UPS = ['sleep', 'hydration'] as const;

/** After the advice: sleep and water, unless already said or skipped, or moot for a referral. */
export function nextFollowUp(draft: Draft, advice: Advice): 'sleep' | 'hydration' | undefined {
  if (advice.verdict === 'see-professional') return undefined;
  // A bad night said in passing ("slept like rubbish") may be under five hours, which changes
  // the verdict (M1): the hours are asked. A good night is answer enough.
  const night = draft.sleepHours ?? (draft.sleepQuality === 'good' ? 'good' : undefined);
  if (unanswered(draft, 'sleep', night)) return 'sleep';
  if (unanswered(draft, 'hydration', draft.hydration)) return 'hydration';
  return undefined;
}

/**
 * A question that fits in the same breath as the one asked, when it is still to come: people
 * answer "how bad, and for how long?" in one go ("about a six, since Tuesday"), a turn saved.
 * Only facts of different shapes are paired, so each answer still has one reading.
 */
export function companionOf(draft: Draft, question: Question): Question | undefined {
  switch (question) {
    case 'feel': {
      const asked = draft.areas.find((area) => area.feel === undefined && feelMatters(area));
      return asked !== undefined && asked.severity === undefined ? 'severity' : undefined;
    }
    case 'severity':
      return unanswered(draft, 'days', draft.days) ? 'days' : undefined;
    case 'days':
      // The limit is asked next anyway when the soreness is moderate and the advice below rest.
      return isModerateOrWorse(draft) &&
        unanswered(draft, 'limits', draft.limitsMovement) &&
        rank(adviceFor(draft).verdict) < rank('rest')
        ? 'limits'
        : undefined;
    case 'sleep':
      return unanswered(draft, 'hydration', draft.hydration) ? 'hydration' : undefined;
    default:
      return undefined;
  }
}

/** The fact a question asks for, as the draft holds it, to tell whether an answer gave it. */
function factAskedBy(draft: Draft, question: Question): unknown {
  switch (question) {
    case 'feel':
      return draft.areas.map((area) => area.feel);
    case 'severity':
      return draft.areas.map((area) => area.severity);
    case 'days':
      return draft.days;
    case 'limits':
      return draft.limitsMovement;
    case 'sleep':
      return [draft.sleepHours, draft.sleepQuality];
    case 'hydration':
      return draft.hydration;
    default:
      return undefined;
  }
}

/** Whether the answer gave the fact a question asks for: it changed between the two drafts. */
export function answeredNow(before: Draft, after: Draft, question: Question): boolean {
  return (
    JSON.stringify(factAskedBy(before, question)) !== JSON.stringify(factAskedBy(after, question))
  );
}
