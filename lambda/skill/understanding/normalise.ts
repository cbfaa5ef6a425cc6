import { expandContraction } from './contractions';

/**
 * The one normaliser: what Alexa heard (or a user typed, or a sample of the model) as the word
 * list every reader compares: lower case, apostrophes of any kind made straight, hyphens and
 * punctuation out, contractions expanded ("isn't" → "is not", "can't" → "can not").
 * Digits and a decimal point between them stay (AMAZON.NUMBER reads them), and so do the braces
 * of a sample's slot, which speech never holds.
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
