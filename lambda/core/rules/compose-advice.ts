import {
  type Advice,
  type Reason,
  RULE_IDS,
  type Suggestion,
  type SuggestionKind,
  type Verdict,
} from '../advice';
import type { Finding } from './finding';

/** After the deciding rules' own suggestions, in this order (the lead's speaking order). */
const SUPPORTING_KINDS: readonly SuggestionKind[] = [
  // The signs are said again whenever the safety question went unanswered (S1), whatever
  // rule set the verdict: a referral is no answer to whether one of them is there.
  'check-warning-signs',
  'review-with-coach',
  'sleep',
  'hydrate',
  'recovery-habits',
  'vary-intensity',
];

/** Seed: every train or modify verdict carries a warm-up and cool-down. */
const VERDICTS_WITH_WARM_UP: ReadonlySet<Verdict> = new Set(['train', 'modify']);

/** One finding per rule: the first one wins, and lends its area if it lacked one. */
function oncePerRule(findings: readonly Finding[]): Finding[] {
  const byRule = new Map<string, Finding>();
  for (const finding of findings) {
    const first = byRule.get(finding.reason.rule);
    if (first === undefined) byRule.set(finding.reason.rule, finding);
    else if (first.reason.area === undefined && finding.reason.area !== undefined) {
      byRule.set(finding.reason.rule, {
        ...first,
        reason: { ...first.reason, area: finding.reason.area },
      });
    }
  }
  return [...byRule.values()];
}

function withoutRepeatedKinds(suggestions: readonly Suggestion[]): Suggestion[] {
  const seen = new Set<SuggestionKind>();
  return suggestions.filter((suggestion) => {
    if (seen.has(suggestion.kind)) return false;
    seen.add(suggestion.kind);
    return true;
  });
}

/**
 * Orders what fired so the skill can speak `reasons[0]` and `suggestions[0]` as *the* reason
 * and *the* suggestion: the rules that set the final verdict come first.
 */
export function composeAdvice(findings: readonly Finding[], verdict: Verdict): Advice {
  const deciding = (finding: Finding) => finding.reason.verdict === verdict;
  const ordered = oncePerRule(findings).sort(
    (a, b) =>
      Number(!deciding(a)) - Number(!deciding(b)) ||
      RULE_IDS.indexOf(a.reason.rule) - RULE_IDS.indexOf(b.reason.rule),
  );
  const reasons: Reason[] = ordered.map((finding) => finding.reason);
  const supporting = ordered
    .flatMap((finding) => finding.suggestions)
    .filter((suggestion) => SUPPORTING_KINDS.includes(suggestion.kind))
    .sort((a, b) => SUPPORTING_KINDS.indexOf(a.kind) - SUPPORTING_KINDS.indexOf(b.kind));
  const warmUp: Suggestion[] = VERDICTS_WITH_WARM_UP.has(verdict)
    ? [{ kind: 'warm-up-cool-down' }]
    : [];
  const urgent = reasons.some((reason) => reason.rule === 'R1');
  const suggestions = withoutRepeatedKinds([
    ...ordered.filter(deciding).flatMap((finding) => finding.suggestions),
    // Urgent advice already says to stop and call: no list of signs to check stands after it.
    ...supporting.filter((suggestion) => !urgent || suggestion.kind !== 'check-warning-signs'),
    ...warmUp,
  ]);
  return { verdict, urgent, reasons, suggestions };
}
