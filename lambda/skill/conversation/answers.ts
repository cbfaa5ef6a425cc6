import type { HandlerInput } from 'ask-sdk-core';
import {
  FEELS,
  HYDRATION_LEVELS,
  PLANNED_FOCUSES,
  RED_FLAGS,
  type RedFlag,
  SEVERITY_WORD_IDS,
  SEVERITY_WORD_LEVELS,
} from '../../core';
import {
  chestSaidFine,
  namesBruiseOrDrink,
  namesChestUndenied,
  namesUrine,
  normaliseHeard,
  voicesDoubt,
  warningSignsIn,
} from '../safety/warning-words';
import {
  heardSlotValues,
  readNumber,
  readSlotId,
  readSlotValue,
  SIGN_SLOT_NAMES,
  type SlotReading,
} from '../slots';
import { PHRASES } from '../speech/en-US';
import { ADVICE_TOPICS, type AdviceTopic } from '../understanding/heard';
import {
  AREA_SLOT_IDS,
  type AreaSlotId,
  type HeardArea,
  heardArea,
  MUSCLE_READING,
} from './area-words';
import {
  areaMissing,
  replaceArea,
  withArea,
  withAssumedSharp,
  withRedFlags,
} from './draft-updates';
import { daysSince, HALF_IDS, WEEKDAYS } from './durations';
import { areaNamedAmong } from './relisten';
import {
  type Conversation,
  type Draft,
  type Question,
  SLEEP_QUALITIES,
  type SoreArea,
} from './state';
import { hydrationFromAmount, WATER_COUNTS, WATER_UNITS } from './water';

/** What one utterance did to the check. */
export type Outcome =
  | { kind: 'changed'; draft: Draft; pending?: Question | null; note?: string }
  | { kind: 'unchanged' }
  /** Heard something we cannot use: say why, then re-ask. */
  | { kind: 'problem'; say: string }
  /** The user declined a follow-up: end politely. */
  | { kind: 'decline' }
  /** A question about the advice itself: answer it, then carry on. */
  | { kind: 'question'; topic: AdviceTopic };

export type Answer = (input: HandlerInput, conversation: Conversation) => Outcome;

export { ADVICE_TOPICS, type AdviceTopic };

export const DURATION_DAYS = {
  today: 0,
  yesterday: 1,
  'couple-of-days': 2,
  'few-days': 3,
  week: 7,
  'over-a-week': 8,
} as const;
const DURATION_IDS = Object.keys(DURATION_DAYS) as (keyof typeof DURATION_DAYS)[];
const TRENDS = ['worse', 'better'] as const;
const SITES = ['joint', 'muscle'] as const;

const unchanged: Outcome = { kind: 'unchanged' };
export const changed = (draft: Draft, pending?: Question | null, note?: string): Outcome => ({
  kind: 'changed',
  draft,
  ...(pending !== undefined && { pending }),
  ...(note !== undefined && { note }),
});
const problem = (say: string): Outcome => ({ kind: 'problem', say });
const isOutcome = (value: unknown): value is Outcome =>
  typeof value === 'object' && value !== null && 'kind' in value;

function numberInRange(
  reading: SlotReading<number>,
  min: number,
  max: number,
): number | Outcome | undefined {
  if (reading.kind === 'absent') return undefined;
  if (reading.kind === 'unusable') return problem(PHRASES.notUnderstood);
  if (reading.value < min || reading.value > max) return problem(PHRASES.outOfRange(max));
  return reading.value;
}

/** "Six or seven" is the higher: a rating between two numbers is read the safer way. */
function ratingFrom(
  input: HandlerInput,
  slot: string,
  other: string,
): number | Outcome | undefined {
  const first = numberInRange(readNumber(input, slot), 0, 10);
  const second = numberInRange(readNumber(input, other), 0, 10);
  if (isOutcome(first)) return first;
  if (isOutcome(second)) return second;
  const highest = Math.max(first ?? -1, second ?? -1);
  // A half point is rounded up: "six and a half" sits past six.
  const half = readSlotId(input, 'fraction', HALF_IDS).kind === 'value' ? 0.5 : 0;
  return highest < 0 ? undefined : Math.min(10, Math.ceil(highest + half));
}

/**
 * The rating. `strict` when it answers "how bad is it?", so a word that is no rating gets a
 * re-ask; in a first sentence such a word is left out and the rating asked later, keeping the
 * rest of what was said.
 */
