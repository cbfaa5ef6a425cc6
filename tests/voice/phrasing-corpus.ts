import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HandlerInput } from 'ask-sdk-core';
import { LOCAL_SKILL_ID } from '../../lambda/skill';
import { ELICITED_SLOTS, type ElicitedSlot } from '../../lambda/skill/conversation/elicitation';
import { QUESTIONS, type Question } from '../../lambda/skill/conversation/state';
import { ANSWER_INTENTS } from '../../lambda/skill/conversation-handlers';
import { loadInteractionModel } from '../../simulator';
import { compileModel } from '../../simulator/nlu/compile-model';
import type { RequestIntent } from '../../simulator/nlu/types';
import { understand } from '../../simulator/nlu/understand';
import { factsOfLabel, factsOfRequest, sameFacts } from './phrasing-facts';

/** The intents whose requests the skill's reader takes. */
const READ_INTENTS: ReadonlySet<string> = new Set(Object.keys(ANSWER_INTENTS));

/** The day a description's "since Saturday" is counted from, for the label and the words alike. */
const FACT_DAY = '2026-12-07T10:00:00Z';

export interface Expectation {
  intent: string;
  slots: Record<string, string | number>;
}

export interface Phrasing {
  file: string;
  say: string;
  expect: Expectation[];
  heldOut: boolean;
  /** Set on phrasings written later by someone who had not seen the model; unset otherwise. */
  batch?: string;
}

interface CorpusFile {
  context: string;
  entries: Array<{
    say: string;
    expect: Expectation | Expectation[];
    heldOut?: boolean;
    batch?: string;
  }>;
}

const CORPUS_DIR = join(import.meta.dirname, 'phrasings');
/** Phrasings only one country says, in `local/<locale>.json`, each with the question it answers. */
const LOCAL_DIR = join(CORPUS_DIR, 'local');

interface LocalCorpusFile {
  locale: string;
  entries: Array<CorpusFile['entries'][number] & { context: string }>;
}

/** The shared corpus, and the locale's own phrasings when it has any. */
export function loadPhrasings(locale = 'en-US'): Phrasing[] {
  return [...sharedPhrasings(), ...localPhrasings(locale)];
}

function localPhrasings(locale: string): Phrasing[] {
  const path = join(LOCAL_DIR, `${locale}.json`);
  if (!existsSync(path)) return [];
  const file = JSON.parse(readFileSync(path, 'utf8')) as LocalCorpusFile;
  return file.entries.map((entry) => ({
    file: entry.context,
    say: entry.say,
    expect: Array.isArray(entry.expect) ? entry.expect : [entry.expect],
    heldOut: entry.heldOut === true,
  }));
}

function sharedPhrasings(): Phrasing[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const file = JSON.parse(readFileSync(join(CORPUS_DIR, name), 'utf8')) as CorpusFile;
      return file.entries.map((entry) => ({
        file: file.context,
        say: entry.say,
        expect: Array.isArray(entry.expect) ? entry.expect : [entry.expect],
        heldOut: entry.heldOut === true,
        ...(entry.batch ? { batch: entry.batch } : {}),
      }));
    });
}

/** Slots that only hold the words around a fact (a pee beside its colour), not a fact. */
const CONTEXT_SLOTS = new Set(['urine']);
/** Intents that are the fact themselves: their slots only hold the words it was said in. */
const FACT_INTENTS = new Set(['AlwaysSoreIntent', 'HardSessionIntent']);
/** Slot types whose every value means one warning sign. */
const SIGN_SLOTS: Readonly<Record<string, string>> = {
  chestFeeling: 'chest-pain',
  breathing: 'breathless',
};
/** The number slots a spoken count or "and a half" belongs to, in the order they are looked for. */
const NUMBER_SLOTS = ['severity', 'number', 'sleepHours', 'amount'];

/**
 * What the skill understands from the request: the intent, and each fact as an id or a number.
 * The labels say what must be understood, not how the model lays it out, so the request is
 * read as the skill reads it: words-around slots carry nothing, a chest or breathing slot is its
 * warning sign, "five and a half" is 5.5, and "a couple of bottles" is an amount of 2.
 */
export function heardAs(intent: RequestIntent): Expectation {
  const slots: Record<string, string | number> = {};
  for (const [name, slot] of Object.entries(intent.slots ?? {})) {
    if (slot.value === undefined || CONTEXT_SLOTS.has(name)) continue;
    if (FACT_INTENTS.has(intent.name)) continue;
    // As the skill reads a slot: the first authority that matched, else Alexa's own.
    const authorities = slot.resolutions?.resolutionsPerAuthority ?? [];
    const authority =
      authorities.find((candidate) => candidate.status.code === 'ER_SUCCESS_MATCH') ??
      authorities[0];
    const id = authority?.values?.[0]?.value.id ?? `?${slot.value}`;
    const sign = SIGN_SLOTS[name];
    if (sign !== undefined) slots[slots.redFlag === undefined ? 'redFlag' : 'otherRedFlag'] = sign;
    else if (name === 'count') slots.amount = Number(id);
    else if (name !== 'fraction') slots[name] = authority === undefined ? Number(slot.value) : id;
  }
  // "Six or seven" is one rating, the higher; "five or six hours" is one night, the shorter.
  for (const [slot, other, pick] of [
    ['severity', 'otherSeverity', Math.max],
    ['sleepHours', 'otherHours', Math.min],
  ] as const) {
    const first = slots[slot];
    const second = slots[other];
    if (typeof second !== 'number') continue;
    slots[slot] = typeof first === 'number' ? pick(first, second) : second;
    delete slots[other];
  }
  // The skill keeps a set of signs: "numb and tingly" is numbness once.
  if (slots.otherRedFlag !== undefined && slots.otherRedFlag === slots.redFlag) {
    delete slots.otherRedFlag;
  }
  // The skill adds a half only when the fraction slot resolved ("and a half"), as here.
  const fraction = intent.slots?.fraction?.resolutions?.resolutionsPerAuthority[0];
  if (fraction?.status.code === 'ER_SUCCESS_MATCH') {
    const halved = NUMBER_SLOTS.find((name) => typeof slots[name] === 'number');
    if (halved !== undefined) slots[halved] = (slots[halved] as number) + 0.5;
  }
  return { intent: intent.name, slots };
}

