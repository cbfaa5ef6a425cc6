import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HandlerInput } from 'ask-sdk-core';
import type { Draft, Question } from '../../lambda/skill/conversation/state';
import { describedCommand, readRequest } from '../../lambda/skill/understanding/read-request';
import { speaker } from '../voice/speaker';

/** What a careful listener takes from a line: only the fields the line states. */
export interface Facts {
  areas?: string[];
  feel?: 'dull' | 'sharp';
  severity?: number;
  days?: number;
  trend?: 'worse' | 'better';
  limitsMovement?: boolean;
  signs?: string[];
  noSigns?: boolean;
  answer?: 'yes' | 'no' | 'unsure';
  site?: 'joint' | 'muscle';
  chestMuscle?: boolean;
  notSore?: boolean;
  plan?: string;
  hardSession?: boolean;
  alwaysSore?: boolean;
  sleepHours?: number;
  sleepQuality?: 'good' | 'poor';
  water?: 'good' | 'low';
  question?: string;
  command?: string;
}

export interface BlindLine {
  context: string;
  say: string;
  facts: Facts;
  locale?: string;
}

export function loadBlindBatch(file = 'blind-2026-12-07.json'): BlindLine[] {
  const batch = JSON.parse(readFileSync(join(import.meta.dirname, file), 'utf8')) as {
    lines: BlindLine[];
  };
  return batch.lines;
}

/**
 * The answers that bring a fresh check to each question the skill asks, said through the
 * simulator like any user's; the harness checks that the question was reached before the line.
 */
const LEAD_IN: Readonly<Record<string, readonly string[]>> = {
  launch: [],
  area: [],
  any: [],
  feel: ['my legs hurt'],
  severity: ['my legs ache'],
  days: ['my legs ache', 'five'],
  limits: ['my legs ache', 'five', 'two days'],
  site: ['my shoulder aches', 'five'],
  chest: ['my chest hurts'],
  redFlags: ['my legs ache', 'eight', 'two days'],
  sleep: ['my arms are a little sore'],
  hydration: ['my arms are a little sore', 'eight hours'],
};

const PENDING: Readonly<Record<string, string>> = {
  launch: 'area',
  area: 'area',
  any: 'area',
  feel: 'feel',
  severity: 'severity',
  days: 'days',
  limits: 'limits',
  site: 'site',
  chest: 'chest',
  redFlags: 'redFlags',
  sleep: 'sleep',
  hydration: 'hydration',
};

interface SessionState {
  conversation?: { draft: Draft; pending: string | null };
  lastAdvice?: { verdict: string; urgent: boolean };
}

/**
 * The writers' topics and the skill's: a question on a topic the skill has no answer for yet
 * ("can I take ibuprofen", "does stretching help") is counted as a miss.
 */
const TOPICS: Readonly<Record<string, string>> = {
  doms: 'doms',
  why: 'why',
  instead: 'instead',
  recover: 'recover-faster',
  'severity-guide': 'too-sore',
};

/** What the skill took the line to be besides facts: a question on a topic, or a command. */
interface Asked {
  topic: string | undefined;
  command: string | undefined;
  skip: boolean;
}

const COMMANDS: Readonly<Record<string, string>> = {
  help: 'AMAZON.HelpIntent',
  stop: 'AMAZON.StopIntent',
  cancel: 'AMAZON.CancelIntent',
  repeat: 'AMAZON.RepeatIntent',
  'start-over': 'AMAZON.StartOverIntent',
};

