import { BODY_AREAS, type BodyArea } from '../../core';
import type { UnclearWord } from './state';

/**
 * The SorenessArea slot's ids: the engine's body areas, plus three words that need one
 * clarifying question. Until it is answered, each is read the safer way: a singular shoulder or
 * hip as the joint, a bare chest as the chest (which the chest question settles first).
 */
const UNCLEAR_AREA_IDS = ['shoulder-unclear', 'hip-unclear', 'chest-unclear'] as const;
export const AREA_SLOT_IDS = [...BODY_AREAS, ...UNCLEAR_AREA_IDS] as const;
export type AreaSlotId = (typeof AREA_SLOT_IDS)[number];

export interface HeardArea {
  area: BodyArea;
  unclear?: UnclearWord;
}

const UNCLEAR_READINGS: Readonly<Record<(typeof UNCLEAR_AREA_IDS)[number], Required<HeardArea>>> = {
  'shoulder-unclear': { area: 'shoulder-joint', unclear: 'shoulder' },
  'hip-unclear': { area: 'hip-joint', unclear: 'hip' },
  'chest-unclear': { area: 'chest', unclear: 'chest' },
};

export function heardArea(id: AreaSlotId): HeardArea {
  return id === 'shoulder-unclear' || id === 'hip-unclear' || id === 'chest-unclear'
    ? UNCLEAR_READINGS[id]
    : { area: id };
}

/** The muscle reading of a word that may name a joint: "my shoulder" → the shoulder muscles. */
export const MUSCLE_READING: Readonly<Record<'shoulder' | 'hip', BodyArea>> = {
  shoulder: 'shoulders',
  hip: 'hips',
};
