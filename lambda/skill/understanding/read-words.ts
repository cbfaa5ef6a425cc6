import type { Feel, Hydration, PlannedFocus, RedFlag } from '../../core';
import type { AreaSlotId } from '../conversation/area-words';
import { daysSince, type Weekday } from '../conversation/durations';
import type { Question } from '../conversation/state';
import { hydrationFromAmount, type WaterUnit } from '../conversation/water';
import { chestMuscleTalk, deniedByWordsBefore, normaliseHeard } from '../safety/warning-words';
import type { AdviceTopic, Heard, Reply } from './heard';
import { mayBePartOfNumber, parseNumber } from './numbers';
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
  /** The request's timestamp, for "since Saturday". */
  timestamp: string;
  locale: string | undefined;
  /** Reading the words of a plan phrase again for the areas it names. */
  withoutPlans?: boolean;
}

type Hit =
  | { kind: 'phrase'; start: number; end: number; meanings: readonly Meaning[] }
  | { kind: 'number'; start: number; end: number; value: number };

/** "Four-ish" and "fourish" are four: the rating is read as said, and any doubt is the scale's. */
function tokensOf(text: string): string[] {
  return normaliseHeard(text)
    .trim()
    .split(' ')
    .flatMap((word) => {
      if (word === '' || word === 'ish') return [];
      const base = word.endsWith('ish') ? word.slice(0, -3) : '';
      return base !== '' && mayBePartOfNumber(base) ? [base] : [word];
    });
}