/** Every labelled fact that the skill's state after the line does not hold. */
function missed(
  facts: Facts,
  context: string,
  state: SessionState,
  asked: Asked,
  urgent: boolean,
): string[] {
  const draft = state.conversation?.draft;
  const areas = draft?.areas ?? [];
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const heardAreas = areas.map((area) => area.area);
  for (const area of facts.areas ?? []) {
    // "My shoulder" and "my hip" wait for the joint-or-muscle question: either reading holds.
    const alike =
      heardAreas.includes(area as never) ||
      (area === 'shoulder-joint' && heardAreas.includes('shoulders' as never)) ||
      (area === 'shoulders' && heardAreas.includes('shoulder-joint' as never)) ||
      (area === 'hips' && heardAreas.includes('hip-joint' as never)) ||
      (area === 'hip-joint' && heardAreas.includes('hips' as never));
    need(alike || (area === 'chest' && urgent), `area ${area}`);
  }
  if (facts.feel)
    need(
      areas.some((area) => area.feel === facts.feel),
      `feel ${facts.feel}`,
    );
  if (facts.severity !== undefined) {
    const wanted = Math.ceil(facts.severity);
    need(
      areas.some((area) => area.severity === wanted || area.severity === facts.severity),
      `severity ${facts.severity}`,
    );
  }
  if (facts.days !== undefined) need(draft?.days === facts.days, `days ${facts.days}`);
  if (facts.trend === 'worse') need(draft?.worsening === true, 'worsening');
  if (facts.limitsMovement !== undefined) {
    need(draft?.limitsMovement === facts.limitsMovement, `limits ${facts.limitsMovement}`);
  }
  for (const sign of facts.signs ?? []) {
    need(urgent || (draft?.redFlags ?? []).includes(sign as never), `sign ${sign}`);
  }
  const unlabelled = (draft?.redFlags ?? []).filter((sign) => !(facts.signs ?? []).includes(sign));
  if (unlabelled.length > 0) problems.push(`false sign ${unlabelled.join(',')}`);
  if (urgent && (facts.signs ?? []).length === 0) problems.push('false urgent');
  if (facts.noSigns) {
    need(
      draft?.redFlags?.length === 0 &&
        draft.warningSignsUnclear !== true &&
        draft.warningSignReported !== true &&
        !urgent,
      'no signs',
    );
  }
  if (facts.answer && context === 'redFlags') {
    // A sign named is a yes, whether or not the word "yes" came with it.
    const signHeard = (draft?.redFlags ?? []).length > 0 || draft?.warningSignReported === true;
    if (facts.answer === 'yes') need(urgent || signHeard, 'yes');
    if (facts.answer === 'no') {
      need(draft?.redFlags?.length === 0 && draft.warningSignReported !== true && !urgent, 'no');
    }
    if (facts.answer === 'unsure') need(draft?.warningSignsUnclear === true, 'unsure');
  }
  if (facts.answer && context === 'limits' && facts.limitsMovement === undefined) {
    need(draft?.limitsMovement === (facts.answer === 'yes'), `limits ${facts.answer}`);
  }
  if (facts.answer && context === 'hydration' && facts.water === undefined) {
    const level = facts.answer === 'yes' ? 'good' : facts.answer === 'no' ? 'low' : undefined;
    if (level) need(draft?.hydration === level, `water ${level}`);
  }
  if (facts.site) {
    const wanted = facts.site === 'joint' ? ['shoulder-joint', 'hips'] : ['shoulders', 'hips'];
    need(
      areas.some((area) => wanted.includes(area.area) && area.unclear === undefined),
      `site ${facts.site}`,
    );
  }
  if (facts.chestMuscle) need(heardAreas.includes('chest') && !urgent, 'chest muscle');
  if (facts.notSore) need(draft?.notSore === true || state.lastAdvice !== undefined, 'not sore');
  if (facts.plan) need(draft?.plannedFocus === facts.plan, `plan ${facts.plan}`);
  if (facts.hardSession) need(draft?.hardSession === true, 'hard session');
  if (facts.alwaysSore) need(draft?.alwaysSore === true, 'always sore');
  if (facts.sleepHours !== undefined) {
    need(draft?.sleepHours === facts.sleepHours, `sleep ${facts.sleepHours}`);
  }
  if (facts.sleepQuality) {
    need(
      draft?.sleepQuality === facts.sleepQuality || draft?.sleepHours !== undefined,
      `sleep ${facts.sleepQuality}`,
    );
  }
  if (facts.water) need(draft?.hydration === facts.water, `water ${facts.water}`);
  if (facts.question) {
    const topic = TOPICS[facts.question];
    need(topic !== undefined && asked.topic === topic, `question ${facts.question}`);
  }
  if (facts.command) {
    const wanted =
      facts.command === 'skip' ? asked.skip : asked.command === COMMANDS[facts.command];
    need(wanted, `command ${facts.command}`);
  }
  return problems;
}

export interface LineResult {
  line: BlindLine;
  reached: boolean;
  understood: boolean;
  problems: string[];
}

/** Brings a check to the line's question, says the line, and compares the state with its facts. */
export async function readLine(
  line: BlindLine,
  locale = line.locale ?? 'en-US',
): Promise<LineResult> {
  const session = speaker(locale);
  let last = await session.say('open soreness coach');
  for (const answer of LEAD_IN[line.context] ?? []) last = await session.say(answer);
  const before = last.response.sessionAttributes as SessionState | undefined;
  const pending = PENDING[line.context];
  const reached = pending === undefined || before?.conversation?.pending === pending;
  const turn = await session.say(line.say);
  const state = (turn.response.sessionAttributes ?? {}) as SessionState;
  // Judged by what the skill's reader takes from the request, whichever intent carried it.
  const input = { requestEnvelope: turn.request } as unknown as HandlerInput;
  const request = turn.request.request;
  const intent = request.type === 'IntentRequest' ? request.intent.name : undefined;
  const { heard } = readRequest(input, (pending ?? null) as Question | null);
  const asked: Asked = {
    topic: heard.question,
    command: intent === 'DescribeIntent' ? describedCommand(input) : intent,
    skip: heard.skip === true,
  };
  // Urgent as the skill decided it, not as its words sound: the signs repeated after an unclear
  // safety answer name the emergency number too.
  const urgent = state.lastAdvice?.urgent === true;
  const problems = missed(line.facts, line.context, state, asked, urgent);
  return { line, reached, understood: reached && problems.length === 0, problems };
}
