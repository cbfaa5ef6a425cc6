import type { Feel, Hydration, PlannedFocus, RedFlag } from '../../core';
import type { AreaSlotId } from '../conversation/area-words';
import type { Scale } from './scales';

export const ADVICE_TOPICS = [
  'too-sore',
  'harm',
  'duration',
  'gentle',
  'painkillers',
  'stretching',
  'injury',
  'why',
  'instead',
  'doms',
  'recover-faster',
] as const;
export type AdviceTopic = (typeof ADVICE_TOPICS)[number];

export type Reply = 'yes' | 'no' | 'unsure';

/**
 * What one turn's words say, as facts: the one value the conversation reads, whatever intent
 * and slots carried the words. A field is set only when the words state it.
 */
export interface Heard {
  /** Each body area named and not denied, in the order said. */
  areas: AreaSlotId[];
  /** Warning signs said and not denied; what someone cannot do is never read as denied. */
  signs: RedFlag[];
  feel?: Feel;
  /**
   * The highest rating said, on the 0–10 scale: a range and a half read the safer way (the
   * higher, up), and "a two but now an eight" is eight.
   */
  severity?: number;
  /** A number past its scale ("a twelve" out of ten), to be asked again with the scale named. */
  outOfRange?: Scale;
  days?: number;
  worsening?: boolean;
  limitsMovement?: boolean;
  plan?: PlannedFocus;
  /** An unusually hard session named ("ran a marathon"), which makes a red flag plausible. */
  hardSession?: boolean;
  alwaysSore?: boolean;
  notSore?: boolean;
  /** Hours slept; a range is the lower, the safer reading. */
  sleepHours?: number;
  sleepQuality?: 'good' | 'poor';
  water?: Hydration;
  site?: 'joint' | 'muscle';
  question?: AdviceTopic;
  /** Yes, no or unsure, as the answer opens or as it ends up ("yeah nah" is a no). */
  reply?: Reply;
  skip?: boolean;
  /**
   * A built-in intent's command said as the whole answer ("okay thanks bye", "actually, start
   * over"): the intent's name, answered as that intent is.
   */
  command?: string;
  /** Each area's own rating, by its place in `areas`, where one was said right after it. */
  areaSeverities?: Array<number | undefined>;
  /** Words about the body's functions that no fact placed ("my pee looks weird"). */
  concern: boolean;
  /** The words ask something, whether or not a topic was placed ("what if it was a three?"). */
  asks?: boolean;
  /** "Too", "as well": what is said adds to what was said before, and corrects none of it. */
  adds?: boolean;
  /** Words the reader could not place, fillers aside. */
  unplaced: string[];
}
