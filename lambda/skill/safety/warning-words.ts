import type { RedFlag } from '../../core';

/**
 * The eight warning signs as people say them. This is the skill's own safety net under the
 * interaction model: whatever intent a request matched, every word it carries is checked here,
 * so a sign said in an answer to any question is never dropped. The patterns are global so that
 * every match is checked for a denial before it (matchAll copies a pattern: none keeps state).
 */
const SIGN_PATTERNS: Readonly<Record<RedFlag, readonly RegExp[]>> = {
  'dark-urine': [
    /\b(urine|pee|peed|peeing|wee|weed|weeing|piss|pissing|wees|pees)\b.*\b(dark|darker|brown|browny|brownish|cola|coke|coca cola|tea|black|rusty|red|bloody|blood|coffee|orange)\b/g,
    /\b(dark|darker|brown|browny|brownish|cola|coke|tea|black|rusty|bloody|coffee)\b.*\b(urine|pee|wee|piss|wees|pees)\b/g,
  ],
  'chest-pain': [
    /\bchest (pain|pains|tightness|pressure|heaviness)\b/g,
    /\b(tight|tightness|pressure|squeez\w*|heavy|heaviness|crush\w*|clench\w*|pain|pains|weight|band)\b.*\b(chest)\b/g,
    /\bchest\b.*\b(tight|tighten\w*|tightness|pressure|squeez\w*|heavy|heaviness|crush\w*|clench\w*|pain inside|hurting inside|hurts inside|aching inside|inside|pounding|racing)\b/g,
  ],
  dizziness: [
    /\b(dizzy|dizziness|dizzie\w*|light ?headed|lightheaded\w*|faint\w*|passed out|pass out|passing out|blacked out|black out|blacking out|woozy|vertigo|giddy|spinning|spins|keel\w* over|wobbly on my feet)\b/g,
  ],
  breathless: [
    /\b(breathless\w*|out of breath|short of breath|shortness of breath|catch my breath|get my breath|seem to catch my breath|struggl\w* to breathe|hard to breathe|harder to breathe|trouble breathing|difficulty breathing|can not breathe|barely breathe|wheez\w*|gasping|breathing\b.{0,25}\b(hard|difficult|bad|funny|weird|tough|a struggle|laboured|labored|shallow)|breathe properly|breath (is )?short)\b/g,
  ],
  numbness: [
    /\b(numb|numbness|numbed|tingl\w*|pins and needles|can not feel|could not feel|lost (the )?feeling|no feeling|lose feeling|losing feeling)\b/g,
  ],
  swelling: [
    /\b(swell\w*|swollen|swole up|puff\w* up|puffy|puffed|ballooned|balloon\w*|blown up|bulging|lump|fat and)\b/g,
  ],
  fever: [
    /\b(fever\w*|temperature|temp|chills|chilly and|shiver\w*|sweats|sweating at night|hot and cold|burning up|flu|flu ?like|feverish)\b/g,
  ],
  'cannot-move': [
    /\b(can not|unable to|could not|can hardly not) (really |even |properly |quite |actually |just |physically |seem to )?(move|bend|straighten|lift|put (any )?weight|bear weight|stand|walk on|use|turn|raise|grip|hold)\b(?! (it |them |my \w+ )?(fully|properly|normally|much|as far|all the way|full range|very far|as well|as high|right up|without))/g,
    /\b(no movement|will not move|would not move|does not move|totally stuck|locked (up|solid)|give way|gives way|gave way|giving way|collapsed|buckled|buckles)\b/g,
  ],
};

/**
 * A value that starts "not" and a verb of moving, feeling or breathing is the tail of "I can't
 * …" whose "can" the sample kept ("I can {focus}" hearing "not turn my neck"): read it whole,
 * the safer reading, never as a denial.
 */
const CANNOT_TAIL =
  /^ not (move|bend|turn|lift|raise|straighten|stand|walk|put|bear|grip|hold|use|feel|breathe|catch|get my breath|seem to)\b/;

/** Words that turn the words after them into a denial: "no dizziness", "I'm not short of breath". */
const NEGATIONS = new Set(['no', 'not', 'never', 'without', 'nor', 'none', 'nothing', 'neither']);
const NEGATION_REACH = 3;

/** Lower case, apostrophes and punctuation out, "can't" and "cannot" as "can not". */
export function normaliseHeard(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\b(can'?t|cannot)\b/g, 'can not')
    .replace(/\bwon'?t\b/g, 'will not')
    .replace(/n't\b/g, ' not')
    .replace(/'s\b/g, ' is')
    .replace(/'m\b/g, ' am')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/** Denied when a negation sits a few words before the sign ("I'm not really dizzy"). */
function isDenied(text: string, matchStart: number): boolean {
  const words = text.slice(0, matchStart).trim().split(' ');
  const reach = words.slice(-NEGATION_REACH);
  const offset = words.length - reach.length;
  // "Can not" and "could not" belong to the sign ("I can't get my breath"): no denial.
  return reach.some(
    (word, index) =>
      NEGATIONS.has(word) &&
      !(word === 'not' && /^(can|could)$/.test(words[offset + index - 1] ?? '')),
  );
}

/** Chest tightness from training is muscle talk only when a muscle is named. */
const MUSCLE_WORDS =
  /\b(muscle|muscles|pec|pecs|pectoral|pectorals|from bench|bench press|push ups)\b/;

/** "My temperature's normal" names a temperature only to rule a fever out. */
const NORMAL_TEMPERATURE = /\btemp(erature)? (is )?(normal|fine|ok|okay|good|down)\b/;

function says(text: string, sign: RedFlag): boolean {
  if (sign === 'chest-pain' && MUSCLE_WORDS.test(text)) return false;
  if (sign === 'fever' && NORMAL_TEMPERATURE.test(text)) return false;
  return SIGN_PATTERNS[sign].some((pattern) => {
    for (const match of text.matchAll(pattern)) {
      if (!isDenied(text, match.index)) return true;
    }
    return false;
  });
}

/** Every warning sign the words name, in a fixed order; none for denials. */
export function warningSignsIn(heard: string): RedFlag[] {
  const normalised = normaliseHeard(heard);
  const text = CANNOT_TAIL.test(normalised) ? ` can${normalised}` : normalised;
  if (text.trim() === '') return [];
  return (Object.keys(SIGN_PATTERNS) as RedFlag[]).filter((sign) => says(text, sign));
}
