import type { HandlerInput } from 'ask-sdk-core';
import { DURATION_DAYS, daysSince, type Weekday } from '../../lambda/skill/conversation/durations';
import type { Question } from '../../lambda/skill/conversation/state';
import { hydrationFromAmount, type WaterUnit } from '../../lambda/skill/conversation/water';
import { isIntent } from '../../lambda/skill/handlers/intent';
import { namesHardSession } from '../../lambda/skill/safety/hard-session-words';
import { warningSignsHeard } from '../../lambda/skill/safety/heard-signs';
import { heardSlotValues, SIGN_SLOT_NAMES } from '../../lambda/skill/slots';
import { readRequest } from '../../lambda/skill/understanding/read-request';
import type { Expectation } from './phrasing-corpus';

/**
 * A phrasing's meaning as facts, whatever intent carries it: how a description (the words Alexa
 * passes whole) is compared with a label written as an intent and its slots.
 */
export type Facts = Record<string, string | number | boolean>;

/** The simulator's requests are stamped with this day (a Sunday) unless a test says otherwise. */
const SEVERITY_WORDS: Readonly<Record<string, number>> = { mild: 2, moderate: 5, severe: 8 };
const COMMANDS = new Set([
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.StartOverIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.NavigateHomeIntent',
]);

/** The facts a label names. */
export function factsOfLabel(
  expected: Expectation,
  question: Question | undefined,
  timestamp: string,
): Facts {
  const facts: Facts = {};
  const { intent, slots } = expected;
  // Nothing understood in a description is answered as the fallback is: asked again.
  if (intent === 'AMAZON.FallbackIntent') return { nothing: true };
  if (COMMANDS.has(intent)) return { command: intent };
  const flags: Record<string, Facts> = {
    MovementLimitIntent: { limits: true },
    GettingWorseIntent: { worsening: true },
    NotSoreIntent: { notSore: true },
    SkipIntent: { skip: true },
    HardSessionIntent: { hardSession: true },
    AlwaysSoreIntent: { alwaysSore: true },
    NoWarningSignIntent: { reply: 'no' },
    'AMAZON.YesIntent': { reply: 'yes' },
    'AMAZON.NoIntent': { reply: 'no' },
  };
  Object.assign(facts, flags[intent] ?? {});
  const areas = [slots.area, slots.otherArea].filter((id) => typeof id === 'string');
  if (areas.length > 0) facts.areas = [...areas].sort().join(',');
  const signs = [slots.redFlag, slots.otherRedFlag].filter((id) => typeof id === 'string');
  if (signs.length > 0) facts.signs = [...new Set(signs)].sort().join(',');
  if (typeof slots.feel === 'string') facts.feel = slots.feel;
  const severity = [slots.severity, slots.otherSeverity].filter((n) => typeof n === 'number');
  if (severity.length > 0) facts.severity = Math.ceil(Math.max(...severity));
  else if (typeof slots.severityWord === 'string') {
    facts.severity = SEVERITY_WORDS[slots.severityWord] ?? -1;
  }
  if (typeof slots.number === 'number') {
    if (question === 'severity') facts.severity = Math.ceil(slots.number);
    else if (question === 'days') facts.days = Math.floor(slots.number);
    else if (question === 'sleep') facts.sleepHours = slots.number;
    else facts.number = slots.number;
  }
  if (typeof slots.days === 'number') facts.days = Math.floor(slots.days);
  if (typeof slots.weeks === 'number') facts.days = Math.floor(slots.weeks * 7);
  if (typeof slots.duration === 'string') {
    facts.days = DURATION_DAYS[slots.duration as keyof typeof DURATION_DAYS] ?? -1;
  }
  if (typeof slots.weekday === 'string')
    facts.days = daysSince(slots.weekday as Weekday, timestamp);
  if (typeof slots.trend === 'string') facts.worsening = slots.trend === 'worse';
  if (slots.session === 'hard') facts.hardSession = true;
  if (typeof slots.focus === 'string') facts.plan = slots.focus;
  if (typeof slots.hydration === 'string') facts.water = slots.hydration;
  if (typeof slots.container === 'string') {
    const count = typeof slots.amount === 'number' ? slots.amount : 1;
    facts.water = hydrationFromAmount(count, slots.container as WaterUnit);
  }
  if (typeof slots.sleepHours === 'number') facts.sleepHours = slots.sleepHours;
  if (typeof slots.sleepQuality === 'string') facts.sleepQuality = slots.sleepQuality;
  if (typeof slots.site === 'string') facts.site = slots.site;
  if (typeof slots.topic === 'string') facts.question = slots.topic;
  return answered(facts, question);
}

