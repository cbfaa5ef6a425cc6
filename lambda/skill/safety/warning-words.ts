import type { RedFlag } from '../../core';
import { normaliseWords } from '../understanding/normalise';

/**
 * The eight warning signs as people say them. This is the skill's own safety net under the
 * interaction model: whatever intent a request matched, every word it carries is checked here,
 * so a sign said in an answer to any question is never dropped. The patterns are global so that
 * every match is checked for a denial before it (matchAll copies a pattern: none keeps state).
 */
const URINE = '(urine|pee|peed|peeing|wee|weed|weeing|piss|pissing|wees|pees)';
const CHEST_FEELING =
  '(tight|tighten\\w*|tightness|pressure|squeez\\w*|heavy|heaviness|crush\\w*|clench\\w*|pain|pains|weight|band|pounding|racing)';
/**
 * Ways of saying "cannot", as Alexa's words arrive once normalised ("haven't been able to" is
 * "have not been able to"): a sign verb after one of them is the sign.
 */
const CANNOT =
  '(can not|could not|unable to|not able to|not been able to|been unable to|no longer able to|impossible to|can no longer|can barely|can hardly|could barely|could hardly|no way (i |that i )?(can|could)|no chance (i |that i )?(can|could)|not a chance (i )?(can|could)|struggl\\w* to)';

/** "I don't feel my toes": numbness, where "I don't feel dizzy" denies a sign. */
const NO_FEELING = 'do not feel my (toes|fingers|feet|foot|hands?|legs?|arms?)';

/** Qualifiers that make "I can't lift …" a movement limit (R5), not an area that cannot move. */
const ONLY_LIMITED =
  '(fully|properly|normally|much|as far|all the way|full range|very far|as well|as high|as heavy|as easily|as much|as fast|right up|without|over my head|above my head|how|down|over)';

