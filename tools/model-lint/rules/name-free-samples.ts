import type { InteractionModelFile } from '../../../simulator/model/schema';
import { error, type Problem } from '../problem';
import { SampleTrie } from './sample-trie';
import { wordsOf } from './sample-words';

/**
 * A name-free phrase for an intent reaches the skill as that intent only if the model can say
 * it: each INTENT phrase must be the words of one of the intent's samples, slots filled with
 * values of their types. (A LAUNCH phrase opens the skill and needs no sample.)
 */
export function checkNameFreeSamples(file: InteractionModelFile): Problem[] {
  const { _nameFreeInteraction: nameFree, languageModel } = file.interactionModel;
  if (!nameFree) return [];
  const tries = new Map<string, SampleTrie>();
  // An intent that is not one of the model's own is reported by the name-free rule already.
  const custom = new Set(
    languageModel.intents
      .map((intent) => intent.name)
      .filter((name) => !name.startsWith('AMAZON.')),
  );
  return nameFree.ingressPoints.flatMap((point, index) => {
    const name = point.name;
    if (point.type !== 'INTENT' || name === undefined || !custom.has(name)) return [];
    let trie = tries.get(name);
    if (!trie) {
      trie = new SampleTrie(languageModel, (intent) => intent === name);
      tries.set(name, trie);
    }
    const words = wordsOf(point.value.replace(/[?!,]/g, ' '));
    return trie.sameWords(words.map((word) => ({ word }))).length > 0
      ? []
      : [
          error(
            `$.interactionModel._nameFreeInteraction.ingressPoints[${index}].value`,
            `"${point.value}" matches no sample of ${name}`,
          ),
        ];
  });
}
