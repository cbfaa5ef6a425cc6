import { BUILTIN_PHRASES } from '../../simulator/nlu/builtin-phrases';
import type { ModelSource } from './en-US';
import { expandTemplate } from './expand';

/**
 * The slot types whose unmatched words the skill listens to a second time (see
 * lambda/skill/conversation/relisten.ts). Left out on purpose, because a word found among others
 * could read lighter than what was meant: severity words ("more than mild"), durations ("a week
 * or two") and the trend ("less able to move each day"), which a re-ask settles better; a hard
 * session, which settles a bare chest as the muscle; the warning signs, which the safety net
 * reads with its own patterns and denials; and the carrier types, which hold no fact.
 */
export const RELISTENED_TYPES = [
  'SorenessArea',
  'PainFeel',
  'TrainingFocus',
  'Weekday',
  'SleepQuality',
  'BodySite',
  'HydrationLevel',
] as const;

/**
 * Words the model may match exactly but that are too loose to find among others: "my calf
 * feels dead" may be numbness, not a dull ache.
 */
const NOT_RELISTENED = new Set(['dead', 'tired', 'fine']);

/**
 * Types the skill's reader knows the words of but never hears again in a slot: the warning
 * signs, which the reader finds in a free description with the one denial rule, the rating
 * words, which only the reader places beside what they rate, and the questions people ask.
 */
const READ_ONLY_TYPES = ['RedFlag', 'SeverityWord', 'AdviceTopic'] as const;

export interface SlotWords {
  /** Slot name → its type, for the relistened types only. */
  slots: Record<string, string>;
  /** Type → value id → every word for it in any locale, lower case. */
  types: Record<string, Record<string, string[]>>;
}

/**
 * The words of the relistened types across all locales: a word means the same id wherever it is
 * said, and one file serves every locale the Lambda answers.
 */
export function slotWords(sources: readonly ModelSource[]): SlotWords {
  const relistened = new Set<string>(RELISTENED_TYPES);
  const slots: Record<string, string> = {};
  const words: Record<string, Record<string, Set<string>>> = {};
  for (const source of sources) {
    for (const intent of source.intents) {
      for (const [name, type] of Object.entries(intent.slots ?? {})) {
        if (!relistened.has(type)) continue;
        const known = slots[name];
        if (known !== undefined && known !== type)
          throw new Error(`slot ${name} has two types: ${known} and ${type}`);
        slots[name] = type;
      }
    }
    for (const [type, values] of Object.entries(source.types)) {
      if (!relistened.has(type) && !(READ_ONLY_TYPES as readonly string[]).includes(type)) continue;
      const byId = words[type] ?? {};
      words[type] = byId;
      for (const value of values) {
        const heard = byId[value.id] ?? new Set<string>();
        byId[value.id] = heard;
        for (const word of [value.value, ...(value.synonyms ?? [])]) {
          if (!NOT_RELISTENED.has(word.toLowerCase())) heard.add(word.toLowerCase());
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
  return { slots: Object.fromEntries(Object.entries(slots).sort()), types };
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