function readSeverity(input: HandlerInput, strict: boolean): number | Outcome | undefined {
  const fromNumber = ratingFrom(input, 'severity', 'otherSeverity');
  if (fromNumber !== undefined) return fromNumber;
  const word = readSlotId(input, 'severityWord', SEVERITY_WORD_IDS);
  if (word.kind === 'value') return SEVERITY_WORD_LEVELS[word.value];
  if (word.kind === 'unusable' && strict) return problem(PHRASES.notUnderstood);
  return undefined;
}

/** Hours slept; "six or seven" is the lower, since less sleep is the safer reading. */
function readSleepHours(input: HandlerInput, slot: string): number | Outcome | undefined {
  const first = numberInRange(readNumber(input, slot), 0, 24);
  const second = numberInRange(readNumber(input, 'otherHours'), 0, 24);
  if (isOutcome(first)) return first;
  if (isOutcome(second)) return second;
  if (first === undefined) return undefined;
  const half = readSlotId(input, 'fraction', HALF_IDS).kind === 'value' ? 0.5 : 0;
  return Math.min(24, Math.min(first, second ?? first) + half);
}

/** How long, from any of the ways people say it; undefined when none was said. */
function readDays(input: HandlerInput): number | Outcome | undefined {
  const days = numberInRange(readNumber(input, 'days'), 0, 365);
  if (days !== undefined) return isOutcome(days) ? days : Math.floor(days);
  const weeks = numberInRange(readNumber(input, 'weeks'), 0, 52);
  if (weeks !== undefined) return isOutcome(weeks) ? weeks : Math.floor(weeks * 7);
  const weekday = readSlotId(input, 'weekday', WEEKDAYS);
  if (weekday.kind === 'value') {
    return daysSince(weekday.value, input.requestEnvelope.request.timestamp);
  }
  const duration = readSlotId(input, 'duration', DURATION_IDS);
  if (duration.kind === 'value') return DURATION_DAYS[duration.value];
  if (weekday.kind === 'unusable' || duration.kind === 'unusable')
    return problem(PHRASES.notUnderstood);
  return undefined;
}

/** Tightness, pressure, heaviness or a sharp pain in the chest: the chest-pain sign (R1). */
function chestFeelIsWarning(input: HandlerInput): boolean {
  const feel = readSlotId(input, 'feel', FEELS);
  if (feel.kind === 'value' && feel.value === 'sharp') return true;
  const heard = readSlotValue(input, 'feel');
  return heard !== undefined && warningSignsIn(`chest ${heard}`).includes('chest-pain');
}

/**
 * The area as heard. Words around "chest" that the model could not place ("my chest during
 * the workout") are still the chest: never "I don't know that part of the body" for it.
 */
function readArea(input: HandlerInput, slot: string): SlotReading<AreaSlotId> {
  const reading = readSlotId(input, slot, AREA_SLOT_IDS);
  return reading.kind === 'unusable' && /\bchest\b/i.test(reading.heard)
    ? { kind: 'value', value: 'chest-unclear' }
    : reading;
}

/**
 * A chest named with a training cause ("sore from bench", "after a hard session", "the muscle")
 * is the muscle: no question. A plan is no cause ("my chest hurts, can I work out?"), and neither
 * is "during my workout": chest pain while exercising is exactly what the question is for.
 */
function trainingContext(input: HandlerInput): boolean {
  return (
    readSlotId(input, 'session', ['hard']).kind === 'value' ||
    readSlotId(input, 'site', SITES).kind === 'value' ||
    heardSlotValues(input).some((heard) => CHEST_EXERCISES.test(heard))
  );
}

/** Chest exercises named anywhere in the words ("sore from bench", "after push ups"). */
const CHEST_EXERCISES = /\b(bench|benching|bench press|push ?ups|dips|flyes|flies|chest day)\b/i;

/** "My chest is | fine, it's my back that's sore": the chest ruled out, not felt. */
function chestSaidFineIn(input: HandlerInput): boolean {
  const feeling = readSlotValue(input, 'chestFeeling');
  return feeling !== undefined && chestSaidFine(feeling);
}

