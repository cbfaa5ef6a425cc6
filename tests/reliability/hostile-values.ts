import fc from 'fast-check';

/** Inputs chosen to break SSML, logs or parsers; each is also mixed into generated strings. */
export const HOSTILE_SAMPLES = [
  '<',
  '>',
  '&',
  '"',
  "'",
  ']]>',
  '<speak>',
  '</speak>',
  '<audio src="https://example.invalid/a.mp3"/>',
  '<break time="10s"/>',
  '&amp;',
  '&#0;',
  'Tom & Jerry <3',
  '"quoted" \'single\'',
  '<![CDATA[ x ]]>',
  '😀🦵💥',
  '🏋️‍♀️ legs',
  'ﬁre ①②',
  '\u0000\u0007\u001b[31m',
  '\u202eevil',
  '   ',
  '\n\t',
  'legs</speak><speak>',
  '{{7*7}} %s %n',
  '__proto__',
  'constructor',
] as const;

const metacharacter = fc.constantFrom(
  '<',
  '>',
  '&',
  '"',
  "'",
  ']]>',
  '😀',
  ';',
  '/',
  '=',
  '\u0000',
);

/** Strings of ordinary and SSML-breaking characters, emoji included. */
const mixedString = fc
  .array(fc.oneof(metacharacter, fc.string({ unit: 'grapheme', maxLength: 4 })), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

/** 10,000 characters: a hostile piece repeated, so generating it stays cheap. */
const longString = fc
  .constantFrom(...HOSTILE_SAMPLES, 'a', 'knee ')
  .map((piece) => piece.repeat(Math.ceil(10_000 / piece.length)).slice(0, 10_000));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_SAMPLES), weight: 4 },
  { arbitrary: mixedString, weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 2 },
  { arbitrary: longString, weight: 1 },
);

/** What AMAZON.NUMBER may carry: in range, out of range, and not a number at all. */
export const numberSlotValue: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 10 }).map(String), weight: 4 },
  {
    arbitrary: fc.constantFrom('12', '-3', '99', '?', '1e9', '', '4.5', '007', '-0', '365', '366'),
    weight: 4,
  },
  { arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String), weight: 1 },
  { arbitrary: hostileString, weight: 2 },
);

/** Long enough that finding it in a log cannot be a coincidence. */
export function isDistinctive(value: string): boolean {
  return value.trim().length >= 6;
}

/** Distinctive and changed by sanitising, so finding it verbatim in speech means a raw echo. */
export function needsSanitising(value: string): boolean {
  return isDistinctive(value) && (value.length > 40 || /[^\p{L}\p{N}' -]/u.test(value));
}
