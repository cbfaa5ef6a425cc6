/**
 * The largest number each kind of answer can be: a rating on the ten-point scale, a duration
 * in days (a year), a night's sleep in hours. A number past its scale is asked again, naming it.
 */
export const SCALE_MAXIMUM = { rating: 10, days: 365, hours: 24 } as const;
export type Scale = keyof typeof SCALE_MAXIMUM;

export function onScale(scale: Scale, value: number): boolean {
  return value >= 0 && value <= SCALE_MAXIMUM[scale];
}