/** The chest ruled out: the unclear chest goes, and a place named among the words is kept. */
function withoutUnclearChest(draft: Draft, input: HandlerInput): Draft {
  const rest = { ...draft, areas: draft.areas.filter((entry) => entry.unclear !== 'chest') };
  const id = areaNamedAmong(heardSlotValues(input));
  const known = AREA_SLOT_IDS.find((candidate) => candidate === id);
  return known ? withArea(rest, heardArea(known)) : rest;
}

/** Everything the user may volunteer in one go: "my knee hurts, can I run". */
export const applyCheckIn: Answer = (input, { draft, pending }) => {
  const muscleContext = trainingContext(input);
  // "From bench press" in answer to the chest question: training context means the muscle.
  let next = pending === 'chest' && muscleContext ? settleChestAsMuscle(draft) : draft;
  const chestFine = chestSaidFineIn(input);
  // "My chest is fine, it's my back": no chest at all, and the place said beside it kept.
  if (chestFine) next = withoutUnclearChest(next, input);
  const area = readArea(input, 'area');
  const otherArea = readArea(input, 'otherArea');
  const feel = readSlotId(input, 'feel', FEELS);
  const severity = readSeverity(input, false);
  if (isOutcome(severity)) return severity;
  const flags = namedRedFlags(input, pending === 'redFlags');
  // Beside a warning sign or a second area, words that are not a body part are no reason to
  // stop and re-ask: what was understood is kept.
  if (area.kind === 'unusable' && flags.length === 0 && otherArea.kind !== 'value')
    return problem(PHRASES.unknownArea);
  const feelValue = feel.kind === 'value' ? feel.value : undefined;
  for (const reading of [area, otherArea]) {
    if (reading.kind !== 'value') continue;
    const heard = heardArea(reading.value);
    if (heard.unclear === 'chest' && chestFeelIsWarning(input)) {
      // "My chest is tight": tightness, pressure or heaviness in the chest is the warning sign.
      next = withRedFlags(next, ['chest-pain']);
      continue;
    }
    const settled = heard.unclear === 'chest' && muscleContext ? { area: heard.area } : heard;
    next = withArea(next, settled, feelValue, reading === area ? severity : undefined);
  }
  next = withRedFlags(next, flags);
  const facts = volunteeredFacts(input, next);
  return isOutcome(facts) ? facts : facts === draft ? unchanged : changed(facts);
};

/** Sleep, plan, duration, trend, a hard session and water said in the same breath. */
function volunteeredFacts(input: HandlerInput, draft: Draft): Draft | Outcome {
  let next = draft;
  const sleep = readSleepHours(input, 'sleepHours');
  if (isOutcome(sleep)) return sleep;
  if (sleep !== undefined) next = { ...next, sleepHours: sleep };
  const days = readDays(input);
  if (isOutcome(days)) return days;
  if (days !== undefined) next = { ...next, days };
  const focus = readSlotId(input, 'focus', PLANNED_FOCUSES);
  if (focus.kind === 'value') next = { ...next, plannedFocus: focus.value };
  const trend = readSlotId(input, 'trend', TRENDS);
  if (trend.kind === 'value') next = { ...next, worsening: trend.value === 'worse' };
  if (readSlotId(input, 'session', ['hard']).kind === 'value')
    next = { ...next, hardSession: true };
  const hydration = readSlotId(input, 'hydration', HYDRATION_LEVELS);
  if (hydration.kind === 'value') next = { ...next, hydration: hydration.value };
  return next;
}

export const applyNotSore: Answer = (_input, { draft }) =>
  draft.areas.length === 0 ? changed({ ...draft, notSore: true }) : unchanged;

/**
 * Before any area, a pain type or rating said with the place in the same breath ("my knee,
 * it's a sharp pain when I bend it", heard as the pain type) keeps the place and the fact.
 */
function areaSaidAlongside(input: HandlerInput, draft: Draft): HeardArea | undefined {
  if (draft.areas.length > 0) return undefined;
  const id = areaNamedAmong(heardSlotValues(input));
  const known = AREA_SLOT_IDS.find((candidate) => candidate === id);
  return known && heardArea(known);
}

