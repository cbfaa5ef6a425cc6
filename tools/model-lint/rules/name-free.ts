import type { InteractionModelFile } from '../../../simulator/model/schema';
import { error, type Problem } from '../problem';

/** Amazon takes at most five skill launch phrases, and five launch phrases per intent. */
export const MAX_PHRASES_PER_INGRESS = 5;

const PATH = '$.interactionModel._nameFreeInteraction.ingressPoints';

/**
 * Name-free ingress points: complete phrases without slots, each INTENT point naming an intent
 * of the model (built-in intents cannot be entered this way), at most five per launch or intent.
 */
export function checkNameFree(file: InteractionModelFile): Problem[] {
  const { _nameFreeInteraction: nameFree, languageModel } = file.interactionModel;
  if (!nameFree) return [];
  const problems: Problem[] = [];
  const custom = new Set(
    languageModel.intents
      .map((intent) => intent.name)
      .filter((name) => !name.startsWith('AMAZON.')),
  );
  const perIngress = new Map<string, number>();
  nameFree.ingressPoints.forEach((point, index) => {
    const path = `${PATH}[${index}]`;
    if (/[{}]/.test(point.value))
      problems.push(error(`${path}.value`, 'a launch phrase has no slots'));
    if (point.value.trim() === '')
      problems.push(error(`${path}.value`, 'a launch phrase is empty'));
    if (/\d/.test(point.value)) {
      problems.push(error(`${path}.value`, 'spell numbers out in a launch phrase'));
    }
    if (point.type === 'LAUNCH' && point.name !== undefined) {
      problems.push(error(`${path}.name`, 'a LAUNCH point names no intent'));
    }
    if (point.type === 'INTENT' && !custom.has(point.name ?? '')) {
      problems.push(
        error(`${path}.name`, `${point.name ?? '(none)'} is not a custom intent of the model`),
      );
    }
    const key = point.type === 'LAUNCH' ? 'LAUNCH' : `INTENT ${point.name ?? ''}`;
    const count = (perIngress.get(key) ?? 0) + 1;
    perIngress.set(key, count);
    if (count === MAX_PHRASES_PER_INGRESS + 1) {
      problems.push(error(path, `more than ${MAX_PHRASES_PER_INGRESS} phrases for ${key}`));
    }
  });
  return problems;
}
