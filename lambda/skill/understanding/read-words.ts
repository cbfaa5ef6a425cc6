import type { Feel, Hydration, PlannedFocus, RedFlag } from '../../core';
import type { AreaSlotId } from '../conversation/area-words';
import { daysSince, type Weekday } from '../conversation/durations';
import type { Question } from '../conversation/state';
import { hydrationFromAmount, type WaterUnit } from '../conversation/water';
import { chestMuscleTalk, deniedAt, namesBruiseOrDrink } from '../safety/warning-words';
import type { AdviceTopic, Heard, Reply } from './heard';
import { normaliseWords } from './normalise';
import { mayBePartOfNumber, parseNumber } from './numbers';
import { onScale } from './scales';
import { settleChest } from './settle-chest';
import {
  type Entry,
  type Meaning,
  type MeaningKind,
  type Vocabulary,
  vocabularyFor,
} from './vocabulary';

/** What the reader needs besides the words: the question they answer, the day, the country. */
export interface Reading {
  pending: Question | null;
  /** A second question asked in the same breath ("how bad, and for how many days?"). */
  companion?: Question | undefined;
  /** The request's timestamp, for "since Saturday". */
  timestamp: string;
  locale: string | undefined;
}

/** Whether a phrase of the set (of one or two words) begins at this word. */
function isPhraseAt(set: ReadonlySet<string>, words: readonly string[], at: number): boolean {
  return set.has(words[at] ?? '') || set.has(words.slice(at, at + 2).join(' '));
}

/**
 * "My legs are fine", "my knee's okay": a fine word just after a place rules it out, as it does
 * a sign, unless a "not" takes it back ("my back's not good").
 */
function saidFine(words: readonly string[], at: number, vocabulary: Vocabulary): boolean {
  const after = words.slice(at, at + FINE_REACH);
  return after.some(
    (word, index) =>
      vocabulary.fineWords.has(word) && !vocabulary.abilityTakenBack.has(after[index - 1] ?? ''),
  );
}

/** Topics that ask about whatever else is named: "why", "what about". */
const GENERAL_TOPICS: ReadonlySet<string> = new Set(['why', 'instead']);

/** Whether the words answer this question: the one asked, or the one asked with it. */
const asks = (reading: Reading, question: Question) =>
  reading.pending === question || reading.companion === question;

type Hit =
  | { kind: 'phrase'; start: number; end: number; meanings: readonly Meaning[] }
  | { kind: 'number'; start: number; end: number; value: number };

/** A reply opens an answer: within this many words of its first word that is not a filler. */
const OPENING_REACH = 3;
/** How far a lead ("doing", "can I") or a cause ("after", "from") reaches to a plan phrase. */
const PLAN_LEAD_REACH = 3;
/** Words after an area in which a rating word rates it ("my bum is absolutely killing me"). */
const AREA_RATING_REACH = 2;
/** Words after a chest in which a feeling ("like it was being squeezed") is felt in it. */
const CHEST_FEELING_REACH = 8;
/** Words after a sign in which "fine" or "normal" rules it out ("temperature's normal"). */
const FINE_REACH = 3;
/** Words between "every day" and the trend it paces ("every day it's a bit worse"). */
const PACE_REACH = 4;
/** Words before "hurts" or "is tough" in which an everyday action is the thing that hurts. */
const TASK_REACH = 5;
/** Words before a sign in which a denial or a wish takes an ability back ("no way I can walk"). */
const ABILITY_TAKEN_BACK_REACH = 4;

/**
 * Reads the words of one answer into facts, by the vocabulary of the request's locale and the
 * one denial rule: "not sharp" denies the pain type, "no fever or anything" the sign.
 */
export function readWords(text: string, reading: Reading): Heard {
  return readWith(text, reading, NOTHING_LEFT_OUT);
}

const NOTHING_LEFT_OUT: ReadonlySet<MeaningKind> = new Set();

/**
 * `without`: phrases of these kinds only are read by their words instead ("chest and triceps",
 * no plan, is two areas; "sore muscles", no site, is a dull soreness).
 */
