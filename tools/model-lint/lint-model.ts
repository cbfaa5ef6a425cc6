import { InteractionModelFileSchema } from '../../simulator/model/schema';
import { error, type Problem } from './problem';
import { checkDialog } from './rules/dialog';
import { checkInvocationName } from './rules/invocation-name';
import { checkNameFree } from './rules/name-free';
import { checkNames } from './rules/names';
import { checkSamples, checkSlotSamples } from './rules/samples';
import { checkSize } from './rules/size';
import { checkSlotTypes } from './rules/slot-types';

const toJsonPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>(
    (joined, key) => (typeof key === 'number' ? `${joined}[${key}]` : `${joined}.${String(key)}`),
    '$',
  );

/** Every problem Alexa's model build would raise (errors) or frown at (warnings), offline. */
export function lintModel(json: unknown): Problem[] {
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
    ...checkSlotTypes(languageModel),
    ...checkDialog(parsed.data),
    ...checkNameFree(parsed.data),
    ...checkSize(json),
  ];
}