const SIGN_PATTERNS: Readonly<Record<RedFlag, readonly RegExp[]>> = {
  // After the urine word any colour counts; before it, only a true colour word ("had a coffee
  // and my pee is clear" is not the sign).
  'dark-urine': [
    new RegExp(
      `\\b${URINE}\\b.* (dark|darker|brown|browny|brownish|black|rusty|red|bloody|blood|orange|cola|coke|tea|coffee)\\b`,
      'g',
    ),
    // Slot values are joined in the model's slot order, not the spoken one, so a colour word
    // before the urine word counts at any distance.
    new RegExp(`\\b(dark|darker|brown|browny|brownish|black|rusty|bloody)\\b.* ${URINE}\\b`, 'g'),
    new RegExp(`\\b(cola|coke|tea|coffee)( |-)?colou?red( \\w+){0,2} ${URINE}\\b`, 'g'),
  ],
  // Within a few words of "chest": "my legs feel heavy and my chest is sore" is not chest pain.
  'chest-pain': [
    /\bchest (pain|pains|tightness|pressure|heaviness)\b/g,
    /\b(squeez\w*|crush\w*|tighten\w*) (my|the) chest\b/g,
    new RegExp(
      `\\b${CHEST_FEELING}( \\w+){0,3} (in|on|across|around|inside|of) (my |the )?chest\\b`,
      'g',
    ),
    new RegExp(
      `\\bchest( \\w+){0,3} (${CHEST_FEELING.slice(1, -1)}|pain inside|hurting inside|hurts inside|aching inside|inside)\\b`,
      'g',
    ),
  ],
  dizziness: [
    /\b(dizzy|dizziness|dizzie\w*|light ?headed|lightheaded\w*|faint(?! (ache|aching|pain|soreness|burn|twinge|stiffness))\w*|going to faint|might faint|nearly faint|passed out|pass out|passing out|blacked out|black out|blacking out|woozy|vertigo|giddy|giddi\w*|spinning(?! (class|bike|session))|spins|saw stars|seeing stars|keel\w* over|wobbly on my feet)\b/g,
  ],
  breathless: [
    new RegExp(
      `\\b(breathless\\w*|out of breath|short of breath|shortness of breath|hard to breathe|harder to breathe|trouble breathing|difficulty breathing|${CANNOT} (really |even |properly |quite |actually |just |seem to )?(breathe|catch my breath|get (my )?breath|get air in)|barely breathe|hardly breathe|wheez\\w*|gasping|winded|puffed(?! (right |all )?up)|puffing(?! (right |all )?up)|out of puff|gassed|huffing and puffing|sucking wind|blowing hard|breathing( \\w+){0,4} (hard|difficult|bad|funny|weird|tough|a struggle|laboured|labored|shallow)|breathe properly|breath (is )?short)\\b`,
      'g',
    ),
  ],
  numbness: [
    new RegExp(
      `\\b(numb|numbness|numbed|tingl\\w*|pins and needles|${CANNOT} (really |even |properly |quite |actually |seem to )?feel|${NO_FEELING}|lost (the )?feeling|no feeling|lose feeling|losing feeling|went dead|gone dead|going dead)\\b`,
      'g',
    ),
  ],
  swelling: [
    /\b(swell\w*|swollen|swole up|puff\w* (right |all )?up|puffy|lump is come up|ballooned|balloon\w*|blown up|blew up|lump( \w+){0,2} (on|came up|come up|appeared))\b/g,
  ],
  fever: [
    /\b(fever\w*|a temperature|high temperature|running a temperature|got a temperature|have a temperature|chills|shivery|the shivers|night sweats|cold sweats|hot and cold|burning up|the flu|flu like|feverish)\b/g,
  ],
  'cannot-move': [
    new RegExp(
      `\\b(${CANNOT}|will not|would not) (really |even |properly |quite |actually |just |physically |seem to )?(move|bend|straighten|lift|put (any |my )?weight|take (any |my )?weight|bear (any |my )?weight|stand|walk on|walk at all|use|turn|raise|grip|hold me|hold my weight)\\b(?!( \\w+){0,3} ${ONLY_LIMITED}\\b)`,
      'g',
    ),
    /\b(no movement|will not move|would not move|does not move|totally stuck|give way|gives way|gave way|giving way|buckled|buckles|buckling)\b/g,
    /\b(walking|standing|moving|putting weight)( on (it|them|my \w+))? (is|was) impossible\b/g,
  ],
};

/**
 * A value that starts "not", "barely" or "hardly" and a verb of moving, feeling or breathing is
 * the tail of "I can't …" or "I can barely …" whose "can" the sample kept ("I can {focus}"
 * hearing "not turn my neck", "I could {train}" hearing "barely stand up"): read it whole, the
 * safer reading, never as a denial.
 */
const CANNOT_TAIL =
  /^ (not|barely|hardly) (move|bend|turn|lift|raise|straighten|stand|walk|put|bear|grip|hold|use|feel|breathe|catch|get my breath|seem to)\b/;

/**
 * Words that deny the sign right after them: "no dizziness", "I'm not short of breath". "Never"
 * and "without" are left out on purpose ("never been this dizzy", "can't walk without getting
 * dizzy" name the sign); when in doubt the sign counts.
 */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'no',
  'not',
  'nor',
  'none',
  'neither',
  'nothing',
]);
/** A denial reaches the next few words ("not really that dizzy"), never across a clause. */
const NEGATION_REACH = 3;
const CLAUSE_BREAKS = new Set([
  // A new subject starts a new clause: "no, I feel dizzy" answers with a no and then names the
  // sign; "I'm not dizzy" and "no dizziness" still deny it.
  'i',
  'it',
  'its',
  'there',
  'they',
  'and',
  'but',
  'just',
  'only',
  'except',
  'so',
  'though',
  'although',
  'yet',
  'apart',
]);

