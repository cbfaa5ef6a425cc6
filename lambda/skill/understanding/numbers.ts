/**
 * Numbers as AMAZON.NUMBER reads them. The skill reads numbers said in free words (a
 * description) with it, and the simulator fills AMAZON.NUMBER slots with it: one reading.
 */
const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  oh: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
};

const DIGITS = /^\d+(\.\d+)?$/;

const GLUE: ReadonlySet<string> = new Set(['and', 'a', 'minus', 'negative']);

/** Whether parseNumber could read a phrase holding this word; any other word makes it "?". */
export function mayBePartOfNumber(word: string): boolean {
  return (
    UNITS[word] !== undefined || SCALES[word] !== undefined || GLUE.has(word) || DIGITS.test(word)
  );
}

/**
 * Reads a spoken or written number as AMAZON.NUMBER does ("twenty one", "a hundred and five",
 * "minus three", "4"), or undefined when the words are not one number.
 */
export function parseNumber(words: readonly string[]): number | undefined {
  let rest = [...words];
  let sign = 1;
  if (rest[0] === 'minus' || rest[0] === 'negative') {
    sign = -1;
    rest = rest.slice(1);
  }
  // "a two" is how people answer a rating question; "a hundred" is one hundred.
  if (rest[0] === 'a' && rest.length > 1) {
    rest = SCALES[rest[1] ?? ''] === undefined ? rest.slice(1) : ['one', ...rest.slice(1)];
  }
  if (rest.length === 0) return undefined;
  if (rest.length === 1 && DIGITS.test(rest[0] ?? '')) return sign * Number(rest[0]);
  const value = parseNumberWords(rest);
  return value === undefined ? undefined : sign * value;
}

function parseNumberWords(words: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  let lastWasTens = false;
  let sawNumberWord = false;
  for (const [index, word] of words.entries()) {
    if (word === 'and') {
      // Only inside a number: "a hundred and five", never "and five" or "five and".
      if (!sawNumberWord || index === words.length - 1) return undefined;
      continue;
    }
    const unit = UNITS[word];
    if (unit !== undefined) {
      // "twenty one" adds; "one two" or "twenty thirty" is not one number.
      if (unit < 10 && !lastWasTens && current % 100 !== 0) return undefined;
      if (unit >= 10 && current % 100 !== 0) return undefined;
      current += unit;
      lastWasTens = unit >= 20 && unit % 10 === 0;
      sawNumberWord = true;
      continue;
    }
    const scale = SCALES[word];
    if (scale === undefined || !sawNumberWord) return undefined;
    if (scale === 100) {
      current = (current === 0 ? 1 : current) * 100;
    } else {
      total += (current === 0 ? 1 : current) * scale;
      current = 0;
    }
    lastWasTens = false;
  }
  return sawNumberWord ? total + current : undefined;
}
