import type { HandlerInput } from 'ask-sdk-core';
import {
  BODY_AREAS,
  FEELS,
  HYDRATION_LEVELS,
  PLANNED_FOCUSES,
  RED_FLAGS,
  type RedFlag,
  SEVERITY_WORD_IDS,
  SEVERITY_WORD_LEVELS,
} from '../../core';
import { readNumber, readSlotId, type SlotReading } from '../slots';
import { PHRASES } from '../speech/en-US';
import { userText } from '../speech/user-text';
import { areaMissing, withArea, withRedFlags } from './draft-updates';
import { type Conversation, type Draft, type Question, SLEEP_QUALITIES } from './state';

/** What one utterance did to the check. */
export type Outcome =
  | { kind: 'changed'; draft: Draft; pending?: Question | null }
  | { kind: 'unchanged' }
  /** Heard something we cannot use: say why, then re-ask. */
  | { kind: 'problem'; say: string }
  /** The user declined a follow-up: end politely. */
  | { kind: 'decline' };

export type Answer = (input: HandlerInput, conversation: Conversation) => Outcome;

const DURATION_DAYS = {
  today: 0,
  yesterday: 1,
  'couple-of-days': 2,
  'few-days': 3,
  week: 7,
  'over-a-week': 8,
} as const;
const DURATION_IDS = Object.keys(DURATION_DAYS) as (keyof typeof DURATION_DAYS)[];

const unchanged: Outcome = { kind: 'unchanged' };
const changed = (draft: Draft, pending?: Question | null): Outcome => ({
  kind: 'changed',
  draft,
  pending,
});
const problem = (say: string): Outcome => ({ kind: 'problem', say });

function numberInRange(
  reading: SlotReading<number>,
  min: number,
  max: number,
): number | Outcome | undefined {
  if (reading.kind === 'absent') return undefined;
  if (reading.kind === 'unusable') return problem(PHRASES.notUnderstood);
  if (!Number.isInteger(reading.value) && max === 10) return problem(PHRASES.outOfRange);
  if (reading.value < min || reading.value > max) return problem(PHRASES.outOfRange);
  return reading.value;
}

function readSeverity(input: HandlerInput, slot = 'severity'): number | Outcome | undefined {
  const fromNumber = numberInRange(readNumber(input, slot), 0, 10);
  if (fromNumber !== undefined) return fromNumber;
  const word = readSlotId(input, 'severityWord', SEVERITY_WORD_IDS);
  if (word.kind === 'value') return SEVERITY_WORD_LEVELS[word.value];
  if (word.kind === 'unusable') return problem(PHRASES.notUnderstood);
  return undefined;
}

const isOutcome = (value: unknown): value is Outcome => typeof value === 'object' && value !== null;

/** Everything the user may volunteer in one go: "my knee hurts, can I run". */
export const applyCheckIn: Answer = (input, { draft }) => {
  let next = draft;
  const area = readSlotId(input, 'area', BODY_AREAS);
  const otherArea = readSlotId(input, 'otherArea', BODY_AREAS);
  const feel = readSlotId(input, 'feel', FEELS);
  const severity = readSeverity(input);
  if (isOutcome(severity)) return severity;
  if (area.kind === 'unusable') return problem(PHRASES.unknownArea(userText(area.heard)));
  const feelValue = feel.kind === 'value' ? feel.value : undefined;
  if (area.kind === 'value') next = withArea(next, area.value, feelValue, severity);
  if (otherArea.kind === 'value') next = withArea(next, otherArea.value, feelValue);
  const sleep = numberInRange(readNumber(input, 'sleepHours'), 0, 24);
  if (isOutcome(sleep)) return sleep;
  if (sleep !== undefined) next = { ...next, sleepHours: sleep };
  const focus = readSlotId(input, 'focus', PLANNED_FOCUSES);
  if (focus.kind === 'value') next = { ...next, plannedFocus: focus.value };
  return next === draft ? unchanged : changed(next);
};

export const applyNotSore: Answer = (_input, { draft }) =>
  draft.areas.length === 0 ? changed({ ...draft, notSore: true }) : unchanged;

export const applyFeel: Answer = (input, { draft }) => {
  const feel = readSlotId(input, 'feel', FEELS);
  const target = areaMissing(draft, 'feel') ?? draft.areas.at(-1);
  if (feel.kind === 'unusable') return problem(PHRASES.notUnderstood);
  if (feel.kind === 'absent' || !target) return unchanged;
  return changed(withArea(draft, target.area, feel.value));
};

function withSeverity(draft: Draft, severity: number): Outcome {
  const target = areaMissing(draft, 'severity');
  return target ? changed(withArea(draft, target.area, undefined, severity)) : unchanged;
}

export const applySeverity: Answer = (input, { draft }) => {
  const severity = readSeverity(input);
  if (isOutcome(severity)) return severity;
  return severity === undefined ? unchanged : withSeverity(draft, severity);
};

