/**
 * Whole-word contractions whose expansion is irregular or ambiguous. A Map, not an object: heard
 * words such as "constructor" must never find something on a prototype.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ["can't", 'can not'],
  ['cannot', 'can not'],
  ["won't", 'will not'],
  ["shan't", 'shall not'],
  ["ain't", 'is not'],
  ["let's", 'let us'],
  ["y'all", 'you all'],
  ["n't", 'not'],
  // Typed or transcribed without the apostrophe, a denial or an inability is still one: "i cant
  // move my knee" is the sign, "i dont feel dizzy" denies one.
  ['cant', 'can not'],
  ['wont', 'will not'],
  ['dont', 'do not'],
  ['doesnt', 'does not'],
  ['didnt', 'did not'],
  ['isnt', 'is not'],
  ['wasnt', 'was not'],
  ['arent', 'are not'],
  ['havent', 'have not'],
  ['hasnt', 'has not'],
  ['couldnt', 'could not'],
  ['wouldnt', 'would not'],
  ['shouldnt', 'should not'],
  ['aint', 'is not'],
  ['im', 'i am'],
  ['ive', 'i have'],
  // Spoken forms that speech-to-text writes as one word.
  ['kinda', 'kind of'],
  ['sorta', 'sort of'],
  ['gonna', 'going to'],
  ['wanna', 'want to'],
  ['gotta', 'got to'],
  ['outta', 'out of'],
  ['dunno', 'do not know'],
]);

/** `'s` means "is" only after these; elsewhere it is a possessive and stays. */
const IS_AFTER = new Set([
  'it',
  'that',
  'what',
  'there',
  'here',
  'he',
  'she',
  'who',
  'where',
  'how',
  'this',
  'everything',
  'nothing',
]);

const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ["n't", ' not'],
  ["'m", ' am'],
  ["'re", ' are'],
  ["'ve", ' have'],
  ["'ll", ' will'],
  ["'d", ' would'],
];

/** Expands one lower-case word the way the model's samples are written ("I am", "can not"). */
export function expandContraction(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular) return irregular;
  for (const [suffix, expansion] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length > suffix.length) {
      return word.slice(0, -suffix.length) + expansion;
    }
  }
  if (word.endsWith("'s") && IS_AFTER.has(word.slice(0, -2))) {
    return `${word.slice(0, -2)} is`;
  }
  return word;
}
