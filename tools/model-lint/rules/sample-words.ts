import type { LanguageModel } from '../../../simulator/model/schema';

/** A sample as Alexa reads it: lower-case words, and slots by the type they take. */
export type Token = { word: string } | { slot: string; type: string };

export const wordsOf = (text: string): string[] =>
  text.trim().toLowerCase().split(/\s+/).filter(Boolean);

export function tokensOf(sample: string, slotTypes: ReadonlyMap<string, string>): Token[] {
  return sample
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      const slot = /^\{(.+)\}$/.exec(part)?.[1];
      return slot === undefined
        ? { word: part.toLowerCase() }
        : { slot, type: slotTypes.get(slot) ?? '' };
    });
}

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** What AMAZON.NUMBER fills from: zero to ninety-nine as said, and "a hundred". */
const NUMBER_PHRASES = [
  'zero',
  ...UNITS,
  ...TEENS,
  'seventeen',
  'eighteen',
  'nineteen',
  ...TENS,
  ...TENS.flatMap((ten) => UNITS.map((unit) => `${ten} ${unit}`)),
  'a hundred',
  'one hundred',
];

/**
 * Every phrase each slot type fills from, as words. Built-in types other than AMAZON.NUMBER
 * are open-ended and left out: the rules that read them would guess.
 */
export function typePhrases(model: LanguageModel): Map<string, string[][]> {
  const phrases = new Map<string, string[][]>([['AMAZON.NUMBER', NUMBER_PHRASES.map(wordsOf)]]);
  for (const type of model.types ?? []) {
    const all = (type.values ?? []).flatMap((value) => [
      value.name.value,
      ...(value.name.synonyms ?? []),
    ]);
    phrases.set(
      type.name,
      [...new Set(all.map((phrase) => wordsOf(phrase).join(' ')))].map(wordsOf),
    );
  }
  return phrases;
}

export const slotTypesOf = (intent: LanguageModel['intents'][number]) =>
  new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
