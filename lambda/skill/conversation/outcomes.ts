import { PHRASES } from '../speech/en-US';
import type { AdviceTopic } from '../understanding/heard';
import { areaMissing, replaceArea, withAssumedSharp, withRedFlags } from './draft-updates';
import type { Conversation, Draft, Question, SoreArea } from './state';

/** What one utterance did to the check. */
export type Outcome =
  | {
      kind: 'changed';
      draft: Draft;
      pending?: Question | null;
      note?: string;
      /** The advice's facts were corrected: the check runs again and advises anew. */
      recheck?: boolean;
    }
  | { kind: 'unchanged' }
  /** Heard something we cannot use: say why, then re-ask. */
  | { kind: 'problem'; say: string }
  /** The user declined a follow-up: end politely. */
  | { kind: 'decline' }
  /** A question about the advice itself: answer it, then carry on. */
  | { kind: 'question'; topic: AdviceTopic; draft?: Draft };

export const unchanged: Outcome = { kind: 'unchanged' };

export const changed = (
  draft: Draft,
  pending?: Question | null,
  note?: string,
  recheck?: boolean,
): Outcome => ({
  kind: 'changed',
  draft,
  ...(pending !== undefined && { pending }),
  ...(note !== undefined && { note }),
  ...(recheck && { recheck }),
});

/** The singular shoulder or hip still waiting for "joint or muscle?", if there is one. */
export function unclearJoint(
  draft: Draft,
): (SoreArea & { unclear: 'shoulder' | 'hip' }) | undefined {
  return draft.areas.find(
    (entry): entry is SoreArea & { unclear: 'shoulder' | 'hip' } =>
      entry.unclear === 'shoulder' || entry.unclear === 'hip',
  );
}

function withoutUnclear<T extends { unclear?: unknown }>(entry: T): T {
  const { unclear: _settled, ...rest } = entry;
  return rest as T;
}

export function settleChestAsMuscle(draft: Draft): Draft {
  return {
    ...draft,
    areas: draft.areas.map((entry) => (entry.unclear === 'chest' ? withoutUnclear(entry) : entry)),
  };
}

/** Anything but a clear muscle answer to the chest question is read as chest pain (R1). */
export function chestPainToBeSafe(draft: Draft): Outcome {
  return changed(withRedFlags(draft, ['chest-pain']), null, PHRASES.chestToBeSafe);
}

/** A singular shoulder or hip nobody could place is the joint, the safer reading. */
export function siteToBeSafe(draft: Draft): Outcome {
  const target = unclearJoint(draft);
  if (!target) return unchanged;
  return changed(replaceArea(draft, target, withoutUnclear(target)), null, PHRASES.jointToBeSafe);
}

/** "I don't know" to the safety question: no training, and the signs said again (S1). */
export function warningSignsUnclear(draft: Draft): Outcome {
  return changed({ ...draft, warningSignsUnclear: true }, null);
}

/**
 * The two questions whose unclear answer has a safe reading from the first try, so they are
 * settled rather than asked again: the safety question (S1) and the chest question (chest pain).
 */
export function settledAtOnce(question: Question | null, draft: Draft): Outcome | undefined {
  if (question === 'redFlags') return warningSignsUnclear(draft);
  if (question === 'chest') return chestPainToBeSafe(draft);
  return undefined;
}

/** "I'm not sore", or a "no" to "where are you sore?": nowhere, while no area is known. */
export function notSore({ draft }: Conversation): Outcome {
  return draft.areas.length === 0 ? changed({ ...draft, notSore: true }) : unchanged;
}

const SKIPPABLE: readonly Question[] = ['days', 'limits'];

/** "Skip", "no idea": each question's safe reading, a follow-up declined, or asked again. */
export function skipped({ draft, pending, adviceGiven }: Conversation): Outcome {
  if (adviceGiven) return { kind: 'decline' };
  if (pending === 'feel') {
    const target = areaMissing(draft, 'feel');
    return target ? changed(withAssumedSharp(draft, target)) : unchanged;
  }
  const settled = settledAtOnce(pending, draft);
  if (settled) return settled;
  if (pending === 'site') return siteToBeSafe(draft);
  if (pending && SKIPPABLE.includes(pending)) {
    return changed({ ...draft, skipped: [...new Set([...draft.skipped, pending])] }, null);
  }
  return unchanged;
}

/** "Yes" to the safety question is enough: no "which one?" stands between it and help. */
export function saidYes({ draft }: Conversation): Outcome {
  return changed({ ...draft, warningSignReported: true }, null);
}

/** "No" to the safety question: none of the signs. */
export function noWarningSigns({ draft }: Conversation): Outcome {
  return changed({ ...draft, redFlags: draft.redFlags ?? [] }, null);
}

/**
 * Questions whose unclear answer already has a safe reading, so they are settled at once rather
 * than re-asked: the safety question (at least rest), the chest question (chest pain) and, after
 * one re-ask, the pain type (sharp) and joint-or-muscle (the joint).
 */
export function settleUnclear(conversation: Conversation): Outcome | undefined {
  const { draft, pending, failures } = conversation;
  const settled = settledAtOnce(pending, draft);
  if (settled) return settled;
  if (failures < 1) return undefined;
  if (pending === 'site') return siteToBeSafe(draft);
  const target = pending === 'feel' ? areaMissing(draft, 'feel') : undefined;
  return target ? changed(withAssumedSharp(draft, target)) : undefined;
}