/** Left to right, the longest phrase at each word; else the longest number; else one word. */
function hitsIn(words: readonly string[], vocabulary: Vocabulary, withoutPlans: boolean): Hit[] {
  const hits: Hit[] = [];
  let at = 0;
  while (at < words.length) {
    const phrase = longestPhrase(words, at, vocabulary, withoutPlans);
    const number = longestNumber(words, at);
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

function longestPhrase(
  words: readonly string[],
  start: number,
  vocabulary: Vocabulary,
  withoutPlans: boolean,
) {
  const candidates: readonly Entry[] = vocabulary.byFirstWord.get(words[start] ?? '') ?? [];
  for (const entry of candidates) {
    if (withoutPlans && entry.meanings.every((meaning) => meaning.kind === 'plan')) continue;
    if (entry.words.every((word, offset) => words[start + offset] === word)) {
      return {
        kind: 'phrase' as const,
        start,
        end: start + entry.words.length,
        meanings: entry.meanings,
      };
    }
  }
  return undefined;
}

function longestNumber(words: readonly string[], start: number) {
  let end = start;
  while (end < words.length && mayBePartOfNumber(words[end] ?? '')) end += 1;
  for (; end > start; end--) {
    const value = parseNumber(words.slice(start, end));
    if (value !== undefined) return { kind: 'number' as const, start, end, value };
  }
  return undefined;
}

const meaningOf = (hit: Hit | undefined, kind: MeaningKind): Meaning | undefined =>
  hit?.kind === 'phrase' ? hit.meanings.find((meaning) => meaning.kind === kind) : undefined;

/** How far a lead ("doing", "can I") reaches to make a body part a plan ("doing legs"). */
const PLAN_LEAD_REACH = 3;

/**
 * Reads the words of one answer into facts, by the vocabulary of the request's locale and the
 * one denial rule: "not sharp" denies the pain type, "no fever or anything" is the safety net's.
 */
export function readWords(text: string, reading: Reading): Heard {
  const vocabulary = vocabularyFor(reading.locale);
  const words = tokensOf(text);
  const hits = hitsIn(words, vocabulary, reading.withoutPlans === true);
  const heard: Heard = { areas: [], signs: [], concern: false, unplaced: [] };
  const urineSaid = words.some((word) => vocabulary.urineWords.has(word));
  const denied = (hit: Hit) => deniedByWordsBefore(words.slice(0, hit.start));
  const has = (kind: MeaningKind) => hits.some((hit) => meaningOf(hit, kind) !== undefined);
  const waterTalk = reading.pending === 'hydration' || has('waterWord');
  const sleepTalk = reading.pending === 'sleep' || has('sleepWord');
  const feels = new Set<Feel>();
  const deniedFeels = new Set<Feel>();
  const days: number[] = [];
  const replies: Reply[] = [];
  let water: Hydration | undefined;
  const placed = new Set<number>();
  const place = (hit: Hit) => {
    for (let at = hit.start; at < hit.end; at++) placed.add(at);
  };
  const openingEnd = firstMeaningfulIndex(words, vocabulary) + 3;

  hits.forEach((hit, index) => {
    const next = hits[index + 1];
    const before = hits[index - 1];
    if (hit.kind === 'number') {
      place(hit);
      readNumberHit(hit, index, hits, heard, days, reading);
      return;
    }
    const sign = meaningOf(hit, 'sign');
    if (sign) {
      place(hit);
      const inability = INABILITY_OPENERS.has(words[hit.start] ?? '');
      // "Put weight on it" is the sign only after a "can't" ("I can't put weight on it").
      const abilityOnly =
        vocabulary.abilityVerbs.has(words[hit.start] ?? '') && !saysUnable(words, hit.start);
      // A colour alone ("dark", "black") is dark urine only where urine is the subject.
      const colourOnly = sign.id === 'dark-urine' && !urineSaid && reading.pending !== 'redFlags';
      const ruledOut =
        saysAble(words, hit.start, vocabulary) || saysFine(words, hit.end, vocabulary);
      if ((inability || !denied(hit)) && !colourOnly && !ruledOut && !abilityOnly) {
        heard.signs.push(sign.id as RedFlag);
      }
      return;
    }
    const plan = meaningOf(hit, 'plan');
    const area = meaningOf(hit, 'area');
    const leadBefore = hits
      .slice(Math.max(0, index - PLAN_LEAD_REACH), index)
      .some((other) => meaningOf(other, 'planLead') && hit.start - other.end <= PLAN_LEAD_REACH);
    const tailAfter = meaningOf(next, 'planTail') !== undefined && next?.start === hit.end;
    // A plan only when said as one ("doing legs", "leg day", "can I run"): "sore from squats"
    // names the cause, and a plan wrongly heard could lighten the advice.
    const ownTail = plan && hit.kind === 'phrase' && PLAN_TAIL_WORDS.has(words[hit.end - 1] ?? '');
    if (plan && (leadBefore || tailAfter || ownTail) && !denied(hit)) {
      heard.plan = plan.id as PlannedFocus;
      place(hit);
      if (tailAfter && next) place(next);
      return;
    }
    // A plan phrase not said as a plan ("chest and triceps" to "where?") names its areas.
    if (plan && !area && hit.end - hit.start > 1 && !reading.withoutPlans) {
      const inner = readWords(words.slice(hit.start, hit.end).join(' '), {
        ...reading,
        withoutPlans: true,
      });
      heard.areas.push(...inner.areas);
      place(hit);
      return;
    }
    if (area) {
      if (!denied(hit)) heard.areas.push(area.id as AreaSlotId);
      place(hit);
      return;
    }
    const feel = meaningOf(hit, 'feel');
    const severityWord = meaningOf(hit, 'severityWord');
    if (severityWord && (reading.pending === 'severity' || meaningOf(next, 'feel'))) {
      heard.severity ??= severityWord.value;
      place(hit);
      if (!feel) return;
    }
    if (feel) {
      (denied(hit) ? deniedFeels : feels).add(feel.id as Feel);
      place(hit);
      return;
    }
    const reply = meaningOf(hit, 'reply');
    if (reply && (hit.start < openingEnd || reply.id === 'unsure' || hit.end === words.length)) {
      replies.push(reply.id as Reply);
      place(hit);
    }
    const trend = meaningOf(hit, 'trend');
    if (trend) {
      // Worse said anywhere outweighs better ("getting worse, not better"): the safer reading.
      const worse = trend.id === 'worse' && !denied(hit);
      heard.worsening = worse || heard.worsening === true;
      place(hit);
    }
    const limits = meaningOf(hit, 'limits');
    if (limits) {
      heard.limitsMovement = limits.id === 'yes' && !denied(hit);
      place(hit);
    }
    const duration = meaningOf(hit, 'duration');
    if (duration && !meaningOf(hit, 'count')) {
      days.push(duration.value);
      place(hit);
    }
    const weekday = meaningOf(hit, 'weekday');
    if (weekday && (meaningOf(before, 'since') || reading.pending === 'days')) {
      days.push(daysSince(weekday.id as Weekday, reading.timestamp));
      place(hit);
      if (before) place(before);
    }
    if (meaningOf(hit, 'weekend') && (meaningOf(before, 'since') || reading.pending === 'days')) {
      days.push(daysSince('saturday', reading.timestamp));
      place(hit);
    }
    if (meaningOf(hit, 'alwaysSore') && !denied(hit)) {
      heard.alwaysSore = true;
      place(hit);
    }
    if (meaningOf(hit, 'notSore') && !denied(hit)) {
      heard.notSore = true;
      place(hit);
    }
    if (meaningOf(hit, 'skip')) {
      heard.skip = true;
      place(hit);
    }
    const quality = meaningOf(hit, 'sleepQuality');
    if (quality && sleepTalk) {
      heard.sleepQuality = quality.id as 'good' | 'poor';
      place(hit);
    }
    const level = meaningOf(hit, 'water');
    if (level && waterTalk) {
      water = level.id as Hydration;
      place(hit);
    }
    const site = meaningOf(hit, 'site');
    if (site && (reading.pending === 'site' || reading.pending === 'chest')) {
      heard.site = site.id as 'joint' | 'muscle';
      place(hit);
    }
    const topic = meaningOf(hit, 'topic');
    if (topic && asksQuestion(words, hits, hit, vocabulary)) {
      heard.question ??= topic.id as AdviceTopic;
      place(hit);
    }
    if (hit.kind === 'phrase' && hit.meanings.some((meaning) => meaning.kind !== 'concern'))
      place(hit);
  });

  // "My chest felt like it was being squeezed": a chest and a chest feeling in one clause are the
  // chest-pain sign unless the words are muscle talk (pecs, bench, a chest-day plan).
  const chestAt = hits.findIndex((hit) => meaningOf(hit, 'area')?.id === 'chest-unclear');
  const chestHit = hits[chestAt];
  if (chestHit && !denied(chestHit) && !heard.areas.includes('chest') && heard.plan === undefined) {
    const after = words.slice(chestHit.end, chestHit.end + 8);
    const felt = after.some((word) => vocabulary.chestFeelings.has(word));
    if (felt && !heard.signs.includes('chest-pain')) heard.signs.push('chest-pain');
  }
  if (heard.signs.includes('chest-pain') && chestMuscleTalk(text)) {
    heard.signs = heard.signs.filter((sign) => sign !== 'chest-pain');
  }
  if (feels.size > 0) heard.feel = feels.has('sharp') ? 'sharp' : 'dull';
  else if (deniedFeels.size === 1) heard.feel = deniedFeels.has('sharp') ? 'dull' : 'sharp';
  if (days.length > 0) heard.days = Math.max(...days);
  const amount = waterAmount(hits);
  if (amount) water = amount;
  if (water) heard.water = water;
  const reply = replies.at(-1);
  if (reply) heard.reply = replies.includes('unsure') ? 'unsure' : reply;
  words.forEach((word, at) => {
    if (placed.has(at) || vocabulary.fillers.has(word)) return;
    heard.unplaced.push(word);
  });
  // A concern denied ("not short of breath") was understood; only one said is a concern.
  heard.concern = hits.some(
    (hit) =>
      hit.kind === 'phrase' &&
      hit.meanings.every((meaning) => meaning.kind === 'concern') &&
      !denied(hit),
  );
  return heard;
}

/** "I can put weight on it": an ability verb right after "can" or "able to" is no sign. */
function saysAble(words: readonly string[], start: number, vocabulary: Vocabulary): boolean {
  if (!vocabulary.abilityVerbs.has(words[start] ?? '')) return false;
  const one = words[start - 1] ?? '';
  const two = `${words[start - 2] ?? ''} ${one}`;
  return vocabulary.ableWords.has(one) || vocabulary.ableWords.has(two);
}

/** The words just before end in an inability: "can not", "could not", "unable to", "barely". */
function saysUnable(words: readonly string[], start: number): boolean {
  const before = words.slice(Math.max(0, start - 3), start).filter((word) => !SOFTENERS.has(word));
  const last = before.at(-1) ?? '';
  return UNABLE_WORDS.has(last) || `${before.at(-2) ?? ''} ${last}` === 'unable to';
}

const UNABLE_WORDS = new Set(['not', 'barely', 'hardly', 'longer']);
const SOFTENERS = new Set(['even', 'really', 'properly', 'quite', 'actually', 'just']);

/** "My temperature's normal", "breathing is fine": a sign's words ruled out right after. */
function saysFine(words: readonly string[], end: number, vocabulary: Vocabulary): boolean {
  return words.slice(end, end + 3).some((word) => vocabulary.fineWords.has(word));
}

/** "Can't walk on it" after a "no" still answers with the sign: an inability is never denied. */
const INABILITY_OPENERS = new Set(['can', 'could', 'unable', 'will', 'would', 'cannot']);

const PLAN_TAIL_WORDS = new Set(['day', 'session', 'workout', 'class']);

/** The first word that is not an opening filler ("um", "so", "well"): where a reply opens. */
function firstMeaningfulIndex(words: readonly string[], vocabulary: Vocabulary): number {
  return Math.max(
    0,
    words.findIndex((word) => !vocabulary.openingFillers.has(word)),
  );
}

/** A topic asked about: the words open with a question word, or the phrase is the question. */
function asksQuestion(
  words: readonly string[],
  hits: readonly Hit[],
  hit: Hit,
  vocabulary: Vocabulary,
): boolean {
  const first = words[firstMeaningfulIndex(words, vocabulary)] ?? '';
  const opensAsQuestion = hits.some(
    (other) =>
      other.start <= hit.start && meaningOf(other, 'opener') && words[other.start] === first,
  );
  const phraseIsQuestion = meaningOf(hit, 'opener') !== undefined || isOpenerWord(words[hit.start]);
  return opensAsQuestion || phraseIsQuestion;
}

const QUESTION_WORDS = new Set([
  'what',
  'why',
  'how',
  'is',
  'are',
  'can',
  'should',
  'does',
  'do',
  'will',
  'am',
  'could',
]);
const isOpenerWord = (word: string | undefined) => QUESTION_WORDS.has(word ?? '');

/** A number and what follows it: a unit, a half, a second number of a range. */
function readNumberHit(
  hit: Extract<Hit, { kind: 'number' }>,
  index: number,
  hits: readonly Hit[],
  heard: Heard,
  days: number[],
  reading: Reading,
): void {
  let value = hit.value;
  let at = index + 1;
  if (meaningOf(hits[at], 'half')) {
    value += 0.5;
    at += 1;
  }
  // "Six or seven", "six to seven", "six seven": a range, read by what it measures.
  let other: number | undefined;
  const joiner = hits[at];
  const afterJoiner = hits[at + 1];
  if (joiner?.kind === 'number' && joiner.start === hit.end) {
    other = joiner.value;
  } else if (meaningOf(joiner, 'range') && afterJoiner?.kind === 'number') {
    other = afterJoiner.value;
  }
  const afterRange =
    other === undefined ? hits[at] : hits[at + (joiner?.kind === 'number' ? 1 : 2)];
  const unit = meaningOf(afterRange, 'unit') ?? meaningOf(hits[at], 'unit');
  const high = Math.max(value, other ?? value);
  const low = Math.min(value, other ?? value);
  if (unit?.id === 'day') days.push(Math.floor(high));
  else if (unit?.id === 'week') days.push(Math.floor(high * 7));
  else if (unit?.id === 'hour') heard.sleepHours = low;
  else if (unit?.id === 'scale') setSeverity(heard, high);
  else if (meaningOf(afterRange, 'waterUnit') || meaningOf(hits[at], 'waterUnit')) return;
  else if (heard.bareNumber === undefined) {
    heard.bareNumber = value;
    if (other !== undefined) heard.bareRange = [high, low];
    if (
      reading.pending === 'severity' ||
      reading.pending === null ||
      reading.pending === 'area' ||
      reading.pending === 'feel'
    ) {
      if (reading.pending === 'severity' || high <= 10) setSeverity(heard, high);
    } else if (reading.pending === 'days') days.push(Math.floor(high));
    else if (reading.pending === 'sleep') heard.sleepHours = low;
  }
}

/** A rating past ten is kept aside to be asked again; a half point is rounded up. */
function setSeverity(heard: Heard, value: number): void {
  if (value < 0 || value > 10) heard.severityOutOfRange = true;
  else heard.severity = Math.ceil(value);
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
