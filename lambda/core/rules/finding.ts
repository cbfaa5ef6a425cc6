import type { Reason, Suggestion, Verdict } from '../advice';

/** What one rule concluded: its reason (as the skill will see it) and what it suggests. */
export interface Finding {
  reason: Reason;
  suggestions: readonly Suggestion[];
}

/** A finding from a rule R1–R10, which always asks for a verdict of its own. */
export interface VerdictFinding extends Finding {
  reason: Reason & { verdict: Verdict };
}
