import { expandContraction } from './contractions';

/**
 * Turns what a user typed, or a sample or synonym from the model, into the word list
 * the matcher compares: lower case, no punctuation, contractions expanded.
 * Digits stay digits: AMAZON.NUMBER reads them, and samples never contain them.
 */
export function normaliseWords(text: string): string[] {
  const cleaned = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    // Hyphens join spoken compounds ("twenty-one", "light-headed"): they separate words.
    .replace(/[-\u2013\u2014/]/g, ' ')
    .replace(/[^a-z0-9'.\s{}]/g, ' ')
    // A decimal point belongs to the number; every other period is punctuation.
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ');
  const words: string[] = [];
  for (const raw of cleaned.split(/\s+/)) {
    const word = raw.replace(/^'+|'+$/g, '');
    if (word === '') continue;
    words.push(...expandContraction(word).split(' '));
  }
  return words;
}

export function normalisePhrase(text: string): string {
  return normaliseWords(text).join(' ');
}