function readWith(text: string, reading: Reading, without: ReadonlySet<MeaningKind>): Heard {
  const vocabulary = vocabularyFor(reading.locale);
  const words = tokensOf(text, vocabulary);
  const hits = hitsIn(words, vocabulary, without);
  const heard: Heard = { areas: [], signs: [], concern: false, unplaced: [] };
  const placed = new Set<number>();
  const place = (hit: Hit | undefined) => {
    for (let at = hit?.start ?? 0; hit && at < hit.end; at++) placed.add(at);
  };
  const phraseOf = (hit: Hit) => words.slice(hit.start, hit.end).join(' ');
  // A reply counts where an answer opens ("nah, I can walk fine") or as its last words.
  const openingStart = firstMeaningfulIndex(words, vocabulary);
  const opening = hits.find(
    (hit) => hit.start >= openingStart && hit.start <= openingStart + OPENING_REACH,
  );
  const openingReply = meaningOf(opening, 'reply') ? opening : undefined;
  // A reply's words answer the question ("no, not really, I can walk on it"); elsewhere "not",
  // "way" or "wish" take an ability back ("I'm not able to walk").
  const inReply = new Set<number>();
  for (const hit of hits) {
    for (let at = hit.start; meaningOf(hit, 'reply') && at < hit.end; at++) inReply.add(at);
  }
  // The safety net's one denial rule, on the words before each fact: "no dizziness" denies, and
  // a new clause ends a denial's reach ("no, I feel dizzy" names the sign).
  const denied = (hit: Hit) => deniedAt(words, hit.start);
  // An action said as one: a word of doing ("putting", "typing") in the clause before.
  const actionBefore = (hit: Hit) =>
    words
      .slice(Math.max(0, hit.start - TASK_REACH), hit.start)
      .some((word) => word.endsWith('ing') && word.length > 4);
  const morePrecedes = (hit: Hit) =>
    hits.some((other) => meaningOf(other, 'more') && other.end === hit.start);
  const has = (kind: MeaningKind) => hits.some((hit) => meaningOf(hit, kind) !== undefined);
  const waterTalk = asks(reading, 'hydration') || has('waterWord');
  const sleepTalk = reading.pending === 'sleep' || has('sleepWord');
  const urineSaid = words.some((word) => vocabulary.urineWords.has(word));
  const colourOfOther = has('area') || namesBruiseOrDrink(text);
  const feels = new Set<Feel>();
  const deniedFeels = new Set<Feel>();
  /** "I don't have any soreness": soreness itself denied, which is no pain type. */
  let deniedSoreness = false;
  const plans = new Set<PlannedFocus>();
  const days: number[] = [];
  const replies: Reply[] = [];
  /** Whether a sign's words were said as what one can do ("I can walk on it"). */
  let saysAble = false;
  let skipSaid = false;
  let doubtSaid = false;
  // A number is the rating; words ("wrecked", "kind of") rate only where no number was said, and
  // of several the highest counts ("a two, but now an eight").
  const ratings = { numbers: [] as Array<[number, number]>, words: [] as Array<[number, number]> };
  const rate = (value: number, said: 'numbers' | 'words' = 'numbers') => {
    ratings[said].push([heard.areas.length - 1, value]);
  };
  const consumed = new Set<number>();
  // Read once: the words ask something, whatever topic they name.
  const asking = isQuestion(words, hits, vocabulary);
  // Doubt says how sure, not what: "maybe a run" names the run alone.
  const factHits = hits.filter(
    (hit) => !meaningOf(hit, 'doubt') || hit.kind !== 'phrase' || hit.meanings.length > 1,
  ).length;

  hits.forEach((hit, index) => {
    if (consumed.has(index)) return;
    const next = hits[index + 1];
    const before = hits[index - 1];
    if (hit.kind === 'number') {
      place(hit);
      // The article may open the number's own words ("a hundred") or stand just before it.
      const articled = [hit.start, hit.start - 1].some((at) =>
        vocabulary.ratingArticles.has(words[at] ?? ''),
      );
      const asRead = articled ? { ...reading, pending: 'severity' as const } : reading;
      // A rating said with an article, or to the rating asked with the days, stands alone: "a
      // five, six days" is a rating and a duration, not five to six days.
      const alone = articled || (reading.pending === 'severity' && reading.companion === 'days');
      for (const used of readNumberHit(hit, index, hits, heard, days, asRead, rate, alone)) {
        consumed.add(used);
        place(hits[used]);
      }
      return;
    }
    // A topic asked about, whatever else its words mean ("doms" is a dull ache too). A general
    // one gives way to what else is named ("why am I sorer the second day" asks about DOMS).
    const topic = meaningOf(hit, 'topic');
    const open = heard.question === undefined || GENERAL_TOPICS.has(heard.question);
    const asked = asking || isPhraseAt(vocabulary.questionOpeners, words, hit.start);
    if (topic && open && asked) heard.question = topic.id as AdviceTopic;
    // "Bloody annoying", "bloody sore": a colour that is also a rating word, said before more
    // words and of no urine, rates what follows; said last ("it was bloody") it stays a colour.
    const sign = meaningOf(hit, 'sign');
    const intensifier =
      sign?.id === 'dark-urine' &&
      !urineSaid &&
      hit.end < words.length &&
      meaningOf(hit, 'severityWord') !== undefined;
    if (sign && !intensifier) {
      place(hit);
      const before = words.slice(0, hit.start);
      const opensAbility = vocabulary.abilityVerbs.has(words[hit.start] ?? '');
      // "Put weight on it" is the sign only after a "can't" ("I can't put weight on it"). What
      // one cannot do ("no way I can walk", "not really able to walk") is the sign, whatever
      // reply or denial stands before it: its "no" and "not" are the inability.
      const unable = opensAbility && endsIn(before, vocabulary.unableWords, vocabulary);
      const inability = vocabulary.inabilityOpeners.has(words[hit.start] ?? '') || unable;
      // The "no" that opens an answer only answers ("no, I can walk").
      const takenBack = takesAbilityBack(words, hit.start, inReply, vocabulary);
      const abilityOnly = opensAbility && !takenBack && !unable;
      // A colour alone ("dark", "black") is dark urine, the safer reading, unless it is plainly
      // said of something else: a body part, a bruise or a drink ("my thigh is dark", "black and
      // blue", "just black coffee"), with no urine word and not to the safety question.
      const colourOnly =
        sign.id === 'dark-urine' && !urineSaid && reading.pending !== 'redFlags' && colourOfOther;
      // "I can walk on it" rules the sign out; "not able to", "no way I can" never do.
      const able = !unable && !takenBack && endsIn(before, vocabulary.ableWords, vocabulary);
      if (able) saysAble = true;
      const ruledOut =
        able ||
        words.slice(hit.end, hit.end + FINE_REACH).some((word) => vocabulary.fineWords.has(word));
      if ((inability || !denied(hit)) && !colourOnly && !ruledOut && !abilityOnly) {
        heard.signs.push(sign.id as RedFlag);
      }
      return;
    }
    // To "joint or muscle?" and the chest question, a site answers first ("muscle soreness").
    const site = meaningOf(hit, 'site');
    if (site && (reading.pending === 'site' || reading.pending === 'chest')) {
      if (!denied(hit)) heard.site = site.id as 'joint' | 'muscle';
      place(hit);
      return;
    }
    // Asked nothing about a joint or muscle, a site phrase says what its words say.
    if (site && hit.end - hit.start > 1 && !without.has('site')) {
      const inner = readWith(phraseOf(hit), reading, new Set(['site']));
      heard.areas.push(...inner.areas);
      heard.signs.push(...inner.signs);
      if (inner.feel) feels.add(inner.feel);
      if (inner.days !== undefined) days.push(inner.days);
      place(hit);
      return;
    }
    const plan = meaningOf(hit, 'plan');
    const area = meaningOf(hit, 'area');
    if (plan) {
      const near = hits.slice(Math.max(0, index - PLAN_LEAD_REACH), index);
      const said = (kind: MeaningKind) =>
        near.some((other) => meaningOf(other, kind) && hit.start - other.end <= PLAN_LEAD_REACH);
      const tailAfter = meaningOf(next, 'planTail') !== undefined && next?.start === hit.end;
      const ownTail = vocabulary.planTails.has(words[hit.end - 1] ?? '');
      // A plan only when said as one ("doing legs", "leg day", "can I run"); "sore after push
      // day" names the cause and "can I push through sore legs" the sore area, and a plan
      // wrongly heard could lighten the advice.
      const soreArea = area && meaningOf(before, 'feel') && before?.end === hit.start;
      // An exercise that is no body part, said on its own ("bench press mostly", "a run"), is
      // what they mean to train; to "where are you sore?" it would be no answer at all.
      const namedAlone = factHits === 1 && reading.pending !== 'area';
      const saidAsPlan = said('planLead') || ((tailAfter || ownTail || namedAlone) && !area);
      if (!said('cause') && !soreArea && saidAsPlan) {
        if (!denied(hit)) plans.add(plan.id as PlannedFocus);
        place(hit);
        if (tailAfter) place(next);
        return;
      }
      // A plan phrase not said as a plan ("chest and triceps" to "where?") names its areas.
      if (!area && hit.end - hit.start > 1 && !without.has('plan')) {
        const inner = readWith(phraseOf(hit), reading, new Set(['plan']));
        heard.areas.push(...inner.areas);
        place(hit);
        return;
      }
    }
    // "Back at the gym", "back to back": the word of an area that says when, not where.
    const adverb =
      hit.end - hit.start === 1 &&
      vocabulary.areaAdverbs.get(words[hit.start] ?? '')?.has(words[hit.end] ?? '') === true &&
      !vocabulary.leadingArticles.has(words[hit.start - 1] ?? '') &&
      (before?.end !== hit.start || meaningOf(before, 'severityWord') !== undefined);
    if (area && adverb) {
      place(hit);
      return;
    }
    if (area) {
      if (!denied(hit) && !saidFine(words, hit.end, vocabulary)) {
        heard.areas.push(area.id as AreaSlotId);
      }
      place(hit);
      return;
    }
    const feel = meaningOf(hit, 'feel');
    const severityWord = meaningOf(hit, 'severityWord');
    // A rating word rates what it stands beside: a pain type ("really sore"), the question of
    // how bad, or an area it ends the sentence on ("my legs are wrecked").
    // "A little sore", "pretty sore": a rating phrase that ends in the pain type it rates.
    const lastArea = hits
      .slice(0, index)
      .findLast((other) => meaningOf(other, 'area') !== undefined);
    const ratesArea =
      lastArea !== undefined &&
      (next === undefined || hit.start - lastArea.end <= AREA_RATING_REACH);
    const ending = severityWord && feelOfWord(words[hit.end - 1], vocabulary);
    const rates = reading.pending === 'severity' || meaningOf(next, 'feel') || ratesArea || ending;
    if (severityWord && rates) {
      // "More than mild" is the band above: a step past what it names, the safer reading.
      const rating = morePrecedes(hit) ? nextBand(severityWord.value) : severityWord.value;
      if (!denied(hit)) rate(rating, 'words');
      place(hit);
      if (!feel && ending && !denied(hit)) feels.add(ending);
      if (!feel) return;
    }
    if (feel) {
      // "Not sharp" is the other option; "not that sharp" says how sharp, not which.
      const softened = vocabulary.softeners.has(words[hit.start - 1] ?? '');
      if (!denied(hit)) feels.add(feel.id as Feel);
      else if (vocabulary.sorenessWords.has(phraseOf(hit))) deniedSoreness = true;
      else if (!softened) deniedFeels.add(feel.id as Feel);
      place(hit);
      return;
    }
    const reply = meaningOf(hit, 'reply');
    if (reply && (hit === openingReply || hit.end === words.length)) {
      // "Not sure" is no "sure": a yes denied is doubt, read below.
      if (reply.id !== 'yes' || !denied(hit)) replies.push(reply.id as Reply);
      place(hit);
    }
    const trend = meaningOf(hit, 'trend');
    if (trend) {
      // Worse said anywhere outweighs better ("getting worse, not better"): the safer reading.
      const worse = trend.id === 'worse' && !denied(hit);
      heard.worsening = worse || heard.worsening === true;
      place(hit);
    }
    // To "does it limit you?", an everyday action said to hurt ("putting my shirt on hurts",
    // "getting up from a chair is tough") is a yes.
    if (meaningOf(hit, 'taskHurts') && reading.pending === 'limits' && actionBefore(hit)) {
      heard.limitsMovement ??= !denied(hit);
      place(hit);
    }
    const limits = meaningOf(hit, 'limits');
    if (limits) {
      heard.limitsMovement = limits.id === 'yes' && !denied(hit);
      place(hit);
    }
    const duration = meaningOf(hit, 'duration');
    // "My first session in ages": after "in", a duration is a gap in training, not the soreness.
    const gap = vocabulary.gapWords.has(words[hit.start - 1] ?? '');
    if (duration && gap) place(hit);
    else if (duration && !meaningOf(hit, 'count')) {
      // "More than a couple of days" is three: past what it names, the longer reading.
      days.push(duration.value + (morePrecedes(hit) ? 1 : 0));
      place(hit);
    }
    const weekday = meaningOf(hit, 'weekday');
    if (weekday && (meaningOf(before, 'since') || asks(reading, 'days'))) {
      days.push(daysSince(weekday.id as Weekday, reading.timestamp));
      place(hit);
      place(before);
    }
    if (meaningOf(hit, 'weekend') && (meaningOf(before, 'since') || asks(reading, 'days'))) {
      days.push(daysSince('saturday', reading.timestamp));
      place(hit);
    }
    // "Worse every day" says how fast it changes, not that it is always sore.
    const paceOfTrend =
      (meaningOf(before, 'trend') !== undefined && before?.end === hit.start) ||
      hits.some(
        (other) =>
          meaningOf(other, 'trend') !== undefined &&
          other.start >= hit.end &&
          other.start - hit.end <= PACE_REACH,
      );
    if (meaningOf(hit, 'alwaysSore') && !denied(hit) && !paceOfTrend) heard.alwaysSore = true;
    if (meaningOf(hit, 'alwaysSore') && paceOfTrend) place(hit);
    if (meaningOf(hit, 'notSore') && !denied(hit)) heard.notSore = true;
    if (meaningOf(hit, 'skip')) skipSaid = true;
    if (meaningOf(hit, 'doubt')) doubtSaid = true;
    const quality = meaningOf(hit, 'sleepQuality');
    if (quality && sleepTalk) {
      // "Didn't sleep well" is a poor night; a poor night denied says nothing.
      if (!denied(hit)) heard.sleepQuality = quality.id as 'good' | 'poor';
      else if (quality.id === 'good') heard.sleepQuality = 'poor';
    }
    const level = meaningOf(hit, 'water');
    if (level && waterTalk) {
      if (!denied(hit)) heard.water = level.id as Hydration;
      else if (level.id === 'good') heard.water = 'low';
    }
    if (usedMeaning(heard, hit)) place(hit);
  });

  const rated = ratings.numbers.length > 0 ? ratings.numbers : ratings.words;
  for (const [area, value] of rated) {
    heard.severity = Math.max(heard.severity ?? -1, value);
    if (area < 0) continue;
    heard.areaSeverities ??= [];
    heard.areaSeverities[area] = Math.max(heard.areaSeverities[area] ?? -1, value);
  }
  readChestFeeling(words, hits, heard, vocabulary, denied);
  if (heard.signs.includes('chest-pain') && chestMuscleTalk(text)) {
    heard.signs = heard.signs.filter((sign) => sign !== 'chest-pain');
  }
  if (feels.size > 0) heard.feel = feels.has('sharp') ? 'sharp' : 'dull';
  else if (deniedFeels.size === 1) heard.feel = deniedFeels.has('sharp') ? 'dull' : 'sharp';
  readNotSore(heard, deniedSoreness, reading);
  settleChest(heard, text, reading.pending);
  // "Should I do legs or upper body?" names no one plan.
  const [plan] = plans;
  if (plans.size === 1 && plan) heard.plan = plan;
  // "Should I skip leg day?" asks about the plan; "skip" alone passes on the question.
  if (skipSaid && plans.size === 0) heard.skip = true;
  if (days.length > 0) heard.days = Math.max(...days);
  const amount = waterAmount(hits);
  if (amount) heard.water = amount;
  const reply = replies.at(-1);
  // Doubt is never a clear answer: "probably nothing", "not sure", "I think it's fine". A hedged
  // yes stays a yes ("I think so"), the safer reading of the safety question.
  // A yes beside what one can do ("yeah, I can walk on it", "yeah, I can walk fine") answers
  // the ability, not the sign.
  if (doubtSaid && reply !== 'yes') heard.reply = 'unsure';
  else if (
    reply === 'yes' &&
    (saysAble || heard.limitsMovement === false) &&
    !words.some((word) => vocabulary.abilityTakenBack.has(word))
  )
    heard.reply = 'unsure';
  // "No way I can walk", "not really able to": an ability taken back is no clear no, whatever
  // the words after it (the safety question's signs are said again).
  else if (
    reply === 'no' &&
    words.some(
      (_, at) =>
        endsIn(words.slice(0, at + 1), vocabulary.ableWords, vocabulary) &&
        takesAbilityBack(words, at, inReply, vocabulary),
    )
  )
    heard.reply = 'unsure';
  else if (reply) heard.reply = reply;
  words.forEach((word, at) => {
    if (!placed.has(at) && !vocabulary.fillers.has(word)) heard.unplaced.push(word);
  });
  // A command is the whole answer, but for "okay", "thanks", "please" and the like: "stop" in "it
  // hurts when I stop" is no command, nor "off" in "I feel off".
  const command = meaningOf(hits[0], 'command');
  const onlyCommand =
    hits.every((hit) => meaningOf(hit, 'command')?.id === command?.id) &&
    words.every((word, at) => placed.has(at) || vocabulary.commandCompanions.has(word));
  if (command && onlyCommand) heard.command = command.id;
  // "What if it was a three?" asks; it says nothing of this soreness to correct.
  if (asking) heard.asks = true;
  // "My back too", "and my calves as well": more said, nothing taken back.
  if (words.some((_word, at) => isPhraseAt(vocabulary.additionWords, words, at))) heard.adds = true;
  // A concern denied ("not short of breath") was understood; only one said is a concern.
  heard.concern = hits.some(
    (hit) =>
      hit.kind === 'phrase' &&
      hit.meanings.every((meaning) => meaning.kind === 'concern') &&
      !denied(hit),
  );
  return heard;
}

