import type { HandlerInput } from 'ask-sdk-core';
import {
  FEELS,
  HYDRATION_LEVELS,
  PLANNED_FOCUSES,
  RED_FLAGS,
  SEVERITY_WORD_IDS,
  SEVERITY_WORD_LEVELS,
} from '../../core';
import { AREA_SLOT_IDS } from '../conversation/area-words';
import {
  DURATION_DAYS,
  DURATION_IDS,
  daysSince,
  HALF_IDS,
  WEEKDAYS,
} from '../conversation/durations';
import { type Question, SLEEP_QUALITIES } from '../conversation/state';
import { hydrationFromAmount, WATER_COUNTS, WATER_UNITS } from '../conversation/water';
import { chestSaidFine, namesChestUndenied } from '../safety/warning-words';
import {
  heardSlotValues,
  readNumber,
  readSlotId,
  readSlotValue,
  SIGN_SLOT_NAMES,
  type SlotReading,
} from '../slots';
import { ADVICE_TOPICS, type Heard } from './heard';
import { mergeHeard } from './merge-heard';
import { readWords } from './read-words';
import { onScale } from './scales';
import { settleChest } from './settle-chest';

/** What a request says: its facts, and every word it carried (the chest checks read them). */
export interface RequestRead {
  heard: Heard;
  words: string;
  /**
   * Words in a slot that holds a fact, of which nothing could be read (a number Alexa heard as
   * "?", a pain type no word names): the turn counts as misheard, beside what was placed.
   */
  unread: boolean;
}

/** The DescribeIntent's AMAZON.SearchQuery slot: the words of a free description, as heard. */
export const DESCRIPTION_SLOT = 'description';
/**
 * Its other phrase slot, for the words after a question's lead ("can I {run with sore calves}",
 * "ask soreness coach if I should {skip leg day}"): Alexa keeps the lead out of the slot.
 */
export const ASKED_SLOT = 'asked';
/**
 * The lead put back in front of those words. Every lead of the slot's samples asks whether to
 * train, and the reader needs one to hear a plan in what follows ("can I run": a run planned).
 */
const ASKED_LEAD = 'can I';

/** The words the person said, as the reader takes them; undefined when neither slot heard any. */
export function describedText(input: HandlerInput): string | undefined {
  const asked = readSlotValue(input, ASKED_SLOT);
  if (asked !== undefined) return `${ASKED_LEAD} ${asked}`;
  return readSlotValue(input, DESCRIPTION_SLOT);
}

const commands = new WeakMap<object, string | undefined>();

/**
 * The built-in intent a description says as a whole ("okay thanks bye", "actually, start
 * over"), read once per request: every command handler asks before the description's own.
 */
export function describedCommand(input: HandlerInput): string | undefined {
  const { request } = input.requestEnvelope;
  if (request.type !== 'IntentRequest' || request.intent.name !== 'DescribeIntent')
    return undefined;
  if (commands.has(request)) return commands.get(request);
  const text = describedText(input);
  const command =
    text === undefined
      ? undefined
      : readWords(text, { pending: null, timestamp: request.timestamp, locale: request.locale })
          .command;
  commands.set(request, command);
  return command;
}

/** What an intent says by being the one Alexa chose, whatever its slots hold. */
const INTENT_FACTS: Readonly<Record<string, Partial<Heard>>> = {
  NoWarningSignIntent: { reply: 'no' },
  'AMAZON.YesIntent': { reply: 'yes' },
  'AMAZON.NoIntent': { reply: 'no' },
};

/** Slots whose words are read together, as said: a sign with the place or the pee it is of. */
const SIGN_CONTEXT_SLOTS = ['urine', 'area', 'otherArea'] as const;

const heardNothing = (): Heard => ({ areas: [], signs: [], concern: false, unplaced: [] });

/**
 * Reads one request into what was heard: a description by its words; any other intent by what
 * the intent itself says, each slot's resolved value, and the words of every slot Alexa could not
 * resolve, read as a description is. Numbers take their meaning from their slot, or from the
 * question asked ("six" to "how bad?" is a rating).
 */