/** The signs of a reading in one order: which was said first does not matter to the skill. */
function signsSorted(reading: Expectation): Expectation {
  const { redFlag, otherRedFlag, ...others } = reading.slots;
  const signs = [redFlag, otherRedFlag]
    .filter((sign) => sign !== undefined)
    .map(String)
    .sort();
  return {
    intent: reading.intent,
    slots: {
      ...others,
      ...(signs[0] !== undefined && { redFlag: signs[0] }),
      ...(signs[1] !== undefined && { otherRedFlag: signs[1] }),
    },
  };
}

const sameReading = (a: Expectation, b: Expectation) =>
  a.intent === b.intent &&
  Object.keys(a.slots).length === Object.keys(b.slots).length &&
  Object.entries(a.slots).every(([name, value]) => b.slots[name] === value);

/** The question a corpus file answers: its context, or the first sentence answering "where?". */
function questionOf(context: string): Question | undefined {
  if (context === 'first-sentence') return 'area';
  if (context === 'red-flags') return 'redFlags';
  return QUESTIONS.find((question) => question === context);
}

/**
 * A bare number labelled NumberIntent is the same answer when it arrives on the intent the
 * question elicited ("six" to the scale as SeverityIntent's severity): the skill reads both alike.
 */
function readingsOf(
  expected: Expectation,
  elicited: ElicitedSlot | undefined,
  question: Question | undefined,
): Expectation[] {
  // To the chest question, "inside" (the joint side of the site slot) is chest pain to the skill.
  if (
    question === 'chest' &&
    expected.intent === 'RedFlagIntent' &&
    expected.slots.redFlag === 'chest-pain' &&
    Object.keys(expected.slots).length === 1
  ) {
    return [expected, { intent: 'SiteIntent', slots: { site: 'joint' } }];
  }
  const number = expected.slots.number;
  if (!elicited || expected.intent !== 'NumberIntent' || typeof number !== 'number') {
    return [expected];
  }
  const { number: _, ...others } = expected.slots;
  return [expected, { intent: elicited.intent, slots: { ...others, [elicited.slot]: number } }];
}

/** A request carrying only this intent, as the skill's request readers take it. */
function asHandlerInput(intent: RequestIntent): HandlerInput {
  return {
    requestEnvelope: { request: { type: 'IntentRequest', intent } },
  } as unknown as HandlerInput;
}

/**
 * Understands a phrasing twice: word for word by the model (`byModel`), and as the skill then
 * reads the request (`understood`), with its second listen to unmatched words and its safety net.
 */
export function createUnderstander(locale = 'en-US') {
  const model = compileModel(loadInteractionModel(locale).interactionModel.languageModel);
  return (phrasing: Phrasing) => {
    const oneShot = phrasing.file === 'one-shot';
    const text = oneShot ? `ask soreness coach ${phrasing.say}` : phrasing.say;
    const question = questionOf(phrasing.file);
    // The skill sends Dialog.ElicitSlot with each question, and in a session some question is
    // always open: what may be said at any time is heard while the first one is. A one-shot
    // opens the session, with nothing elicited.
    const elicited = oneShot ? undefined : ELICITED_SLOTS[question ?? 'area'];
    return judgeUnderstood(phrasing, understand(model, text, LOCAL_SKILL_ID, elicited), locale);
  };
}

/**
 * Whether what was understood (by the simulator, or by Alexa's own NLU through the Utterance
 * Profiler) is the phrasing's label, word for word and as the skill reads the request.
 */
export function judgeUnderstood(
  phrasing: Phrasing,
  understood: { kind: 'intent'; intent: RequestIntent } | { kind: string },
  locale = 'en-US',
) {
  const question = questionOf(phrasing.file);
  const elicited = question && ELICITED_SLOTS[question];
  const readings = phrasing.expect
    .flatMap((expected) => readingsOf(expected, elicited, question))
    .map(signsSorted);
  const right = (heard: Expectation) => readings.some((expected) => sameReading(expected, heard));
  if (!('intent' in understood)) {
    const heard = { intent: understood.kind, slots: {} };
    return { heard, understood: right(heard), byModel: right(heard) };
  }
  const byModel = right(signsSorted(heardAs(understood.intent)));
  if (!READ_INTENTS.has(understood.intent.name)) {
    // A built-in command is its intent: compared by name.
    const heard = { intent: understood.intent.name, slots: {} };
    return { heard, understood: right(heard), byModel };
  }
  // Any other request is what the skill's reader and safety net take from it, as facts.
  const heard = factsOfRequest(asHandlerInput(understood.intent), question, FACT_DAY, locale);
  const matches = phrasing.expect.some((expected) =>
    sameFacts(factsOfLabel(expected, question, FACT_DAY), heard, question),
  );
  return { heard: { intent: understood.intent.name, slots: heard }, understood: matches, byModel };
}
