import * as z from 'zod';
import { InteractionModelFileSchema } from '../../simulator/model/schema';
import KNOWN_OVERLAPS from './known-overlaps.json';
import { error, type Problem } from './problem';
import { checkDialog } from './rules/dialog';
import { checkInvocationName } from './rules/invocation-name';
import { checkNameFree } from './rules/name-free';
import { checkNameFreeSamples } from './rules/name-free-samples';
import { checkNames } from './rules/names';
import { checkOverlaps, type OverlapPair, pairKey } from './rules/overlap';
import { checkSampleHygiene, checkUnusedSlots } from './rules/sample-hygiene';
import { checkPhraseSlotSamples, checkSamples, checkSlotSamples } from './rules/samples';
import { checkSize } from './rules/size';
import { checkSlotTypes } from './rules/slot-types';

const toJsonPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>(
    (joined, key) => (typeof key === 'number' ? `${joined}[${key}]` : `${joined}.${String(key)}`),
    '$',
  );

/** The overlaps the model had when the rule came (see rules/overlap.ts); the list only shrinks. */
export const KNOWN_OVERLAP_PAIRS: readonly OverlapPair[] = z
  .array(z.tuple([z.string(), z.string()]))
  .parse(KNOWN_OVERLAPS);

/** Every problem Alexa's model build would raise (errors) or frown at (warnings), offline. */
export function lintModel(
  json: unknown,
  knownOverlaps: readonly OverlapPair[] = KNOWN_OVERLAP_PAIRS,
): Problem[] {
  const parsed = InteractionModelFileSchema.safeParse(json);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => error(toJsonPath(issue.path), issue.message));
  }
  const { languageModel } = parsed.data.interactionModel;
  return [
    ...checkInvocationName(languageModel.invocationName),
    ...checkNames(languageModel),
    ...checkSamples(languageModel),
    ...checkSlotSamples(languageModel),
    ...checkPhraseSlotSamples(languageModel),
    ...checkSampleHygiene(languageModel),
    ...checkUnusedSlots(languageModel),
    ...checkOverlaps(languageModel, new Set(knownOverlaps.map(pairKey))),
    ...checkSlotTypes(languageModel),
    ...checkDialog(parsed.data),
    ...checkNameFree(parsed.data),
    ...checkNameFreeSamples(parsed.data),
    ...checkSize(json),
  ];
}