export function readRequest(
  input: HandlerInput,
  pending: Question | null,
  companion?: Question,
): RequestRead {
  const { request } = input.requestEnvelope;
  if (request.type !== 'IntentRequest') return { heard: heardNothing(), words: '', unread: false };
  const reading = { pending, companion, timestamp: request.timestamp, locale: request.locale };
  if (request.intent.name === 'DescribeIntent') {
    const text = describedText(input);
    const heard = text === undefined ? heardNothing() : readWords(text, reading);
    return { heard, words: text ?? '', unread: false };
  }
  const parts: Heard[] = [{ ...heardNothing(), ...INTENT_FACTS[request.intent.name] }];
  let unread = false;
  // A slot's words give the facts of its kind, a warning sign and a concern: "hard to put a
  // number on" said for a rating limits nothing.
  const readSaid = (words: string, keeps?: readonly FactKey[]) => {
    const heard = keeps ? only(readWords(words, reading), keeps) : readWords(words, reading);
    parts.push(heard);
    return heard;
  };
  const denial = request.intent.name === 'NoWarningSignIntent';
  const signWords = SIGN_SLOT_NAMES.map((name) => readSlotValue(input, name)).filter(
    (words) => words !== undefined,
  );
  if (signWords.length > 0) {
    // "No {redFlag} or {otherRedFlag}": the denial's words back in front, so it reads as one.
    const context = denial
      ? []
      : SIGN_CONTEXT_SLOTS.map((name) => readSlotValue(input, name)).filter((words) => !!words);
    readSaid([denial ? 'no' : '', ...context, signWords.join(' or ')].join(' ').trim());
  }
  parts.push(chestAndBreathing(input));
  // A sign Alexa resolved stands even where its words alone say less ("when I went for a wee it
  // was {the colour of tea}"): the model's sample held the context the slot lost.
  // A colour said of a body part with no pee named ("my thigh is {dark}") is left to the words.
  const ofBodyPart =
    readSlotValue(input, 'area') !== undefined && readSlotValue(input, 'urine') === undefined;
  if (!denial) {
    for (const name of SIGN_SLOT_NAMES) {
      const sign = readSlotId(input, name, RED_FLAGS);
      if (sign.kind !== 'value' || (sign.value === 'dark-urine' && ofBodyPart)) continue;
      parts.push({ ...heardNothing(), signs: [sign.value] });
    }
  }
  for (const [name, read] of Object.entries(SLOT_READERS)) {
    const words = readSlotValue(input, name);
    if (words === undefined) continue;
    const value = read(input, name, pending, request.timestamp);
    if (value) {
      parts.push(value);
      continue;
    }
    // At the chest question only a clear muscle answer counts: never one found among words.
    const keeps = pending === 'chest' && name === 'site' ? [] : (SLOT_FACTS[name] ?? []);
    // Words that give no fact of the slot's own kind ("sort of jelly like" for the pain type)
    // were not understood, whatever else they give.
    const [own] = keeps;
    const heard = readSaid(words, keeps);
    if (own === undefined || !says(heard, own)) unread = true;
  }
  for (const name of NUMBER_SLOTS) {
    // Words where a number was expected ("?" when Alexa heard none) are read as words.
    const number = readNumber(input, name);
    if (number.kind !== 'unusable') continue;
    if (saysNothing(readSaid(number.heard, NUMBER_FACTS))) unread = true;
  }
  parts.push(numbersHeard(input));
  const heard = parts.reduce(mergeHeard);
  const words = heardSlotValues(input, denial ? SIGN_SLOT_NAMES : []).join(' ');
  // "Sharp stabbing in my chest" resolved as the pain type: the chest is in its words.
  if (heard.feel === 'sharp' && heard.areas.length === 0 && namesChestUndenied(words)) {
    heard.areas.push('chest-unclear');
  }
  settleChest(heard, words, pending);
  // A number past its scale said beside other facts is dropped, and the turn was misheard.
  if (heard.outOfRange) unread = true;
  // "A bit", "kind of" to the safety question: a hedged yes, as "yes" is.
  if (pending === 'redFlags' && request.intent.name === 'SeverityIntent') {
    if (readSlotValue(input, 'severityWord') !== undefined) heard.reply ??= 'yes';
  }
  return { heard, words, unread };
}

