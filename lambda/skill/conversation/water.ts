import type { Hydration } from '../../core';

/** The WaterUnit slot's ids and their size in millilitres (a US cup and a glass are about 250). */
const UNIT_MILLILITRES = {
  litre: 1000,
  millilitre: 1,
  glass: 250,
  cup: 250,
  bottle: 500,
  ounce: 30,
  pint: 500,
} as const;
export type WaterUnit = keyof typeof UNIT_MILLILITRES;
export const WATER_UNITS = Object.keys(UNIT_MILLILITRES) as WaterUnit[];

/** The WaterCount slot's ids: how many, said as a word ("a", "a couple of", "a few"). */
export const WATER_COUNTS = ['1', '2', '3'] as const;

/**
 * The NHS Eatwell Guide asks for 6 to 8 glasses (about 1.5 to 2 litres) a day. People check in
 * before a workout, part way through the day, so a litre so far counts as on track; less is low,
 * and the advice is to drink before and during the session.
 */
export const ON_TRACK_MILLILITRES = 1000;

export function hydrationFromAmount(count: number, unit: WaterUnit): Hydration {
  return count * UNIT_MILLILITRES[unit] >= ON_TRACK_MILLILITRES ? 'good' : 'low';
}