export const applyFeel: Answer = (input, { draft }) => {
  const feel = readSlotId(input, 'feel', FEELS);
  if (feel.kind === 'unusable') return problem(PHRASES.notUnderstood);
  if (feel.kind === 'absent') return unchanged;
  const target = areaMissing(draft, 'feel') ?? draft.areas.at(-1);
  if (target) return changed(withArea(draft, target.area, feel.value));
  // "Sharp stabbing in my chest" before any area: a sharp pain in the chest is the sign.
  if (feel.value === 'sharp' && heardSlotValues(input).some(namesChestUndenied))
    return changed(withRedFlags(draft, ['chest-pain']));
  const alongside = areaSaidAlongside(input, draft);
  return alongside ? changed(withArea(draft, alongside, feel.value)) : unchanged;
};

function withSeverity(input: HandlerInput, draft: Draft, severity: number): Outcome {
  const target = areaMissing(draft, 'severity');
  if (target) return changed(withArea(draft, target.area, undefined, severity));
  const alongside = areaSaidAlongside(input, draft);
  return alongside ? changed(withArea(draft, alongside, undefined, severity)) : unchanged;
}

/** A rating word to the safety question ("a bit", "kind of, I guess"): matched or not, a yes. */
function hedgedYes(input: HandlerInput): boolean {
  if (readSlotId(input, 'severityWord', SEVERITY_WORD_IDS).kind === 'value') return true;
  const words = normaliseHeard(readSlotValue(input, 'severityWord') ?? '');
  return /\b(a bit|a little|kind of|sort of|slightly|somewhat)\b/.test(words);
}

export const applySeverity: Answer = (input, { draft, pending }) => {
  // "Kind of", "a bit" to the safety question is a hedged yes: a sign, as "yes" is.
  if (pending === 'redFlags' && hedgedYes(input))
    return changed({ ...draft, warningSignReported: true }, null);
  const severity = readSeverity(input, true);
  if (isOutcome(severity)) return severity;
  return severity === undefined ? unchanged : withSeverity(input, draft, severity);
};

/** A bare number means whatever the skill just asked for. */
export const applyNumber: Answer = (input, { draft, pending }) => {
  if (pending === 'severity') {
    const severity = ratingFrom(input, 'number', 'otherNumber');
    if (isOutcome(severity)) return severity;
    return severity === undefined ? unchanged : withSeverity(input, draft, severity);
  }
  if (pending === 'days') {
    const days = numberInRange(readNumber(input, 'number'), 0, 365);
    if (isOutcome(days)) return days;
    return days === undefined ? unchanged : changed({ ...draft, days: Math.floor(days) });
  }
  if (pending === 'sleep') {
    const hours = readSleepHours(input, 'number');
    if (isOutcome(hours)) return hours;
    return hours === undefined ? unchanged : changed({ ...draft, sleepHours: hours });
  }
  return unchanged;
};

export const applyDays: Answer = (input, { draft }) => {
  const days = readDays(input);
  if (isOutcome(days)) return days;
  return days === undefined ? unchanged : changed({ ...draft, days });
};

/**
 * A movement limit. Said to the safety question, which ends "…or can't move it?", what someone
 * cannot do answers it: a yes, as "yes" itself is (the safer reading of "I can't really move my
 * arm").
 */
export const applyMovementLimit: Answer = (_input, { draft, pending }) =>
  pending === 'redFlags'
    ? changed({ ...draft, limitsMovement: true, warningSignReported: true }, null)
    : changed({ ...draft, limitsMovement: true });

export const applyGettingWorse: Answer = (_input, { draft }) =>
  changed({ ...draft, worsening: true });

export const applyHardSession: Answer = (_input, { draft }) =>
  changed({ ...draft, hardSession: true });

export const applyAlwaysSore: Answer = (_input, { draft }) =>
  changed({ ...draft, alwaysSore: true });

/**
 * A colour alone ("dark", "black") is dark urine, the safer reading, unless it plainly is not:
 * said of a body part or beside a bruise or a drink ("my thigh is dark", "black and blue",
 * "just black coffee"), with no urine word anywhere and not to the safety question, which names
 * dark urine.
 */
const COLOUR_ONLY =
  /^(really |very |almost |dark |weird |reddish |kind of )?(dark|darker|brown|browny|brownish|black|rusty|bloody|red|orange|like cola|like tea|like coke|(cola|tea|coke) colou?red)$/;

