import type { LanguageModel } from '../../../simulator/model/schema';
import { slotTypesOf, type Token, tokensOf, typePhrases } from './sample-words';

export interface SampleRef {
  intent: string;
  intentIndex: number;
  sampleIndex: number;
  sample: string;
}

interface Node {
  id: number;
  words: Map<string, Node>;
  slots: Map<string, Node>;
  ends: SampleRef[];
}

/**
 * Every sample of the model in one trie of words and slot types, so a phrase is compared with
 * all 20,000-odd samples at once, branch by branch, instead of sample by sample.
 */
export class SampleTrie {
  private nextId = 0;
  private readonly root = this.node();
  readonly phrases: Map<string, string[][]>;
  private readonly shared = new Map<string, boolean>();

  constructor(model: LanguageModel, keep: (intent: string) => boolean = () => true) {
    this.phrases = typePhrases(model);
    model.intents.forEach((intent, intentIndex) => {
      if (!keep(intent.name)) return;
      const types = slotTypesOf(intent);
      (intent.samples ?? []).forEach((sample, sampleIndex) => {
        let at = this.root;
        for (const token of tokensOf(sample, types)) {
          const [edges, key] = 'word' in token ? [at.words, token.word] : [at.slots, token.type];
          let next = edges.get(key);
          if (!next) {
            next = this.node();
            edges.set(key, next);
          }
          at = next;
        }
        at.ends.push({ intent: intent.name, intentIndex, sampleIndex, sample });
      });
    });
  }

  private node(): Node {
    return { id: this.nextId++, words: new Map(), slots: new Map(), ends: [] };
  }

  /** Whether two slot types can be filled by the same words. */
  sharesValues(a: string, b: string): boolean {
    if (a === b) return true;
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    let known = this.shared.get(key);
    if (known === undefined) {
      const left = new Set((this.phrases.get(a) ?? []).map((words) => words.join(' ')));
      known = (this.phrases.get(b) ?? []).some((words) => left.has(words.join(' ')));
      this.shared.set(key, known);
    }
    return known;
  }

  /**
   * The samples that can be said in the same words as `tokens`: word for word, a slot of one
   * filled with the other's words, or slots at the same place whose types share a value.
   */
  sameWords(tokens: readonly Token[]): SampleRef[] {
    let states: Array<[Node, number]> = [[this.root, 0]];
    const seen = new Set<string>();
    const found: SampleRef[] = [];
    while (states.length > 0) {
      const next: Array<[Node, number]> = [];
      const add = (node: Node, at: number) => {
        const key = `${node.id}:${at}`;
        if (seen.has(key)) return;
        seen.add(key);
        next.push([node, at]);
      };
      for (const [node, at] of states) {
        if (at === tokens.length) {
          found.push(...node.ends);
          continue;
        }
        const token = tokens[at] as Token;
        if ('word' in token) {
          const child = node.words.get(token.word);
          if (child) add(child, at + 1);
          for (const [type, child] of node.slots) {
            for (const phrase of this.phrases.get(type) ?? []) {
              if (phrase.every((word, offset) => wordAt(tokens, at + offset) === word)) {
                add(child, at + phrase.length);
              }
            }
          }
        } else {
          for (const [type, child] of node.slots) {
            if (this.sharesValues(type, token.type)) add(child, at + 1);
          }
          for (const phrase of this.phrases.get(token.type) ?? []) {
            const reached = walkWords(node, phrase);
            if (reached) add(reached, at + 1);
          }
        }
      }
      states = next;
    }
    return found;
  }
}

const wordAt = (tokens: readonly Token[], at: number): string | undefined => {
  const token = tokens[at];
  return token && 'word' in token ? token.word : undefined;
};

function walkWords(from: Node, words: readonly string[]): Node | undefined {
  let at: Node | undefined = from;
  for (const word of words) at = at?.words.get(word);
  return at;
}