type FactKey = Exclude<keyof Heard, 'signs' | 'concern' | 'unplaced'>;

/** Besides the slot's own fact, what the soreness is: where, what it feels like, how bad, how long. */
const SORENESS_FACTS: readonly FactKey[] = ['areas', 'feel', 'severity', 'areaSeverities', 'days'];
const NUMBER_FACTS: readonly FactKey[] = ['severity', 'days', 'sleepHours', 'outOfRange'];

/**
 * The facts each slot's own words may give, when Alexa could not resolve them: its own fact
 * first ("my knee, it's a sharp" in the pain type gives the pain type, and the knee beside it).
 */
const SLOT_FACTS: Readonly<Record<string, readonly FactKey[]>> = {
  area: SORENESS_FACTS,
  otherArea: SORENESS_FACTS,
  feel: ['feel', ...SORENESS_FACTS],
  severityWord: ['severity', ...SORENESS_FACTS],
  focus: ['plan'],
  duration: ['days'],
  weekday: ['days'],
  trend: ['worsening'],
  hydration: ['water'],
  container: ['water'],
  count: ['water'],
  sleepQuality: ['sleepQuality', 'sleepHours'],
  site: ['site'],
  topic: ['question'],
};

/** A reading with only these facts; its signs, concern and doubt are never dropped. */
function only(heard: Heard, keeps: readonly FactKey[]): Heard {
  const kept: Heard = { ...heardNothing(), signs: heard.signs, concern: heard.concern };
  kept.unplaced = heard.unplaced;
  // A reply in any slot's words answers a yes/no question ("nope", "a bit yeah"); doubt ("i
  // guess the muscle part") is never a clear answer, whichever slot carried it.
  if (heard.reply) kept.reply = heard.reply;
  for (const key of keeps) {
    if (heard[key] !== undefined) Object.assign(kept, { [key]: heard[key] });
  }
  return kept;
}