/**
 * The words as the one normaliser gives them, spaced at both ends for the patterns below, with
 * no apostrophe left: a sign is read the same whether an "'s" was "is" or a possessive ("my
 * knee's swollen" is "my knee is swollen").
 */
export function normaliseHeard(text: string): string {
  const words = normaliseWords(text).map((word) =>
    word.endsWith("'s") ? `${word.slice(0, -2)} is` : word.replace(/[^a-z0-9]+/g, ' '),
  );
  return ` ${words.join(' ').replace(/\s+/g, ' ').trim()} `;
}

/** Words that join the items of a list: one denial before the list covers all of them. */
const LIST_JOINERS = new Set(['or', 'nor']);
/** Words that turn a list back into a report ("nothing really, or maybe a bit dizzy"). */
const REPORT_WORDS = new Set([
  'maybe',
  'perhaps',
  'possibly',
  'think',
  'guess',
  'bit',
  'little',
  'kind',
  'sort',
  'slightly',
  'yes',
  'yeah',
  'actually',
  'except',
  'though',
]);

/** A negation that denies what follows: not the "not" of "can not", nor of "I don't know". */
function deniesAt(words: readonly string[], index: number): boolean {
  const word = words[index] ?? '';
  if (!NEGATIONS.has(word)) return false;
  // "Can not" belongs to the sign ("I can't get my breath"); "I don't know" denies nothing.
  const partOfSign = word === 'not' && /^(can|could|will|would)$/.test(words[index - 1] ?? '');
  const unsure = word === 'not' && /^(know|sure)$/.test(words[index + 1] ?? '');
  // "No, my chest is tight": a "no" that answers and then starts on what is felt denies nothing.
  const answersFirst = word === 'no' && (words[index + 1] === 'my' || words[index + 1] === 'the');
  return !partOfSign && !unsure && !answersFirst;
}

/**
 * Denied when a negation sits a few words before the sign ("I'm not really dizzy"), or before a
 * list the sign ends ("not dizzy or short of breath or anything"): the denial reaches to the
 * clause's end through "or" and "nor", never through a clause break or a word of report.
 */
function isDenied(text: string, matchStart: number): boolean {
  return deniedByWordsBefore(wordsBefore(text, matchStart));
}

/**
 * The denial rule on the words said before something (a sign, a pain type, a limit): the same
 * rule whether the words come as text or as the reader's word list.
 */
function deniedByWordsBefore(before: readonly string[]): boolean {
  const words = before.length > LIST_REACH ? before.slice(-LIST_REACH) : before;
  if (deniedByNaming(words)) return true;
  for (let index = words.length - 1; index >= Math.max(0, words.length - NEGATION_REACH); index--) {
    if (CLAUSE_BREAKS.has(words[index] ?? '')) return false;
    if (deniesAt(words, index)) return true;
  }
  return listDenied(words);
}

/**
 * The denial rule for a fact found at `start` of the words: a fact whose own words open a new
 * clause ("no dizziness, just sore", "not numb, it is just stiff") is not denied by what came
 * before it.
 */
export function deniedAt(words: readonly string[], start: number): boolean {
  return !CLAUSE_BREAKS.has(words[start] ?? '') && deniedByWordsBefore(words.slice(0, start));
}

/** Verbs that name what something is: "I wouldn't call it stabbing" denies the stabbing. */
const NAMING_VERBS = new Set(['call', 'say', 'describe']);
/** The object or the "it is" after a naming verb, which start no clause of their own. */
const NAMED_OBJECT = new Set(['it', 'its', 'is', 'as', 'that']);

/** A negation with a naming verb just before the words named ("would not say it is"). */
function deniedByNaming(words: readonly string[]): boolean {
  const verb = words.findLastIndex((word) => NAMING_VERBS.has(word));
  if (verb < 1 || words.length - verb > NEGATION_REACH + 1) return false;
  const named = words.slice(verb + 1);
  return NEGATIONS.has(words[verb - 1] ?? '') && named.every((word) => NAMED_OBJECT.has(word));
}