/**
 * Not sore: said so, soreness denied, or a rating of zero with nowhere named, and only while
 * nothing about a soreness was said with it ("it started off fine but it's getting worse" is a
 * worsening soreness; "everything feels fine" names no area).
 */
function readNotSore(heard: Heard, deniedSoreness: boolean, reading: Reading): void {
  const asksWhere = reading.pending === 'area' || reading.pending === null;
  const zero = asksWhere && heard.severity === 0 && heard.areas.length === 0;
  if (zero) {
    delete heard.severity;
    delete heard.feel;
  }
  if (deniedSoreness || zero) heard.notSore = true;
  if (!heard.notSore) return;
  if (heard.areas.every((id) => id === 'whole-body')) heard.areas = [];
  const sorenessSaid =
    heard.areas.length > 0 ||
    heard.feel !== undefined ||
    heard.severity !== undefined ||
    heard.worsening === true ||
    heard.limitsMovement === true;
  if (sorenessSaid) delete heard.notSore;
}

/**
 * The one normaliser's words, "knee's" read as "knee is" as the safety net reads it, decimals
 * kept ("6.5"), "four-ish" as four and a filler "oh" never a zero.
 */
function tokensOf(text: string, vocabulary: Vocabulary): string[] {
  return normaliseWords(text).flatMap((word) => {
    if (vocabulary.approx.has(word) || word === 'oh') return [];
    if (word.endsWith("'s")) return [word.slice(0, -2), 'is'];
    const plain = word.replace(/'/g, '');
    const suffix = [...vocabulary.approx].find((ending) => plain.endsWith(ending));
    const base = suffix ? plain.slice(0, -suffix.length) : '';
    return base !== '' && mayBePartOfNumber(base) ? [base] : plain === '' ? [] : [plain];
  });
}

/** A word just before `at`, outside a reply, that takes an ability back ("no way I can"). */
function takesAbilityBack(
  words: readonly string[],
  at: number,
  inReply: ReadonlySet<number>,
  vocabulary: Vocabulary,
): boolean {
  for (let before = Math.max(0, at - ABILITY_TAKEN_BACK_REACH); before < at; before++) {
    if (!inReply.has(before) && vocabulary.abilityTakenBack.has(words[before] ?? '')) return true;
  }
  return false;
}

/** Left to right, the longest phrase at each word; else the longest number; else one word. */
function hitsIn(
  words: readonly string[],
  vocabulary: Vocabulary,
  without: ReadonlySet<MeaningKind>,
): Hit[] {
  const hits: Hit[] = [];
  let at = 0;
  while (at < words.length) {
    // "My hip flexors": a phrase known with its "my" ("my hip") never cuts short a longer one
    // known without it ("hip flexors").
    const withArticle = longestPhrase(words, at, vocabulary, without);
    const withoutArticle = vocabulary.leadingArticles.has(words[at] ?? '')
      ? longestPhrase(words, at + 1, vocabulary, without)
      : undefined;
    const phrase =
      withArticle &&
      withoutArticle &&
      withoutArticle.end > withArticle.end &&
      sameKind(withArticle, withoutArticle)
        ? withoutArticle
        : withArticle;
    // "The right one", "one of those": "one" stands for a thing there, not a number.
    const pronoun =
      words[at] === 'one' &&
      (vocabulary.pronounOneLeads.has(words[at - 1] ?? '') ||
        vocabulary.pronounOneTails.has(words[at + 1] ?? ''));
    const number = pronoun ? undefined : longestNumber(words, at);
    if (number && (!phrase || number.end >= phrase.end)) {
      hits.push(number);
      at = number.end;
    } else if (phrase) {
      hits.push(phrase);
      at = phrase.end;
    } else at += 1;
  }
  return hits;
}

/** Two phrases that say the same kind of thing ("my hip" and "hip flexors" are both areas). */
function sameKind(one: Hit, other: Hit): boolean {
  return (
    one.kind === 'phrase' &&
    other.kind === 'phrase' &&
    one.meanings.some((meaning) => other.meanings.some((another) => another.kind === meaning.kind))
  );
}

function longestPhrase(
  words: readonly string[],
  start: number,
  vocabulary: Vocabulary,
  without: ReadonlySet<MeaningKind>,
): Hit | undefined {
  const candidates: readonly Entry[] = vocabulary.byFirstWord.get(words[start] ?? '') ?? [];
  for (const entry of candidates) {
    if (entry.meanings.every((meaning) => without.has(meaning.kind))) continue;
    if (entry.words.every((word, offset) => words[start + offset] === word)) {
      return { kind: 'phrase', start, end: start + entry.words.length, meanings: entry.meanings };
    }
  }
  return undefined;
}

function longestNumber(words: readonly string[], start: number): Hit | undefined {
  let end = start;
  while (end < words.length && mayBePartOfNumber(words[end] ?? '')) end += 1;
  for (; end > start; end--) {
    const value = parseNumber(words.slice(start, end));
    if (value !== undefined) return { kind: 'number', start, end, value };
  }
  return undefined;
}

/** The pain type one word names on its own ("sore", "stiff"), if it names one. */
function feelOfWord(word: string | undefined, vocabulary: Vocabulary): Feel | undefined {
  const entry = vocabulary.byFirstWord.get(word ?? '')?.find((known) => known.words.length === 1);
  return entry?.meanings.find((meaning) => meaning.kind === 'feel')?.id as Feel | undefined;
}

const meaningOf = (hit: Hit | undefined, kind: MeaningKind): Meaning | undefined =>
  hit?.kind === 'phrase' ? hit.meanings.find((meaning) => meaning.kind === kind) : undefined;

/** The words end in one of these phrases, softeners aside ("can't even", "could still"). */
function endsIn(
  before: readonly string[],
  phrases: ReadonlySet<string>,
  vocabulary: Vocabulary,
): boolean {
  const kept = before.slice(-6).filter((word) => !vocabulary.softeners.has(word));
  return [1, 2, 3, 4].some((length) => phrases.has(kept.slice(-length).join(' ')));
}

/** The first word that is not an opening filler ("um", "so", "well"): where a reply opens. */
function firstMeaningfulIndex(words: readonly string[], vocabulary: Vocabulary): number {
  return Math.max(
    0,
    words.findIndex((word) => !vocabulary.openingFillers.has(word)),
  );
}

/** The words ask something: a question word where they open, or one that asks anywhere. */
function isQuestion(
  words: readonly string[],
  hits: readonly Hit[],
  vocabulary: Vocabulary,
): boolean {
  const first = firstMeaningfulIndex(words, vocabulary);
  // The opener may begin a longer phrase of another kind ("can I" leads a plan too).
  const opens =
    isPhraseAt(vocabulary.questionOpeners, words, first) ||
    hits.some((other) => other.start === first && meaningOf(other, 'opener'));
  return opens || words.some((_word, at) => isPhraseAt(vocabulary.questionAnywhere, words, at));
}

/**
 * Whether a phrase's words said something the reader kept: a reply out of place or a topic
 * with no question is left unplaced, so a misunderstanding still counts as one.
 */
function usedMeaning(heard: Heard, hit: Hit): boolean {
  if (hit.kind !== 'phrase') return true;
  return hit.meanings.some((meaning) => {
    switch (meaning.kind) {
      case 'reply':
      case 'topic':
      case 'sleepQuality':
      case 'water':
      case 'site':
      case 'concern':
        return false;
      case 'alwaysSore':
        return heard.alwaysSore === true;
      case 'notSore':
        return heard.notSore === true;
      default:
        return true;
    }
  });
}

/**
 * "My chest felt like it was being squeezed": a chest and a chest feeling after it are the
 * chest-pain sign (muscle talk is taken out by the caller, as the safety net does).
 */
function readChestFeeling(
  words: readonly string[],
  hits: readonly Hit[],
  heard: Heard,
  vocabulary: Vocabulary,
  denied: (hit: Hit) => boolean,
): void {
  const chest = hits.find((hit) => meaningOf(hit, 'area')?.id === 'chest-unclear');
  if (!chest || denied(chest) || heard.signs.includes('chest-pain')) return;
  const after = words.slice(chest.end, chest.end + CHEST_FEELING_REACH);
  if (after.some((word) => vocabulary.chestFeelings.has(word))) heard.signs.push('chest-pain');
}

/**
 * A number and what follows it: a half, a second number of a range, a unit. Returns the hits it
 * used beside its own, so a range is read once ("six or seven hours" is six).
 */
function readNumberHit(
  hit: Extract<Hit, { kind: 'number' }>,
  index: number,
  hits: readonly Hit[],
  heard: Heard,
  days: number[],
  reading: Reading,
  rate: (value: number) => void,
  alone: boolean,
): number[] {
  let value = hit.value;
  let at = index + 1;
  const used: number[] = [];
  if (meaningOf(hits[at], 'half')) {
    value += 0.5;
    used.push(at);
    at += 1;
  }
  // "Six or seven", "six to seven", "six seven": a range, read by what it measures.
  let other: number | undefined;
  const joiner = hits[at];
  const afterJoiner = hits[at + 1];
  // Said without "or" or "to", a range is two numbers a step or two apart, rising ("six
  // seven"); "a three, six days" and "five, four days" are two facts, a rating and a duration.
  const stepUp = joiner?.kind === 'number' ? joiner.value - hit.value : 0;
  const side = joiner?.kind === 'number' && joiner.start === hit.end;
  // Side by side without a joiner, a number before one with a unit of its own is its own fact.
  const ownUnit = meaningOf(hits[at + 1], 'unit') !== undefined;
  if (side && stepUp >= 1 && stepUp <= 2 && !(alone && ownUnit)) {
    other = joiner.value;
    used.push(at);
    at += 1;
  } else if (meaningOf(joiner, 'range') && afterJoiner?.kind === 'number') {
    other = afterJoiner.value;
    used.push(at, at + 1);
    at += 2;
  }
  const unit = meaningOf(hits[at], 'unit');
  if (unit) used.push(at);
  // "More than three days", "more than a five": a step past it; a night is kept the shorter.
  const before = hits[index - 1];
  const more = meaningOf(before, 'more') !== undefined && before?.end === hit.start ? 1 : 0;
  const high = Math.max(value, other ?? value) + more;
  const low = Math.min(value, other ?? value);
  const onDays = (count: number) => {
    if (onScale('days', count)) days.push(Math.floor(count));
    else heard.outOfRange = 'days';
  };
  const onHours = (hours: number) => {
    if (onScale('hours', hours)) heard.sleepHours = hours;
    else heard.outOfRange = 'hours';
  };
  if (unit?.id === 'day') onDays(high);
  else if (unit?.id === 'week') onDays(high * 7);
  else if (unit?.id === 'hour') onHours(low);
  else if (unit?.id === 'scale') rateOrRefuse(high, heard, rate);
  else if (meaningOf(hits[at], 'waterUnit')) return [];
  else if (reading.pending === 'days') onDays(high);
  else if (reading.pending === 'sleep') onHours(low);
  else if (reading.pending === 'severity') rateOrRefuse(high, heard, rate);
  // Said with the soreness ("my quads, like a seven"), a number on the scale is its rating.
  else if (reading.pending !== 'hydration' && high <= 10) rate(Math.ceil(high));
  return used;
}

/** The rating words' band above this one (mild 2 → moderate 5 → severe 8). */
function nextBand(value: number): number {
  return Math.min(SEVERE_WORD_VALUE, value + BAND_STEP);
}
const BAND_STEP = 3;
const SEVERE_WORD_VALUE = 8;

/** A rating past ten is kept aside to be asked again; a half point is rounded up. */
function rateOrRefuse(value: number, heard: Heard, rate: (value: number) => void): void {
  if (onScale('rating', value)) rate(Math.ceil(value));
  else heard.outOfRange = 'rating';
}

/** "Two glasses", "a couple of bottles", "a litre": how much water, against the day's aim. */
function waterAmount(hits: readonly Hit[]): Hydration | undefined {
  for (const [index, hit] of hits.entries()) {
    const unit = meaningOf(hit, 'waterUnit');
    if (!unit) continue;
    const before = hits[index - 1];
    const count =
      before?.kind === 'number' ? before.value : (meaningOf(before, 'count')?.value ?? 1);
    return hydrationFromAmount(count, unit.id as WaterUnit);
  }
  return undefined;
}
