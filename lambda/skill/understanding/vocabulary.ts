import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEVERITY_WORD_LEVELS } from '../../core';
import { normaliseHeard } from '../safety/warning-words';
import { expandContraction } from './contractions';
import { slotTypePhrases } from './slot-words';

/**
 * What a phrase can mean. One phrase may mean several things ("a bit" is a yes to "does it stop
 * you?" and a rating of two; "legs" is an area and a plan): the reader chooses by what was asked
 * and what stands beside it.
 */
export type MeaningKind =
  | 'area'
  | 'feel'
  | 'plan'
  | 'water'
  | 'sleepQuality'
  | 'site'
  | 'weekday'
  | 'sign'
  | 'reply'
  | 'trend'
  | 'limits'
  | 'severityWord'
  | 'duration'
  | 'count'
  | 'unit'
  | 'waterUnit'
  | 'topic'
  | 'alwaysSore'
  | 'notSore'
  | 'skip'
  | 'since'
  /** "More than", "at least": the value after it is a step past what it names. */
  | 'more'
  | 'weekend'
  | 'half'
  | 'range'
  | 'planLead'
  | 'cause'
  | 'planTail'
  | 'sleepWord'
  | 'waterWord'
  | 'opener'
  | 'concern'
  | 'doubt'
  | 'taskHurts'
  | 'idiom'
  | 'command';

/** An id ("legs", "yes", "day") or a value (a rating, a number of days), by the kind. */
export interface Meaning {
  kind: MeaningKind;
  id: string;
  value: number;
}

export interface Entry {
  words: readonly string[];
  meanings: Meaning[];
}

/** The vocabulary file's shape: English words by what they mean, and each country's additions. */
interface VocabularyFile {
  replies: Record<'yes' | 'no', string[]>;
  trend: Record<'worse' | 'better', string[]>;
  limits: Record<'yes' | 'no', string[]>;
  alwaysSore: string[];
  notSore: string[];
  skip: string[];
  severityWords: Record<string, string[]>;
  units: Record<'day' | 'week' | 'hour' | 'scale', string[]>;
  durations: Record<string, string[]>;
  moreThan: string[];
  since: string[];
  weekend: string[];
  half: string[];
  ranges: string[];
  planLeads: string[];
  causeWords: string[];
  softeners: string[];
  unableWords: string[];
  inabilityOpeners: string[];
  leadingArticles: string[];
  /** "A", "an": a number said with one is a rating ("more like a four"), never hours or days. */
  ratingArticles: string[];
  /** "In": a duration after it is a gap in training ("first run in ages"), not the soreness. */
  gapWords: string[];
  /** "Right", "this": "one" after them is a thing ("the right one"), never a rating of one. */
  pronounOneLeads: string[];
  /** "Of": "one" before it is a thing ("one of those balls"), never a rating. */
  pronounOneTails: string[];
  /** "Too", "as well": an answer with one adds to the areas said, never replaces them. */
  additionWords: string[];
  approx: string[];
  planTails: string[];
  sleepWords: string[];
  waterWords: string[];
  waterUnits: Record<string, string[]>;
  counts: Record<string, string[]>;
  topics: Record<string, string[]>;
  questionOpeners: string[];
  /** Words that make a question wherever they stand ("my mate said DOMS, what's that"). */
  questionAnywhere: string[];
  concern: string[];
  /** Words of doubt: an answer that carries one is no clear answer ("not sure", "maybe"). */
  doubt: string[];
  /** "Hurts", "is tough": after an everyday action ("getting up"), it limits daily tasks. */
  taskHurts: string[];
  /** Words for soreness itself, no pain type: denied ("I don't have any soreness"), not sore. */
  sorenessWords: string[];
  /** Sayings with a body part in them that name no place ("back to back", "a pain in the neck"). */
  idioms: string[];
  /** An area word that is no area before these ("back at the gym", "back to back"). */
  areaAdverbs: Record<string, string[]>;
  fillers: string[];
  openingFillers: string[];
  urineWords: string[];
  abilityVerbs: string[];
  ableWords: string[];
  fineWords: string[];
  chestFeelings: string[];
  abilityTakenBack: string[];
  commandCompanions: string[];
  locales?: Record<string, Partial<Omit<VocabularyFile, 'locales'>>>;
}