/** The warning signs the model resolved in this request's sign slots. */
export function namedRedFlags(input: HandlerInput, askedAboutSigns = false): RedFlag[] {
  const heardValues = heardSlotValues(input);
  const notUrine =
    !askedAboutSigns &&
    !heardValues.some(namesUrine) &&
    (readSlotValue(input, 'area') !== undefined || heardValues.some(namesBruiseOrDrink));
  const flags: RedFlag[] = [];
  for (const name of SIGN_SLOT_NAMES) {
    const flag = readSlotId(input, name, RED_FLAGS);
    if (flag.kind !== 'value') continue;
    const heard = readSlotValue(input, name)?.toLowerCase() ?? '';
    if (flag.value === 'dark-urine' && COLOUR_ONLY.test(heard) && notUrine) continue;
    flags.push(flag.value);
  }
  // Whatever is felt "in my chest" by these carriers is the chest sign, words known or not,
  // unless the words say the chest is fine ("my chest is | fine, it's my back").
  const chestFeeling = readSlotValue(input, 'chestFeeling');
  if (chestFeeling !== undefined && !chestSaidFine(chestFeeling)) flags.push('chest-pain');
  if (readSlotValue(input, 'breathing') !== undefined) flags.push('breathless');
  return flags;
}

export const applySleep: Answer = (input, { draft }) => {
  const hours = readSleepHours(input, 'sleepHours');
  if (isOutcome(hours)) return hours;
  const quality = readSlotId(input, 'sleepQuality', SLEEP_QUALITIES);
  if (hours === undefined && quality.kind !== 'value') return unchanged;
  return changed({
    ...draft,
    ...(hours !== undefined && { sleepHours: hours }),
    ...(quality.kind === 'value' && { sleepQuality: quality.value }),
  });
};

export const applyHydration: Answer = (input, { draft }) => {
  const level = readSlotId(input, 'hydration', HYDRATION_LEVELS);
  if (level.kind === 'value') return changed({ ...draft, hydration: level.value });
  const unit = readSlotId(input, 'container', WATER_UNITS);
  const amount = readNumber(input, 'amount');
  if (unit.kind === 'value') {
    // "A glass" or "a couple of bottles": the count came as a word; with none heard, one.
    const counted = readSlotId(input, 'count', WATER_COUNTS);
    const count =
      amount.kind === 'value' ? amount.value : counted.kind === 'value' ? Number(counted.value) : 1;
    return changed({ ...draft, hydration: hydrationFromAmount(count, unit.value) });
  }
  if (level.kind === 'unusable' || unit.kind === 'unusable' || amount.kind === 'unusable')
    return problem(PHRASES.notUnderstood);
  return unchanged;
};

export const applyFocus: Answer = (input, { draft, pending }) => {
  const focus = readSlotId(input, 'focus', PLANNED_FOCUSES);
  if (focus.kind !== 'value') return unchanged;
  const next = { ...draft, plannedFocus: focus.value };
  // "From bench press" answers the chest question: training context means the muscle.
  return changed(pending === 'chest' ? settleChestAsMuscle(next) : next);
};

/** The chest question or the joint-or-muscle question answered by name. */
export const applySite: Answer = (input, { draft, pending }) => {
  const site = readSlotId(input, 'site', SITES);
  if (site.kind !== 'value')
    return site.kind === 'unusable' ? problem(PHRASES.notUnderstood) : unchanged;
  if (pending === 'chest') {
    return site.value === 'muscle' ? changed(settleChestAsMuscle(draft)) : chestPainToBeSafe(draft);
  }
  const target = unclearJoint(draft);
  if (!target) return unchanged;
  if (site.value === 'joint') return changed(replaceArea(draft, target, withoutUnclear(target)));
  return changed(
    replaceArea(draft, target, {
      ...withoutUnclear(target),
      area: MUSCLE_READING[target.unclear],
    }),
  );
};

/** The singular shoulder or hip still waiting for "joint or muscle?", if there is one. */
function unclearJoint(draft: Draft): (SoreArea & { unclear: 'shoulder' | 'hip' }) | undefined {
  return draft.areas.find(
    (entry): entry is SoreArea & { unclear: 'shoulder' | 'hip' } =>
      entry.unclear === 'shoulder' || entry.unclear === 'hip',
  );
}

function withoutUnclear<T extends { unclear?: unknown }>(entry: T): T {
  const { unclear: _settled, ...rest } = entry;
  return rest as T;
}