/**
 * How far back a list's denial is looked for, in words: longer than any spoken list of signs
 * ("not dizzy or short of breath or numb or anything like that"), and a bound that keeps the
 * cost of a match constant, so the whole reading stays linear in the length of what was heard.
 */
const LIST_REACH = 24;
/** Characters before a match that hold those words, with room for long ones. */
const LOOK_BACK_CHARACTERS = LIST_REACH * 16;

/** The last words before a match, never more than a list's reach. */
function wordsBefore(text: string, matchStart: number): string[] {
  const from = Math.max(0, matchStart - LOOK_BACK_CHARACTERS);
  const words = text.slice(from, matchStart).trim().split(' ');
  // A cut word at the window's start is a fragment, not a word that was said.
  return (from > 0 ? words.slice(1) : words).slice(-LIST_REACH);
}

/** The words end in "or" or "nor" of a list that a negation opened within the clause. */
function listDenied(words: readonly string[]): boolean {
  if (!LIST_JOINERS.has(words.at(-1) ?? '')) return false;
  for (let index = words.length - 2; index >= Math.max(0, words.length - LIST_REACH); index--) {
    const word = words[index] ?? '';
    if (CLAUSE_BREAKS.has(word) || REPORT_WORDS.has(word)) return false;
    if (deniesAt(words, index)) return true;
  }
  return false;
}

/** Chest tightness from training is muscle talk only when a muscle is named. */
const MUSCLE_WORDS =
  /\b(muscle|muscles|pec|pecs|pectoral|pectorals|from bench|bench press|benching|push ups|pushups|dips|flyes|flies|chest day|chest press|deadlift\w*)\b/;
/** The same words found anywhere, each checked for a denial ("not the muscles" is none). */
const MUSCLE_TALK = [new RegExp(MUSCLE_WORDS.source, 'g')];

/** "My temperature's normal" names a temperature only to rule a fever out. */
const NORMAL_TEMPERATURE = /\btemp(erature)? (is )?(normal|fine|ok|okay|good|down)\b/;

/**
 * Said outright, chest pain is the sign whatever exercise is named beside it, and so is a tight,
 * pressing or heavy chest ("my chest is a bit tight and my pecs are sore"): tightness in the
 * chest is never chest-muscle soreness. Only the muscles named as what is tight ("my chest
 * muscles are tight from push ups") are muscle talk.
 */
const CHEST_PRESSED =
  '(tight|tighten\\w*|tightness|pressure|squeez\\w*|heavy|heaviness|crush\\w*|clench\\w*|band|pounding|racing)';
const CHEST_PAIN_SAID = [
  /\b(chest (pain|pains|tightness|pressure|heaviness)|pain in my chest)\b/g,
  new RegExp(`\\bchest(?! muscles?\\b)( \\w+){0,3} ${CHEST_PRESSED}\\b`, 'g'),
  new RegExp(
    `\\b${CHEST_PRESSED}( \\w+){0,3} (in|on|across|around|inside|of) (my |the )?chest\\b(?! muscles?\\b)`,
    'g',
  ),
];

/**
 * A sign said as what someone cannot do. "No" before it answers the question, it does not deny
 * the sign: "no, I can't move it" to "…or can't move it? Yes or no?" is read the safer way.
 */
const INABILITY = new RegExp(`^ ?(${CANNOT}|${NO_FEELING}|will not|would not)`);

/** True when one of the patterns matches with no denial just before it. */
function saidUndenied(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => {
    // Most patterns find nothing in most answers: search allocates nothing then, matchAll a
    // copy of the pattern and an iterator every time (measured per warm turn).
    if (text.search(pattern) === -1) return false;
    for (const match of text.matchAll(pattern)) {
      if (INABILITY.test(match[0]) || !isDenied(text, match.index)) return true;
    }
    return false;
  });
}

