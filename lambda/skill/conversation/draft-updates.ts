import type { BodyArea, Feel, RedFlag } from '../../core';
import type { Draft, SoreArea } from './state';

const MAX_AREAS = 4;

/** Adds an area, or fills in what is missing on one already named. */
export function withArea(draft: Draft, area: BodyArea, feel?: Feel, severity?: number): Draft {
  const existing = draft.areas.find((entry) => entry.area === area);
  const merged: SoreArea = {
    area,
    ...((feel ?? existing?.feel) && { feel: feel ?? existing?.feel }),
    ...((severity ?? existing?.severity) !== undefined && {
      severity: severity ?? existing?.severity,
    }),
  };
  if (existing) {
    return { ...draft, areas: draft.areas.map((entry) => (entry === existing ? merged : entry)) };
  }
  if (draft.areas.length >= MAX_AREAS) return draft;
  return { ...draft, notSore: undefined, areas: [...draft.areas, merged] };
}

/** The area the check is asking about: the first one still missing the given field. */
export function areaMissing(draft: Draft, field: 'feel' | 'severity'): SoreArea | undefined {
  return draft.areas.find((entry) => entry[field] === undefined);
}

export function withRedFlags(draft: Draft, flags: readonly RedFlag[]): Draft {
  return { ...draft, redFlags: [...new Set([...(draft.redFlags ?? []), ...flags])] };
}