/** "Four and a half days" counts as four whole days: the rules and the state count days whole. */
function withDays(draft: Draft, days: number): Outcome {
  return changed({ ...draft, days: Math.floor(days) });
}

/** A bare number means whatever the skill just asked for. */
export const applyNumber: Answer = (input, { draft, pending }) => {
  const reading = readNumber(input, 'number');
  if (pending === 'severity') {
    const severity = numberInRange(reading, 0, 10);
    if (isOutcome(severity)) return severity;
    return severity === undefined ? unchanged : withSeverity(draft, severity);
  }
  if (pending === 'days') {
    const days = numberInRange(reading, 0, 365);
    if (isOutcome(days)) return days;
    return days === undefined ? unchanged : withDays(draft, days);
  }
  if (pending === 'sleep') {
    const hours = numberInRange(reading, 0, 24);
    if (isOutcome(hours)) return hours;
    return hours === undefined ? unchanged : changed({ ...draft, sleepHours: hours });
  }
  return unchanged;
};

export const applyDays: Answer = (input, { draft }) => {
  const days = numberInRange(readNumber(input, 'days'), 0, 365);
  if (isOutcome(days)) return days;
  if (days !== undefined) return withDays(draft, days);
  const duration = readSlotId(input, 'duration', DURATION_IDS);
  if (duration.kind === 'value') return withDays(draft, DURATION_DAYS[duration.value]);
  return duration.kind === 'unusable' ? problem(PHRASES.notUnderstood) : unchanged;
};

export const applyMovementLimit: Answer = (_input, { draft }) =>
  changed({ ...draft, limitsMovement: true });

export const applyGettingWorse: Answer = (_input, { draft }) =>
  changed({ ...draft, worsening: true });

export const applyHardSession: Answer = (_input, { draft }) =>
  changed({ ...draft, hardSession: true });

export const applyAlwaysSore: Answer = (_input, { draft }) =>
  changed({ ...draft, alwaysSore: true });

export const applyRedFlag: Answer = (input, { draft, pending }) => {
  const flags: RedFlag[] = [];
  for (const name of ['redFlag', 'otherRedFlag']) {
    const flag = readSlotId(input, name, RED_FLAGS);
    if (flag.kind === 'value') flags.push(flag.value);
  }
  if (flags.length === 0) {
    return readSlotId(input, 'redFlag', RED_FLAGS).kind === 'unusable'
      ? problem(PHRASES.notUnderstood)
      : unchanged;
  }
  return changed(withRedFlags(draft, flags), pending === 'redFlagWhich' ? null : undefined);
};

export const applySleep: Answer = (input, { draft }) => {
  const hours = numberInRange(readNumber(input, 'sleepHours'), 0, 24);
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
  const hydration = readSlotId(input, 'hydration', HYDRATION_LEVELS);
  if (hydration.kind === 'unusable') return problem(PHRASES.notUnderstood);
  return hydration.kind === 'value' ? changed({ ...draft, hydration: hydration.value }) : unchanged;
};

export const applyFocus: Answer = (input, { draft }) => {
  const focus = readSlotId(input, 'focus', PLANNED_FOCUSES);
  return focus.kind === 'value' ? changed({ ...draft, plannedFocus: focus.value }) : unchanged;
};

const SKIPPABLE: readonly Question[] = ['days', 'limits', 'redFlags', 'redFlagWhich'];

export const applySkip: Answer = (_input, { draft, pending, adviceGiven }) => {
  if (adviceGiven) return { kind: 'decline' };
  if (pending === 'feel') {
    const target = areaMissing(draft, 'feel');
    // An unclear pain type is read as sharp, the safer reading (DESIGN.md §2).
    return target ? changed(withArea(draft, target.area, 'sharp')) : unchanged;
  }
  if (pending && SKIPPABLE.includes(pending)) {
    const question = pending === 'redFlagWhich' ? 'redFlags' : pending;
    return changed({ ...draft, skipped: [...new Set([...draft.skipped, question])] }, null);
  }
  return unchanged;
};

export const applyYes: Answer = (_input, { draft, pending }) => {
  if (pending === 'limits') return changed({ ...draft, limitsMovement: true });
  if (pending === 'redFlags') return changed(draft, 'redFlagWhich');
  if (pending === 'hydration') return changed({ ...draft, hydration: 'good' });
  return unchanged;
};

export const applyNo: Answer = (input, conversation) => {
  const { draft, pending, adviceGiven } = conversation;
  if (adviceGiven || pending === null) return { kind: 'decline' };
  if (pending === 'limits') return changed({ ...draft, limitsMovement: false });
  if (pending === 'redFlags' || pending === 'redFlagWhich')
    return changed({ ...draft, redFlags: draft.redFlags ?? [] }, null);
  if (pending === 'area') return applyNotSore(input, conversation);
  return unchanged;
};