/**
 * The facts the skill takes from a request: its reader's, with the signs its safety net hears in
 * the same words and a hard session named in them.
 */
export function factsOfRequest(
  input: HandlerInput,
  question: Question | undefined,
  timestamp: string,
  locale: string,
): Facts {
  const request = input.requestEnvelope.request as { timestamp?: string; locale?: string };
  request.timestamp = timestamp;
  request.locale = locale;
  const { heard } = readRequest(input, question ?? null);
  const denial = isIntent(input, 'NoWarningSignIntent');
  const netSigns = warningSignsHeard(input, denial ? SIGN_SLOT_NAMES : []);
  const facts: Facts = {};
  if (heard.areas.length > 0) facts.areas = [...new Set(heard.areas)].sort().join(',');
  const signs = new Set([...heard.signs, ...netSigns]);
  if (signs.size > 0) facts.signs = [...signs].sort().join(',');
  // The answer handler hears a hard session in any words a request carries.
  if (heard.hardSession || heardSlotValues(input).some(namesHardSession)) facts.hardSession = true;
  const copied = [
    'feel',
    'severity',
    'days',
    'worsening',
    'limitsMovement',
    'plan',
    'alwaysSore',
    'notSore',
    'sleepHours',
    'sleepQuality',
    'water',
    'site',
    'question',
    'reply',
    'skip',
    'command',
  ] as const;
  for (const key of copied) {
    const value = heard[key];
    if (value !== undefined) facts[key === 'limitsMovement' ? 'limits' : key] = value;
  }
  return answered(facts, question);
}

/** The shape of an answer the question invites: a yes to "does it limit you?" is a limit. */
function answered(facts: Facts, question: Question | undefined): Facts {
  if (question === 'chest') return chestAnswered(facts);
  // "Not sore" counts only while no area is known, which any later question implies.
  if (question !== undefined && question !== 'area') delete facts.notSore;
  const { reply, ...rest } = facts;
  if (reply === undefined) return facts;
  // Doubt and nothing else ("no idea", "I'm not sure") passes on the question, as "skip" does.
  if (reply === 'unsure' && Object.keys(rest).length === 0) return { skip: true };
  // To "does it limit you?", what limits say is the answer, and a yes or no beside it only opens it.
  if (question === 'limits' && rest.limits !== undefined) return rest;
  if (question === 'limits' && reply !== 'unsure') return { ...rest, limits: reply === 'yes' };
  if (question === 'hydration' && rest.water === undefined) {
    return { ...rest, water: reply === 'yes' ? 'good' : 'low' };
  }
  if (question === 'area' && reply === 'no' && rest.areas === undefined) {
    return { ...rest, notSore: true };
  }
  return facts;
}

/**
 * To the chest question, the muscle (a site or a chest muscle named) is one answer and the inside
 * (the joint side of the site) is chest pain, as the skill reads them.
 */
function chestAnswered(facts: Facts): Facts {
  const { site, ...rest } = facts;
  if (site === 'joint') return { ...rest, signs: 'chest-pain' };
  if (site === 'muscle' || rest.areas === 'chest') {
    const { areas: _chest, ...others } = rest;
    return { ...others, chestMuscle: true };
  }
  return facts;
}

/** Facts a description may add beside its label's without misreading it. */
const HARMLESS_EXTRAS = new Set(['feel', 'severity', 'days', 'hardSession']);

/**
 * Every fact the label names is heard alike, and any other fact heard is one that only says more
 * about the soreness named (a rating beside the pain type): an invented plan, sign, area, reply,
 * limit or "not sore" is a misreading.
 */
export function sameFacts(label: Facts, heard: Facts, question: Question | undefined): boolean {
  if (label.nothing) return Object.keys(heard).length === 0;
  if (Object.entries(label).some(([key, value]) => heard[key] !== value)) return false;
  return Object.keys(heard).every(
    (key) =>
      key in label ||
      HARMLESS_EXTRAS.has(key) ||
      // The place a sign is felt, said with it ("can't put weight on my foot").
      (key === 'areas' && label.signs !== undefined) ||
      // "Can I go to the gym": a full-body plan advises as no plan does (a property of the
      // engine, tested in tests/core/properties.test.ts).
      (key === 'plan' && heard.plan === 'full-body') ||
      // A yes, no or doubt beside the answer to a question that is no yes/no question ("maybe
      // five"), or beside a sign named: the fact answers it.
      (key === 'reply' &&
        (label.signs !== undefined || (question !== 'limits' && question !== 'redFlags'))),
  );
}
