import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { adviseTraining, BODY_AREAS, PLANNED_FOCUSES, RED_FLAGS } from '../../lambda/core';
import { QUESTIONS } from '../../lambda/skill/conversation/state';
import { speaker } from './speaker';

/**
 * A whole check-in as one person lives it: what they say first, the facts of their soreness,
 * and how they answer each question the skill may ask, in their own words. The skill's answers
 * decide which of those words are said, turn by turn, so the figure is the conversation's own.
 */
const CheckInSchema = z.object({
  id: z.string(),
  locale: z.string(),
  opening: z.string(),
  facts: z.object({
    areas: z.array(
      z.object({
        area: z.enum(BODY_AREAS),
        feel: z.enum(['dull', 'sharp']),
        severity: z.int().check(z.gte(0), z.lte(10)),
      }),
    ),
    days: z.nullable(z.int()),
    limitsMovement: z.boolean(),
    worsening: z.boolean(),
    redFlags: z.array(z.enum(RED_FLAGS)),
    plannedFocus: z.nullable(z.enum(PLANNED_FOCUSES)),
    sleepHours: z.nullable(z.number()),
    hydration: z.nullable(z.enum(['good', 'low'])),
  }),
  answers: z.record(z.enum(QUESTIONS), z.string()),
});
export type CheckInScript = z.infer<typeof CheckInSchema>;

const FileSchema = z.object({ checkIns: z.array(CheckInSchema) });

export function loadCheckIns(file: string): CheckInScript[] {
  const path = join(import.meta.dirname, 'check-ins', file);
  return FileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).checkIns;
}

/** "Open soreness coach" says nothing of the soreness: the turns after it are the check's. */
const PLAIN_LAUNCH = /^(hey )?(alexa,? )?(open|launch|start) soreness coach\.?$/i;
/** A check still going after this many turns is counted as this long: it has failed anyway. */
const TURN_CAP = 12;

export interface LivedCheckIn {
  id: string;
  /** Every user turn, the launch and both follow-ups included. */
  turns: number;
  /** User turns after a plain launch until the advice was first spoken; undefined if never. */
  toAdvice: number | undefined;
  /** What the engine advises on the person's own facts, and what the skill advised. */
  expected: string;
  advised: string;
  transcript: string[];
}

function engineVerdict({ facts }: CheckInScript): string {
  const advice = adviseTraining({
    soreness: facts.areas.map((area) => ({
      ...area,
      ...(facts.days !== null && { days: facts.days }),
      limitsMovement: facts.limitsMovement,
      worsening: facts.worsening,
    })),
    redFlags: facts.redFlags,
    ...(facts.sleepHours !== null && { sleepHours: facts.sleepHours }),
    ...(facts.hydration !== null && { hydration: facts.hydration }),
    ...(facts.plannedFocus !== null && { plannedFocus: facts.plannedFocus }),
  });
  return advice.urgent ? 'urgent' : advice.verdict;
}

interface SessionState {
  pending?: string | null;
  companion?: string;
}

/**
 * Says the opening, then answers whatever the skill asks. Asked two things at once, not everyone
 * answers both: every other person (`bothHalves` false) answers only the first half, and is then
 * asked the second on its own.
 */
export async function live(script: CheckInScript, bothHalves = true): Promise<LivedCheckIn> {
  const session = speaker(script.locale);
  const transcript: string[] = [];
  const launched = PLAIN_LAUNCH.test(script.opening.trim());
  let turns = 0;
  let toAdvice: number | undefined;
  let advised = 'none';
  let line: string | undefined = script.opening;
  while (line !== undefined && turns < TURN_CAP) {
    turns += 1;
    const turn = await session.say(line);
    transcript.push(`> ${line}`, `Alexa: ${turn.speech}`);
    const attributes = turn.response.sessionAttributes ?? {};
    const advice = attributes.lastAdvice as { verdict: string; urgent: boolean } | undefined;
    if (advice) advised = advice.urgent ? 'urgent' : advice.verdict;
    if (advice && toAdvice === undefined) toAdvice = turns - (launched ? 1 : 0);
    if (!turn.sessionOpen) break;
    const state = attributes.conversation as SessionState | undefined;
    const asked = state?.pending;
    const answer = asked ? script.answers[asked as keyof CheckInScript['answers']] : undefined;
    const second =
      state?.companion && bothHalves
        ? script.answers[state.companion as keyof CheckInScript['answers']]
        : '';
    line = answer === undefined ? undefined : [answer, second].filter(Boolean).join(', ');
  }
  return { id: script.id, turns, toAdvice, expected: engineVerdict(script), advised, transcript };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor((sorted.length - 1) / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle] ?? 0) + (sorted[middle + 1] ?? 0)) / 2;
}

export const mean = (values: readonly number[]) =>
  values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

const RANK = ['train', 'modify', 'active-recovery', 'rest', 'see-professional', 'urgent'];

/** The advice the facts call for, or a more careful one: never a lighter one. */
export const safeOrRight = ({ expected, advised }: LivedCheckIn) =>
  RANK.indexOf(advised) >= RANK.indexOf(expected) && RANK.indexOf(advised) >= 0;

export { TURN_CAP };
