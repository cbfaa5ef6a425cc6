import type { BodyArea, Feel, RedFlag } from '../../core';
import type { HeardArea } from './area-words';
import type { Draft, SoreArea } from './state';

const MAX_AREAS = 4;

/** Adds an area, or fills in what is missing on one already named. */
export function withArea(
  draft: Draft,
  heard: BodyArea | HeardArea,
  feel?: Feel,
  severity?: number,
): Draft {
  const { area, unclear } = typeof heard === 'string' ? { area: heard, unclear: undefined } : heard;
  const existing = draft.areas.find((entry) => entry.area === area);
  const merged: SoreArea = {
    ...existing,
    area,
    ...(feel && { feel, feelAssumed: undefined }),
    ...(severity !== undefined && { severity }),
    ...(unclear && !existing && { unclear }),
  };
  if (merged.feelAssumed === undefined) delete merged.feelAssumed;
  // A clear word for an area that was unclear ("my pecs" after "my chest") settles it.
  if (typeof heard !== 'string' && existing?.unclear && !unclear) delete merged.unclear;
  if (existing) return replaceArea(draft, existing, merged);
  if (draft.areas.length >= MAX_AREAS) return draft;
  return { ...draft, notSore: undefined, areas: [...draft.areas, merged] };
}

export function replaceArea(draft: Draft, existing: SoreArea, next: SoreArea): Draft {
  return { ...draft, areas: draft.areas.map((entry) => (entry === existing ? next : entry)) };
}

/** An unclear feel is read as sharp, the safer reading, and remembered as assumed. */
export function withAssumedSharp(draft: Draft, target: SoreArea): Draft {
  return replaceArea(draft, target, { ...target, feel: 'sharp', feelAssumed: true });
}

/** The area the check is asking about: the first one still missing the given field. */
export function areaMissing(draft: Draft, field: 'feel' | 'severity'): SoreArea | undefined {
  return draft.areas.find((entry) => entry[field] === undefined);
}

/**
 * Adds warning signs. Chest pain replaces a chest that was waiting for the chest question: what
 * the user described is a warning sign, not soreness.
 */
export function withRedFlags(draft: Draft, flags: readonly RedFlag[]): Draft {
  if (flags.length === 0) return draft;
  const areas = flags.includes('chest-pain')
    ? draft.areas.filter((entry) => entry.unclear !== 'chest')
    : draft.areas;
  return { ...draft, areas, redFlags: [...new Set([...(draft.redFlags ?? []), ...flags])] };
}