/** The model's slot types that hold facts the reader places, by the meaning they give. */
const SLOT_TYPE_MEANINGS = {
  SorenessArea: 'area',
  PainFeel: 'feel',
  TrainingFocus: 'plan',
  HydrationLevel: 'water',
  SleepQuality: 'sleepQuality',
  BodySite: 'site',
  Weekday: 'weekday',
  RedFlag: 'sign',
  SeverityWord: 'severityWord',
  AdviceTopic: 'topic',
  // Not a slot type: the built-in intents' phrases (tools/model-build/slot-words.ts).
  BuiltInCommand: 'command',
} as const;

export interface Vocabulary {
  /** Entries by their first word, longest first: one lookup per word heard. */
  byFirstWord: ReadonlyMap<string, readonly Entry[]>;
  fillers: ReadonlySet<string>;
  /** Words an answer may open with before its reply ("um", "well", "honestly"). */
  openingFillers: ReadonlySet<string>;
  /** Words for urine: a colour alone is dark urine only beside one of them. */
  urineWords: ReadonlySet<string>;
  /** Verbs a sign may be said with that also say what someone can do ("put weight on it"). */
  abilityVerbs: ReadonlySet<string>;
  /** "Can", "able to": said just before an ability verb, the sign is denied by the ability. */
  ableWords: ReadonlySet<string>;
  /** "Fine", "normal": said just after a sign's words, they rule it out ("temperature's normal"). */
  fineWords: ReadonlySet<string>;
  /** Tightness, pressure, squeezing: felt in the chest, the chest-pain sign. */
  chestFeelings: ReadonlySet<string>;
  /** "Really", "that", "even": words that soften or stress what follows, read past. */
  softeners: ReadonlySet<string>;
  /** "Could not", "no way I can", "not able to": just before "walk" or "put weight", the sign. */
  unableWords: ReadonlySet<string>;
  /** A sign said as what one cannot do ("can't walk") is never denied by a "no" before it. */
  inabilityOpeners: ReadonlySet<string>;
  /** The last words of a plan phrase that make it one ("leg day", "a spin class"). */
  planTails: ReadonlySet<string>;
  /** Words a question opens with. */
  questionOpeners: ReadonlySet<string>;
  questionAnywhere: ReadonlySet<string>;
  /** "-ish": a number said with it is that number. */
  approx: ReadonlySet<string>;
  /** "Not", "way", "wish": before "can" or "able to", they take the ability back. */
  abilityTakenBack: ReadonlySet<string>;
  /** "Okay", "thanks", "please": the only words a command may be said with. */
  commandCompanions: ReadonlySet<string>;
  /** "My", "the": a phrase may be known with them or without them. */
  leadingArticles: ReadonlySet<string>;
  ratingArticles: ReadonlySet<string>;
  gapWords: ReadonlySet<string>;
  pronounOneLeads: ReadonlySet<string>;
  pronounOneTails: ReadonlySet<string>;
  additionWords: ReadonlySet<string>;
  sorenessWords: ReadonlySet<string>;
  areaAdverbs: ReadonlyMap<string, ReadonlySet<string>>;
}

const vocabularies = new Map<string, Vocabulary>();

/**
 * The words of a locale, read and indexed on first use (a LaunchRequest never reads any): the
 * skill's own vocabulary file beside this module (beside the bundle once built), and the model's
 * slot type values, so a synonym added to the model is a word the reader knows.
 */
export function vocabularyFor(locale: string | undefined): Vocabulary {
  const key = locale ?? '';
  const known = vocabularies.get(key);
  if (known) return known;
  const built = buildVocabulary(readVocabularyFile(), locale);
  vocabularies.set(key, built);
  return built;
}

/**
 * The file, or no words at all if it cannot be read: a description then reads as nothing
 * understood (asked again, and treated as a misunderstanding), never a failed turn. The safety
 * net reads the same words with its own patterns either way.
 */
function readVocabularyFile(): VocabularyFile {
  try {
    return JSON.parse(
      readFileSync(join(__dirname, 'vocabulary-en.json'), 'utf8'),
    ) as VocabularyFile;
  } catch {
    return NO_WORDS;
  }
}

