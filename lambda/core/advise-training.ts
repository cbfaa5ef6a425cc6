import type { Advice } from './advice';
import type { CheckIn } from './check-in';
import { type AreaContext, evaluateArea } from './rules/area-rules';
import { CHECK_IN_RULES } from './rules/check-in-rules';
import { composeAdvice } from './rules/compose-advice';
import type { Finding, VerdictFinding } from './rules/finding';
import { ADVICE_ONLY_MODIFIERS, shortSleep } from './rules/modifiers';
import { blockedRegions } from './rules/training-regions';
import { mostRestrictive } from './verdict-ladder';

/** R9 — the article: nothing sore is a training day. */
const NOT_SORE: VerdictFinding = {
  reason: { rule: 'R9', verdict: 'train' },
  suggestions: [{ kind: 'warm-up-cool-down' }],
};

/**
 * Should I train today? The most restrictive verdict any rule of docs/rules.md gives, then the
 * modifiers, which only ever make it more restrictive. Pure, total and deterministic.
 */
export function adviseTraining(checkIn: CheckIn): Advice {
  const context: AreaContext = {
    plannedFocus: checkIn.plannedFocus,
    blockedRegions: blockedRegions(checkIn.soreness),
  };
  const ruleFindings: VerdictFinding[] = [
    ...CHECK_IN_RULES.flatMap((rule) => rule(checkIn) ?? []),
    ...checkIn.soreness.flatMap((entry) => evaluateArea(entry, context)),
  ];
  if (checkIn.soreness.length === 0) ruleFindings.push(NOT_SORE);

  const ruleVerdict = mostRestrictive(ruleFindings.map((finding) => finding.reason.verdict));
  const sleepFinding = shortSleep(checkIn, ruleVerdict);
  const verdict = sleepFinding?.reason.verdict ?? ruleVerdict;

  const findings: Finding[] = [
    ...ruleFindings,
    ...(sleepFinding === undefined ? [] : [sleepFinding]),
    ...ADVICE_ONLY_MODIFIERS.flatMap((modifier) => modifier(checkIn) ?? []),
  ];
  return composeAdvice(findings, verdict);
}
