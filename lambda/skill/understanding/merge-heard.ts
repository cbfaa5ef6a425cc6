import type { Heard } from './heard';

/**
 * Both lists without repeats, in order. Most readings merged hold nothing of a kind (a request
 * is read slot by slot), so an empty side costs no new list: the reader runs every turn.
 */
function union<T>(into: T[], from: readonly T[]): T[] {
  if (from.length === 0) return into;
  if (into.length === 0) return [...new Set(from)];
  return [...new Set([...into, ...from])];
}

/**
 * Two readings of one request as one (the intent's own fact, each slot's value, the words of
 * the slots Alexa could not resolve), each fact the safer way where they differ: the sharper
 * pain, the higher rating, the longer duration, the shorter night, worse over better.
 */
export function mergeHeard(into: Heard, from: Heard): Heard {
  const merged: Heard = {
    ...from,
    ...into,
    areas: union(into.areas, from.areas),
    signs: union(into.signs, from.signs),
    concern: into.concern || from.concern,
    unplaced: from.unplaced.length === 0 ? into.unplaced : [...into.unplaced, ...from.unplaced],
  };
  const either = (a: boolean | undefined, b: boolean | undefined) =>
    a === undefined ? b : b === undefined ? a : a || b;
  const pick = (a: number | undefined, b: number | undefined, choose: typeof Math.max) =>
    a === undefined ? b : b === undefined ? a : choose(a, b);
  const feel = into.feel === 'sharp' || from.feel === 'sharp' ? 'sharp' : (into.feel ?? from.feel);
  const severity = pick(into.severity, from.severity, Math.max);
  const days = pick(into.days, from.days, Math.max);
  const sleepHours = pick(into.sleepHours, from.sleepHours, Math.min);
  const worsening = either(into.worsening, from.worsening);
  const limitsMovement = either(into.limitsMovement, from.limitsMovement);
  if (feel !== undefined) merged.feel = feel;
  if (severity !== undefined) merged.severity = severity;
  if (days !== undefined) merged.days = days;
  if (sleepHours !== undefined) merged.sleepHours = sleepHours;
  if (worsening !== undefined) merged.worsening = worsening;
  if (limitsMovement !== undefined) merged.limitsMovement = limitsMovement;
  // Each area's own rating, by its place among the areas merged.
  const own = (heard: Heard, id: Heard['areas'][number]) =>
    heard.areaSeverities?.[heard.areas.indexOf(id)];
  const areaSeverities = merged.areas.map((id) => pick(own(into, id), own(from, id), Math.max));
  if (areaSeverities.some((value) => value !== undefined)) merged.areaSeverities = areaSeverities;
  else delete merged.areaSeverities;
  // Where one reading heard doubt, the request is no clear yes or no.
  if (into.reply === 'unsure' || from.reply === 'unsure') merged.reply = 'unsure';
  return merged;
}
