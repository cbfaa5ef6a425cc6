export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The SorenessDuration slot's ids, in days. */
export const DURATION_DAYS = {
  today: 0,
  yesterday: 1,
  'couple-of-days': 2,
  'few-days': 3,
  week: 7,
  'over-a-week': 8,
} as const;
export const DURATION_IDS = Object.keys(DURATION_DAYS) as (keyof typeof DURATION_DAYS)[];

/** "Five and a half": the Fraction slot's one id. */
export const HALF_IDS = ['half'] as const;

/**
 * Days since the last such weekday, counted from the request's own timestamp (UTC: the skill
 * does not ask for the device's time zone). "Since Saturday" said on a Saturday means a week
 * ago, the longer and so safer reading. An unreadable timestamp reads as a week too.
 */
export function daysSince(weekday: Weekday, timestamp: string): number {
  const today = new Date(timestamp).getUTCDay();
  if (Number.isNaN(today)) return 7;
  const back = (today - WEEKDAYS.indexOf(weekday) + 7) % 7;
  return back === 0 ? 7 : back;
}
