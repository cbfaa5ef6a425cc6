import { VERDICTS, type Verdict } from './advice';

/** Position on the ladder: a higher rank is more restrictive. */
export function verdictRank(verdict: Verdict): number {
  return VERDICTS.indexOf(verdict);
}

export function moreRestrictive(a: Verdict, b: Verdict): Verdict {
  return verdictRank(b) > verdictRank(a) ? b : a;
}

/** `train` when nothing asks for more: an empty check-in is a training day (R9). */
export function mostRestrictive(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce(moreRestrictive, 'train');
}

const NEXT_RUNG: Readonly<Record<Verdict, Verdict>> = {
  train: 'modify',
  modify: 'active-recovery',
  'active-recovery': 'rest',
  rest: 'see-professional',
  'see-professional': 'see-professional',
};

/** One rung more restrictive, never past `cap`; a verdict already at or above `cap` stays. */
export function stepUp(verdict: Verdict, cap: Verdict): Verdict {
  return verdictRank(verdict) >= verdictRank(cap) ? verdict : NEXT_RUNG[verdict];
}

export const SEVERITY_BANDS = ['none', 'mild', 'moderate', 'severe'] as const;
export type SeverityBand = (typeof SEVERITY_BANDS)[number];

/** 0 none, 1–3 mild, 4–6 moderate, 7–10 severe: the documented boundaries of docs/rules.md. */
export function severityBand(severity: number): SeverityBand {
  if (severity < 1) return 'none';
  if (severity < 4) return 'mild';
  if (severity < 7) return 'moderate';
  return 'severe';
}
