import type { Conversation, Draft } from '../boundary/schemas';

export const QUESTIONS = [
  'area',
  'feel',
  'severity',
  'days',
  'limits',
  'redFlags',
  /** "Chest muscles from training, or pain, pressure or tightness inside your chest?" */
  'chest',
  /** "In the joint itself, or the muscle around it?" for a singular shoulder or hip. */
  'site',
  'sleep',
  'hydration',
] as const;
export type Question = (typeof QUESTIONS)[number];

export const SLEEP_QUALITIES = ['good', 'poor'] as const;

/** Words that may name a joint or a muscle, or (chest) a muscle or something inside. */
export const UNCLEAR_WORDS = ['shoulder', 'hip', 'chest'] as const;
export type UnclearWord = (typeof UNCLEAR_WORDS)[number];

/** Bumped whenever the shape changes, so an old session starts over instead of misreading. */
export const STATE_VERSION = 4;

export type {
  Conversation,
  Draft,
  LastAdvice,
  SessionAttributes,
  SoreArea,
} from '../boundary/schemas';

export function emptyDraft(): Draft {
  return { areas: [], skipped: [] };
}

export function freshConversation(): Conversation {
  return { draft: emptyDraft(), pending: null, failures: 0, adviceGiven: false };
}