const NO_WORDS: VocabularyFile = {
  replies: { yes: [], no: [] },
  trend: { worse: [], better: [] },
  limits: { yes: [], no: [] },
  alwaysSore: [],
  notSore: [],
  skip: [],
  severityWords: {},
  units: { day: [], week: [], hour: [], scale: [] },
  durations: {},
  moreThan: [],
  since: [],
  weekend: [],
  half: [],
  ranges: [],
  planLeads: [],
  causeWords: [],
  softeners: [],
  unableWords: [],
  inabilityOpeners: [],
  leadingArticles: [],
  ratingArticles: [],
  gapWords: [],
  pronounOneLeads: [],
  pronounOneTails: [],
  additionWords: [],
  approx: [],
  planTails: [],
  sleepWords: [],
  waterWords: [],
  waterUnits: {},
  counts: {},
  topics: {},
  questionOpeners: [],
  questionAnywhere: [],
  concern: [],
  doubt: [],
  taskHurts: [],
  sorenessWords: [],
  idioms: [],
  areaAdverbs: {},
  abilityTakenBack: [],
  commandCompanions: [],
  fillers: [],
  openingFillers: [],
  urineWords: [],
  abilityVerbs: [],
  ableWords: [],
  fineWords: [],
  chestFeelings: [],
};

