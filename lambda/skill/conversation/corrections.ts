import type { Heard } from '../understanding/heard';
import { heardArea } from './area-words';
import { withArea } from './draft-updates';
import type { Draft, SoreArea } from './state';

/**
 * Soreness facts said after the advice, and nothing that answers a follow-up: what the advice
 * said back, corrected or added to. "Eight hours last night, yep" answers the sleep question;
 * its "last night" corrects no duration.
 */
export function correctsSoreness(heard: Heard): boolean {
  const saysSoreness =
    heard.areas.some((id) => id !== 'chest-unclear') ||
    heard.severity !== undefined ||
    heard.feel !== undefined ||
    heard.days !== undefined;
  const answersFollowUp =
    heard.sleepHours !== undefined ||
    heard.sleepQuality !== undefined ||
    heard.water !== undefined ||
    heard.reply === 'yes';
  return saysSoreness && !answersFollowUp;
}

/** Only what was said back is corrected; nothing else of what was heard is taken away. */
export function withoutSoreness(heard: Heard): Heard {
  const { severity: _severity, feel: _feel, days: _days, areaSeverities: _own, ...rest } = heard;
  return { ...rest, areas: heard.areas.filter((id) => id === 'chest-unclear') };
}

/** One value for all the areas, when they share it: what a replacing area takes over. */
function shared<T>(areas: readonly SoreArea[], value: (area: SoreArea) => T): T | undefined {
  const values = new Set(areas.map(value));
  return values.size === 1 ? [...values][0] : undefined;
}

/**
 * Right after the advice said back what it heard ("Sore legs, about a seven, two days"), a fact
 * said again is a correction, lighter or heavier: the user heard the reading and put it right.
 * An area not said back puts itself in place of those that were ("no, my calves", "not arms, my
 * elbow"), keeping what was said of them; with "too" or "as well" it is added ("my back too").
 * An area said back is corrected in place, the others kept ("the back is just a dull ache").
 * Warning signs are never touched here: nothing said can take one back.
 */
export function corrected(heard: Heard, draft: Draft): Draft {
  const areas = heard.areas.filter((id) => id !== 'chest-unclear');
  let next = draft;
  // Only a new area replaces: "my back is more like a three" after legs and back rates the back.
  const named = new Set(areas.map((id) => heardArea(id).area));
  const replaces =
    areas.length > 0 &&
    !heard.adds &&
    draft.areas.some((area) => !named.has(area.area)) &&
    [...named].some((area) => !draft.areas.some((entry) => entry.area === area));
  if (replaces) {
    const feel = shared(draft.areas, (area) => area.feel);
    const severity = shared(draft.areas, (area) => area.severity);
    next = { ...draft, areas: [] };
    for (const id of areas) next = withArea(next, heardArea(id), feel, severity);
  }
  areas.forEach((id, index) => {
    const own = heard.areaSeverities?.[index] ?? heard.severity;
    next = withArea(next, heardArea(id), heard.feel, own);
  });
  if (areas.length === 0 && (heard.severity !== undefined || heard.feel !== undefined)) {
    next = {
      ...next,
      areas: next.areas.map(({ feelAssumed, ...area }) => ({
        ...area,
        ...(heard.feel !== undefined ? { feel: heard.feel } : feelAssumed && { feelAssumed }),
        ...(heard.severity !== undefined && { severity: heard.severity }),
      })),
    };
  }
  if (heard.days !== undefined) next = { ...next, days: heard.days };
  return next;
}