export function settleChestAsMuscle(draft: Draft): Draft {
  return {
    ...draft,
    areas: draft.areas.map((entry) => (entry.unclear === 'chest' ? withoutUnclear(entry) : entry)),
  };
}

/** Anything but a clear muscle answer to the chest question is read as chest pain (R1). */
export function chestPainToBeSafe(draft: Draft): Outcome {
  return changed(withRedFlags(draft, ['chest-pain']), null, PHRASES.chestToBeSafe);
}

/** A singular shoulder or hip nobody could place is the joint, the safer reading. */
export function siteToBeSafe(draft: Draft): Outcome {
  const target = unclearJoint(draft);
  if (!target) return unchanged;
  return changed(replaceArea(draft, target, withoutUnclear(target)), null, PHRASES.jointToBeSafe);
}

export const applyQuestion: Answer = (input) => {
  const topic = readSlotId(input, 'topic', ADVICE_TOPICS);
  return topic.kind === 'value' ? { kind: 'question', topic: topic.value } : unchanged;
};

/** "I don't know" to the safety question: no training, and the signs said again (S1). */
export function warningSignsUnclear(draft: Draft): Outcome {
  return changed({ ...draft, warningSignsUnclear: true }, null);
}

/**
 * The two questions whose unclear answer has a safe reading from the first try, so they are
 * settled rather than asked again: the safety question (S1) and the chest question (chest pain).
 */
export function settledAtOnce(question: Question | null, draft: Draft): Outcome | undefined {
  if (question === 'redFlags') return warningSignsUnclear(draft);
  if (question === 'chest') return chestPainToBeSafe(draft);
  return undefined;
}

/** "No" to the safety question: none of the signs. */
function noWarningSigns(draft: Draft): Outcome {
  return changed({ ...draft, redFlags: draft.redFlags ?? [] }, null);
}

const SKIPPABLE: readonly Question[] = ['days', 'limits'];

export const applySkip: Answer = (_input, { draft, pending, adviceGiven }) => {
  if (adviceGiven) return { kind: 'decline' };
  if (pending === 'feel') {
    const target = areaMissing(draft, 'feel');
    return target ? changed(withAssumedSharp(draft, target)) : unchanged;
  }
  const settled = settledAtOnce(pending, draft);
  if (settled) return settled;
  if (pending === 'site') return siteToBeSafe(draft);
  if (pending && SKIPPABLE.includes(pending)) {
    return changed({ ...draft, skipped: [...new Set([...draft.skipped, pending])] }, null);
  }
  return unchanged;
};

export const applyYes: Answer = (_input, { draft, pending }) => {
  if (pending === 'limits') return changed({ ...draft, limitsMovement: true });
  // "Yes" to the safety question is enough: no "which one?" stands between it and help.
  if (pending === 'redFlags') return changed({ ...draft, warningSignReported: true }, null);
  if (pending === 'hydration') return changed({ ...draft, hydration: 'good' });
  return unchanged;
};

/**
 * "No dizziness or anything": a no to the safety question, and to "where are you sore?" a
 * no as well (nowhere). To the movement question, a yes/no question, the "no" answers it
 * whatever reason follows ("no, it's just annoying"); a sign in those words is still heard by
 * the safety net, read with its own denial rule. Said to any other question it answers
 * nothing, so that is asked again.
 */
export const applyDeniedSigns: Answer = (input, conversation) => {
  const { draft, pending } = conversation;
  if (pending === 'limits') return changed({ ...draft, limitsMovement: false });
  // "I'm not sure what counts" is no denial: doubt is never read as "no sign".
  if (pending === 'redFlags')
    return heardSlotValues(input).some(voicesDoubt)
      ? warningSignsUnclear(draft)
      : noWarningSigns(draft);
  return pending === 'area' || pending === null ? applyNotSore(input, conversation) : unchanged;
};

export const applyNo: Answer = (input, conversation) => {
  const { draft, pending, adviceGiven } = conversation;
  if (pending === 'hydration') return changed({ ...draft, hydration: 'low' });
  if (adviceGiven || pending === null) return { kind: 'decline' };
  if (pending === 'limits') return changed({ ...draft, limitsMovement: false });
  if (pending === 'redFlags') return noWarningSigns(draft);
  if (pending === 'area') return applyNotSore(input, conversation);
  if (pending === 'chest') return chestPainToBeSafe(draft);
  return unchanged;
};