const CHEST_WORD = [/\bchest\b/g];

/**
 * A chest named in the words, not denied ("no chest pain", read by the same denial rule as the
 * signs) and not a chest muscle or chest training ("pecs", "chest day", "bench").
 */
export function namesChestUndenied(heard: string): boolean {
  // Asked of every answer, most of which carry no words (a yes, a resolved slot).
  if (!hasWords(heard)) return false;
  const text = normaliseHeard(heard);
  if (CHEST_FINE.test(text)) return false;
  return !MUSCLE_WORDS.test(text) && saidUndenied(text, CHEST_WORD);
}

/** "My chest is fine, it's my shoulder": the chest named only to rule it out. */
const CHEST_FINE =
  /\bchest (is|feels) (totally |completely |absolutely )?(fine|ok|okay|good|alright|all right|normal)\b/;

/** What the chest "is" or "feels" in "my chest is {feeling}" when it says the chest is fine. */
const FEELS_FINE =
  /^ (is |feels )?(totally |completely |absolutely )?(fine|ok|okay|good|alright|all right|normal)\b/;

/** The whole of what was said rules the chest out ("my chest is fine, it's my back"). */
export function saysChestFine(heard: string): boolean {
  return CHEST_FINE.test(normaliseHeard(heard));
}

/** "My chest is | fine, it's my back": the feeling names no sign, whatever follows it. */
export function chestSaidFine(feeling: string): boolean {
  return FEELS_FINE.test(normaliseHeard(feeling));
}

/**
 * Chest words that are muscle talk ("tight from bench", "my pecs"), with no chest pain said
 * outright: the reader's chest signs yield to this as the safety net's own patterns do.
 */
export function chestMuscleTalk(heard: string): boolean {
  const text = normaliseHeard(heard);
  return saidUndenied(text, MUSCLE_TALK) && !saidUndenied(text, CHEST_PAIN_SAID);
}

function says(text: string, sign: RedFlag): boolean {
  // Muscle talk ("sore pecs from bench") is no chest pain; "not the muscles" is no muscle talk.
  if (sign === 'chest-pain' && saidUndenied(text, MUSCLE_TALK))
    return saidUndenied(text, CHEST_PAIN_SAID);
  if (sign === 'fever' && NORMAL_TEMPERATURE.test(text)) return false;
  return saidUndenied(text, SIGN_PATTERNS[sign]);
}

/** Words of a bruise or a drink: beside them a colour alone is no dark urine. */
const BRUISE_OR_DRINK =
  /\b(blue|purple|bruis\w*|black eye|yellowy green|green and yellow|coffee|tea|cola|coke|wine|beer|juice|drink|drinking)\b/;

export function namesBruiseOrDrink(heard: string): boolean {
  return BRUISE_OR_DRINK.test(normaliseHeard(heard));
}

const URINE_WORD = new RegExp(
  `\\b(${URINE.slice(1, -1)}|urinate|urinating|urination|number one)\\b`,
);

/** Whether the words name urine, which makes a colour beside them dark urine. */
export function namesUrine(heard: string): boolean {
  return URINE_WORD.test(normaliseHeard(heard));
}

/**
 * Whether there are words to read at all. Every sign and every chest is said in letters (the
 * normaliser keeps no others), so a number, or nothing, names none: answering so before the
 * patterns spares compiling them on a cold turn that carried no words.
 */
export function hasWords(heard: string): boolean {
  return /[a-z]/i.test(heard);
}

/** Every warning sign the words name, in a fixed order; none for denials. */
export function warningSignsIn(heard: string): RedFlag[] {
  if (!hasWords(heard)) return [];
  const normalised = normaliseHeard(heard);
  const text = CANNOT_TAIL.test(normalised) ? ` can${normalised}` : normalised;
  return (Object.keys(SIGN_PATTERNS) as RedFlag[]).filter((sign) => says(text, sign));
}