function buildVocabulary(file: VocabularyFile, locale: string | undefined): Vocabulary {
  const local = (locale && file.locales?.[locale]) || {};
  const merged = mergeLists(file, local);
  const entries = new Map<string, Entry>();
  const articles = new Set(merged.leadingArticles);
  const add = (phrase: string, partial: { kind: MeaningKind; id?: string; value?: number }) => {
    const meaning: Meaning = { id: '', value: 0, ...partial };
    const words = wordsOfPhrase(phrase);
    if (words.length === 0) return;
    const put = (phrase: readonly string[]) => {
      const key = phrase.join(' ');
      const entry = entries.get(key) ?? { words: phrase, meanings: [] };
      if (!entry.meanings.some((known) => known.kind === meaning.kind && known.id === meaning.id))
        entry.meanings.push(meaning);
      entries.set(key, entry);
    };
    put(words);
    // A carrier phrase may have taken the "my" ("my {description}" hears "chest is tight").
    if (articles.has(words[0] ?? '') && words.length > 2) put(words.slice(1));
  };
  for (const [type, kind] of Object.entries(SLOT_TYPE_MEANINGS)) {
    for (const [id, phrases] of Object.entries(slotTypePhrases()[type] ?? {})) {
      // A rating word's id is its band; its value, the band's middle (mild 2, severe 8).
      const value = kind === 'severityWord' ? severityFromWord(id) : undefined;
      for (const phrase of phrases)
        add(phrase, { kind, id, ...(value !== undefined && { value }) });
    }
  }
  for (const id of ['yes', 'no'] as const) {
    for (const phrase of merged.replies[id]) add(phrase, { kind: 'reply', id });
  }
  for (const id of ['worse', 'better'] as const) {
    for (const phrase of merged.trend[id]) add(phrase, { kind: 'trend', id });
  }
  for (const id of ['yes', 'no'] as const) {
    for (const phrase of merged.limits[id]) add(phrase, { kind: 'limits', id });
  }
  for (const id of ['day', 'week', 'hour', 'scale'] as const) {
    for (const phrase of merged.units[id]) add(phrase, { kind: 'unit', id });
  }
  const valued = [
    ['severityWord', merged.severityWords],
    ['duration', merged.durations],
    ['count', merged.counts],
  ] as const;
  for (const [kind, byValue] of valued) {
    for (const [value, phrases] of Object.entries(byValue)) {
      for (const phrase of phrases) add(phrase, { kind, value: Number(value) });
    }
  }
  for (const [kind, byId] of [
    ['waterUnit', merged.waterUnits],
    ['topic', merged.topics],
  ] as const) {
    for (const [id, phrases] of Object.entries(byId)) {
      for (const phrase of phrases) add(phrase, { kind, id });
    }
  }
  const plain = [
    ['alwaysSore', merged.alwaysSore],
    ['notSore', merged.notSore],
    ['skip', merged.skip],
    ['more', merged.moreThan],
    ['since', merged.since],
    ['weekend', merged.weekend],
    ['half', merged.half],
    ['range', merged.ranges],
    ['planLead', merged.planLeads],
    ['cause', merged.causeWords],
    ['planTail', merged.planTails],
    ['sleepWord', merged.sleepWords],
    ['waterWord', merged.waterWords],
    ['opener', merged.questionOpeners],
    ['concern', merged.concern],
    ['doubt', merged.doubt],
    ['taskHurts', merged.taskHurts],
    ['idiom', merged.idioms],
  ] as const;
  for (const [kind, phrases] of plain) for (const phrase of phrases) add(phrase, { kind });
  const byFirstWord = new Map<string, Entry[]>();
  for (const entry of entries.values()) {
    const first = entry.words[0] ?? '';
    const list = byFirstWord.get(first);
    if (list) list.push(entry);
    else byFirstWord.set(first, [entry]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return {
    byFirstWord,
    fillers: new Set(merged.fillers),
    openingFillers: new Set(merged.openingFillers),
    urineWords: new Set(merged.urineWords),
    abilityVerbs: new Set(merged.abilityVerbs),
    ableWords: phraseSet(merged.ableWords),
    fineWords: new Set(merged.fineWords),
    chestFeelings: new Set(merged.chestFeelings),
    softeners: phraseSet(merged.softeners),
    unableWords: phraseSet(merged.unableWords),
    inabilityOpeners: new Set(merged.inabilityOpeners),
    planTails: new Set(merged.planTails),
    questionOpeners: phraseSet(merged.questionOpeners),
    questionAnywhere: phraseSet(merged.questionAnywhere),
    approx: new Set(merged.approx),
    abilityTakenBack: new Set(merged.abilityTakenBack),
    commandCompanions: new Set(merged.commandCompanions),
    leadingArticles: articles,
    ratingArticles: new Set(merged.ratingArticles),
    gapWords: new Set(merged.gapWords),
    pronounOneLeads: new Set(merged.pronounOneLeads),
    pronounOneTails: new Set(merged.pronounOneTails),
    additionWords: phraseSet(merged.additionWords),
    sorenessWords: new Set(merged.sorenessWords),
    areaAdverbs: new Map(
      Object.entries(merged.areaAdverbs).map(([word, after]) => [word, new Set(after)]),
    ),
  };
}

function severityFromWord(id: string): number | undefined {
  return (SEVERITY_WORD_LEVELS as Readonly<Record<string, number>>)[id];
}

/**
 * A phrase as the reader's words: through the one normaliser, except that a phrase already in
 * its words (lower-case letters, no contraction) is only split; most of the vocabulary is, and
 * the first description's cold turn is spared normalising every phrase (3 to 5 ms).
 */
function wordsOfPhrase(phrase: string): string[] {
  if (PLAIN.test(phrase)) {
    const words = phrase.split(' ');
    if (words.every((word) => word !== '' && expandContraction(word) === word)) return words;
  }
  return normaliseHeard(phrase).trim().split(' ').filter(Boolean);
}

const PLAIN = /^[a-z]+( [a-z]+)*$/;

/** Phrases as the reader's words join them. */
function phraseSet(phrases: readonly string[]): ReadonlySet<string> {
  return new Set(phrases.map((phrase) => normaliseHeard(phrase).trim()));
}

/** A country's additions join the English lists; nothing is taken away. */
function mergeLists(
  base: VocabularyFile,
  local: Partial<Omit<VocabularyFile, 'locales'>>,
): VocabularyFile {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(local)) {
    const current = merged[key];
    if (Array.isArray(value) && Array.isArray(current)) merged[key] = [...current, ...value];
    else if (value && typeof value === 'object' && current && typeof current === 'object') {
      const lists: Record<string, string[]> = { ...(current as Record<string, string[]>) };
      for (const [id, phrases] of Object.entries(value as Record<string, string[]>)) {
        lists[id] = [...(lists[id] ?? []), ...phrases];
      }
      merged[key] = lists;
    }
  }
  return merged as unknown as VocabularyFile;
}
