/**
 * Words that carry no request. Alexa's speech recogniser leaves out hesitations ("um", "uh"),
 * so they never reach a skill. Its statistical language understanding also looks past a
 * discourse marker at the start ("well", "so", "yeah") or a hedge at the end ("I guess",
 * "probably") of an utterance that would match without it; this offline matcher matches word
 * for word, so it retries without them when the whole utterance matches nothing. The retry is
 * the only place the simulator goes beyond the model's own samples (docs/simulator.md).
 */
const HESITATIONS = new Set([
  'um',
  'umm',
  'uh',
  'uhh',
  'uhm',
  'er',
  'erm',
  'hmm',
  'hm',
  'mm',
  'ah',
]);

const LEADING_MARKERS: readonly (readonly string[])[] = [
  ['well'],
  ['so'],
  ['yeah'],
  ['okay'],
  ['ok'],
  ['oh'],
  ['honestly'],
  ['i', 'mean'],
  ['i', 'guess'],
  ['i', 'think'],
  ['i', 'would', 'say'],
  ['like'],
  ['just'],
  ['right'],
  ['actually'],
  ['basically'],
  ['hey'],
  ['alright'],
  ['and'],
  ['but'],
  ['wait'],
  ['sorry'],
  ['look'],
];

const TRAILING_HEDGES: readonly (readonly string[])[] = [
  ['i', 'guess'],
  ['i', 'think'],
  ['i', 'suppose'],
  ['i', 'reckon'],
  ['probably'],
  ['maybe'],
  ['honestly'],
  ['to', 'be', 'honest'],
  ['or', 'so'],
  ['or', 'something'],
  ['really'],
  ['please'],
  ['thanks'],
  ['thank', 'you'],
  ['though'],
  ['i', 'would', 'say'],
  ['at', 'least'],
  ['tops'],
  ['ish'],
  ['now'],
  ['actually'],
  ['like'],
  ['then'],
  ['give', 'or', 'take'],
  ['definitely'],
  ['for', 'sure'],
  ['yeah'],
  ['mate'],
  ['again'],
  ['is', 'that', 'normal'],
  ['is', 'that', 'bad'],
  ['is', 'that', 'okay'],
  ['is', 'that', 'a', 'problem'],
  // A closing question that adds no fact: the facts before it are the request.
  ['should', 'i', 'train'],
  ['can', 'i', 'train'],
  ['should', 'i', 'just', 'rest'],
  ['should', 'i', 'rest'],
  ['should', 'i', 'work', 'out'],
  ['can', 'i', 'work', 'out'],
  ['what', 'should', 'i', 'do'],
  ['what', 'should', 'i', 'do', 'today'],
  ['what', 'do', 'you', 'think'],
];

/** Sounds made of hesitations that are words in their own right: "uh huh" is a yes. */
const INTERJECTIONS: readonly (readonly [string, string])[] = [
  ['uh', 'huh'],
  ['mm', 'hmm'],
  ['uh', 'uh'],
];

export function withoutHesitations(words: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    const next = words[index + 1];
    if (INTERJECTIONS.some(([first, second]) => first === word && second === next)) {
      kept.push(word, next as string);
      index++;
    } else if (!HESITATIONS.has(word)) {
      kept.push(word);
    }
  }
  return kept;
}

const startsWith = (words: readonly string[], marker: readonly string[]) =>
  marker.every((word, index) => words[index] === word);
const endsWith = (words: readonly string[], marker: readonly string[]) =>
  marker.every((word, index) => words[words.length - marker.length + index] === word);

/** The utterance with leading markers and trailing hedges peeled off, or undefined if none. */
export function withoutMarkers(words: readonly string[]): string[] | undefined {
  let rest = [...words];
  let peeled = true;
  while (peeled) {
    peeled = false;
    for (const marker of LEADING_MARKERS) {
      if (rest.length > marker.length && startsWith(rest, marker)) {
        rest = rest.slice(marker.length);
        peeled = true;
      }
    }
    for (const hedge of TRAILING_HEDGES) {
      if (rest.length > hedge.length && endsWith(rest, hedge)) {
        rest = rest.slice(0, rest.length - hedge.length);
        peeled = true;
      }
    }
  }
  return rest.length === words.length ? undefined : rest;
}

/** "Yesterday's game", "Saturday's run": after a time word "'s" is a possessive. */
const TIME_WORDS = new Set([
  'yesterday',
  'today',
  'tonight',
  'week',
  'weekend',
  'month',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/**
 * "My knee's swollen": after a noun, "'s" is usually "is" (or "has", before "been") in speech,
 * but it can also be a possessive ("my wife's bike"), so this reading is tried only when the
 * first one fails.
 */
export function withApostropheSAsIs(words: readonly string[]): string[] | undefined {
  const spokenIs = (word: string) => /^[a-z]+'s$/.test(word) && !TIME_WORDS.has(word.slice(0, -2));
  if (!words.some(spokenIs)) return undefined;
  return words.flatMap((word, index) => {
    if (!spokenIs(word)) return [word];
    // "My hip's been sore", "my knee's got worse": before a past participle, 's is "has".
    const has = /^(been|got|gone|gotten|had)$/.test(words[index + 1] ?? '');
    return [word.slice(0, -2), has ? 'has' : 'is'];
  });
}