/** Whether a reading holds this fact. */
function says(heard: Heard, fact: FactKey): boolean {
  const value = heard[fact];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/** A reading with no fact in it: only words it could not place. */
function saysNothing(heard: Heard): boolean {
  const { areas, signs, concern, unplaced, ...facts } = heard;
  return areas.length === 0 && signs.length === 0 && !concern && Object.keys(facts).length === 0;
}

/**
 * Whatever is felt "in my chest" by the model's chest carriers is the chest sign, words known or
 * not, unless they say the chest is fine; any trouble breathing is breathlessness.
 */
function chestAndBreathing(input: HandlerInput): Heard {
  const heard = heardNothing();
  const chestFeeling = readSlotValue(input, 'chestFeeling');
  if (chestFeeling !== undefined && !chestSaidFine(chestFeeling)) heard.signs.push('chest-pain');
  if (readSlotValue(input, 'breathing') !== undefined) heard.signs.push('breathless');
  return heard;
}

type SlotReader = (
  input: HandlerInput,
  name: string,
  pending: Question | null,
  timestamp: string,
) => Heard | undefined;

/** A slot resolved to one of these ids gives this fact; unresolved, its words are read. */
function resolvedAs<T extends string>(
  ids: readonly T[],
  fact: (id: T, timestamp: string) => Partial<Heard>,
): SlotReader {
  return (input, name, _pending, timestamp) => {
    const reading: SlotReading<T> = readSlotId(input, name, ids);
    return reading.kind === 'value'
      ? { ...heardNothing(), ...fact(reading.value, timestamp) }
      : undefined;
  };
}

/** Each fact slot of the model, by name, and the fact its resolved value gives. */
const SLOT_READERS: Readonly<Record<string, SlotReader>> = {
  area: resolvedAs(AREA_SLOT_IDS, (id) => ({ areas: [id] })),
  otherArea: resolvedAs(AREA_SLOT_IDS, (id) => ({ areas: [id] })),
  feel: resolvedAs(FEELS, (feel) => ({ feel })),
  severityWord: resolvedAs(SEVERITY_WORD_IDS, (id) => ({ severity: SEVERITY_WORD_LEVELS[id] })),
  focus: resolvedAs(PLANNED_FOCUSES, (plan) => ({ plan })),
  duration: resolvedAs(DURATION_IDS, (id) => ({ days: DURATION_DAYS[id] })),
  weekday: resolvedAs(WEEKDAYS, (day, timestamp) => ({ days: daysSince(day, timestamp) })),
  trend: resolvedAs(['worse', 'better'] as const, (trend) => ({ worsening: trend === 'worse' })),
  session: resolvedAs(['hard'] as const, () => ({ hardSession: true })),
  hydration: resolvedAs(HYDRATION_LEVELS, (water) => ({ water })),
  sleepQuality: resolvedAs(SLEEP_QUALITIES, (sleepQuality) => ({ sleepQuality })),
  site: resolvedAs(['joint', 'muscle'] as const, (site) => ({ site })),
  topic: resolvedAs(ADVICE_TOPICS, (question) => ({ question })),
  container: (input, name) => {
    const unit = readSlotId(input, name, WATER_UNITS);
    if (unit.kind !== 'value') return undefined;
    // "A glass" or "a couple of bottles": the count came as a word; with none heard, one.
    const amount = readNumber(input, 'amount');
    const counted = readSlotId(input, 'count', WATER_COUNTS);
    const count =
      amount.kind === 'value' ? amount.value : counted.kind === 'value' ? Number(counted.value) : 1;
    return { ...heardNothing(), water: hydrationFromAmount(count, unit.value) };
  },
  // Read with the container, or else its words are.
  count: (input) =>
    readSlotId(input, 'container', WATER_UNITS).kind === 'value' ? heardNothing() : undefined,
  fraction: resolvedAs(HALF_IDS, () => ({})),
};

/** The numbers said in these slots (a range is two), and the half said after them. */
function numberSlots(input: HandlerInput, ...names: string[]) {
  const values: number[] = [];
  for (const name of names) {
    const reading = readNumber(input, name);
    if (reading.kind === 'value') values.push(reading.value);
  }
  const half = readSlotId(input, 'fraction', HALF_IDS).kind === 'value' ? 0.5 : 0;
  return { values, half };
}

/**
 * The numbers, by their slot: a rating between two is the higher and a night the shorter (the
 * safer readings), and a half point rounds a rating up. A bare number is said as a description,
 * read by the question asked.
 */
function numbersHeard(input: HandlerInput): Heard {
  const heard = heardNothing();
  const rating = (slots: ReturnType<typeof numberSlots>) => {
    if (slots.values.length === 0) return;
    const value = Math.max(...slots.values) + slots.half;
    if (onScale('rating', value)) heard.severity = Math.ceil(value);
    else heard.outOfRange = 'rating';
  };
  const hours = (slots: ReturnType<typeof numberSlots>) => {
    if (slots.values.length === 0) return;
    const value = Math.min(...slots.values) + slots.half;
    if (onScale('hours', value)) heard.sleepHours = value;
    else heard.outOfRange = 'hours';
  };
  const days = (count: number | undefined) => {
    if (count === undefined) return;
    if (onScale('days', count)) heard.days = Math.floor(count);
    else heard.outOfRange = 'days';
  };
  rating(numberSlots(input, 'severity', 'otherSeverity'));
  hours(numberSlots(input, 'sleepHours', 'otherHours'));
  const dayCount = readNumber(input, 'days');
  const weeks = readNumber(input, 'weeks');
  if (dayCount.kind === 'value') days(dayCount.value);
  else if (weeks.kind === 'value') days(weeks.value * 7);
  return heard;
}

const NUMBER_SLOTS: readonly string[] = [
  'severity',
  'otherSeverity',
  'sleepHours',
  'otherHours',
  'days',
  'weeks',
  'amount',
];

/** Every slot of the model the reader reads, by name: the model declares no other. */
export const SLOTS_READ: readonly string[] = [
  DESCRIPTION_SLOT,
  ASKED_SLOT,
  ...SIGN_SLOT_NAMES,
  ...SIGN_CONTEXT_SLOTS,
  'chestFeeling',
  'breathing',
  ...Object.keys(SLOT_READERS),
  ...NUMBER_SLOTS,
];
