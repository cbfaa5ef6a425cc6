import type { LanguageModel } from '../../../simulator/model/schema';
import { error, intentPath, type Problem } from '../problem';
import { SampleTrie } from './sample-trie';
import { slotTypesOf, tokensOf } from './sample-words';

/** One overlap: two samples of different intents, as "Intent: sample", in sorted order. */
export type OverlapPair = readonly [string, string];

export const pairKey = ([a, b]: OverlapPair): string => `${a} | ${b}`;

/**
 * Pairs of samples of different intents that the same words can say: "I'm {feel}" (CheckInIntent)
 * and "I'm {severityWord}" where the two types share a word, or "my {area} is {feel}" and
 * "my {area} is {redFlag}". Alexa then picks either.
 */
export function findOverlaps(model: LanguageModel): Array<{ pair: OverlapPair; path: string }> {
  // The search takes seconds a model; the linter asks again for the list's staleness check.
  const key = JSON.stringify(model);
  const cached = recent.get(key);
  if (cached) return cached;
  const found = searchOverlaps(model);
  if (recent.size >= RECENT_MODELS) recent.delete(recent.keys().next().value ?? '');
  recent.set(key, found);
  return found;
}

const RECENT_MODELS = 5;
const recent = new Map<string, Array<{ pair: OverlapPair; path: string }>>();

function searchOverlaps(model: LanguageModel): Array<{ pair: OverlapPair; path: string }> {
  const trie = new SampleTrie(model);
  const found = new Map<string, { pair: OverlapPair; path: string }>();
  model.intents.forEach((intent, index) => {
    const types = slotTypesOf(intent);
    (intent.samples ?? []).forEach((sample, sampleIndex) => {
      for (const other of trie.sameWords(tokensOf(sample, types))) {
        if (other.intent === intent.name) continue;
        const mine = `${intent.name}: ${sample}`;
        const theirs = `${other.intent}: ${other.sample}`;
        const pair: OverlapPair = mine < theirs ? [mine, theirs] : [theirs, mine];
        const key = pairKey(pair);
        if (!found.has(key)) {
          found.set(key, { pair, path: `${intentPath(index)}.samples[${sampleIndex}]` });
        }
      }
    });
  });
  return [...found.values()];
}

/**
 * Overlaps are errors, except the pairs in `known` (known-overlaps.json): those the model had
 * when the rule came, left until the small model of "Understanding people" replaces them. The
 * list only shrinks: a new pair fails here, a pair gone fails staleKnownOverlaps.
 */
export function checkOverlaps(model: LanguageModel, known: ReadonlySet<string>): Problem[] {
  return findOverlaps(model)
    .filter(({ pair }) => !known.has(pairKey(pair)))
    .map(({ pair, path }) =>
      error(path, `said in the same words as another intent's sample: ${pair[0]} | ${pair[1]}`),
    );
}

/** Listed pairs that no model has any more: to be removed from the list. */
export function staleKnownOverlaps(
  known: readonly OverlapPair[],
  models: readonly LanguageModel[],
): OverlapPair[] {
  const occurring = new Set(
    models.flatMap((model) => findOverlaps(model).map(({ pair }) => pairKey(pair))),
  );
  return known.filter((pair) => !occurring.has(pairKey(pair)));
}
