import { BUILTIN_PHRASES } from '../../simulator/nlu/builtin-phrases';
import type { ModelSource } from './en-US';
import { expandTemplate } from './expand';

/**
 * The slot types whose words the skill's reader knows (lambda/skill/understanding/vocabulary.ts),
 * for the words of a description and of a slot Alexa could not resolve. The carrier types hold
 * no fact and are left out.
 */
const READ_TYPES = [
  'SorenessArea',
  'PainFeel',
  'TrainingFocus',
  'Weekday',
  'SleepQuality',
  'BodySite',
  'HydrationLevel',
  'RedFlag',
  'SeverityWord',
  'AdviceTopic',
] as const;

/**
 * Words the model may match exactly but that are too loose to read among others: "my calf
 * feels dead" may be numbness, not a dull ache.
 */
const TOO_LOOSE = new Set(['dead', 'tired', 'fine']);

export interface SlotWords {
  /** Type → value id → every word for it in any locale, lower case. */
  types: Record<string, Record<string, string[]>>;
}

/**
 * The words of the read types across all locales: a word means the same id wherever it is
 * said, and one file serves every locale the Lambda answers.
 */
export function slotWords(sources: readonly ModelSource[]): SlotWords {
  const read = new Set<string>(READ_TYPES);
  const words: Record<string, Record<string, Set<string>>> = {};
  for (const source of sources) {
    for (const [type, values] of Object.entries(source.types)) {
      if (!read.has(type)) continue;
      const byId = words[type] ?? {};
      words[type] = byId;
      for (const value of values) {
        const heard = byId[value.id] ?? new Set<string>();
        byId[value.id] = heard;
        for (const word of [value.value, ...(value.synonyms ?? [])]) {
          if (!TOO_LOOSE.has(word.toLowerCase())) heard.add(word.toLowerCase());
        }
      }
    }
  }
  words[COMMAND_WORDS] = commandPhrases(sources);
  const types = Object.fromEntries(
    Object.entries(words).map(([type, byId]) => [
      type,
      Object.fromEntries(Object.entries(byId).map(([id, set]) => [id, [...set].sort()])),
    ]),
  );
  return { types };
}

/**
 * The built-in commands' phrases, as one more list of words the reader knows: a free description
 * can catch "okay thanks bye" or "actually, start over" while a question is open, and the skill
 * answers it as the command. Alexa's own phrases and the model's samples of each intent.
 */
export const COMMAND_WORDS = 'BuiltInCommand';
const COMMAND_INTENTS = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.StartOverIntent',
];

function commandPhrases(sources: readonly ModelSource[]): Record<string, Set<string>> {
  const byIntent: Record<string, Set<string>> = {};
  for (const name of COMMAND_INTENTS) {
    const phrases = new Set(BUILTIN_PHRASES[name] ?? []);
    for (const source of sources) {
      const intent = source.intents.find((candidate) => candidate.name === name);
      for (const template of intent?.samples ?? []) {
        for (const sample of expandTemplate(template, source.macros)) {
          phrases.add(sample.toLowerCase());
        }
      }
    }
    byIntent[name] = phrases;
  }
  return byIntent;
}
