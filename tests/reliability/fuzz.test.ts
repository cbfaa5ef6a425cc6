import type { ResponseEnvelope } from 'ask-sdk-model';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../lambda/skill';
import { SessionAttributesSchema } from '../../lambda/skill/boundary/schemas';
import { AlexaSession } from '../skill/alexa';
import { newSession } from '../skill/skill-under-test';
import { alexaResponseProblems } from './alexa-rules';
import { isDistinctive, needsSanitising } from './hostile-values';
import { recordRealStates } from './real-conversations';
import { schemaValidAttributes, sessionAttributes } from './session-attributes';
import { ssmlText } from './ssml';
import { envelopeOf, resolveReply, type TurnSpec, turn, userValuesOf } from './turns';

/** Fixed so a failure reproduces; FUZZ_RUNS and FUZZ_SEED widen the hunt. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_125);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

const LOG_FIELDS = new Set([
  'event',
  'requestType',
  'intent',
  'verdict',
  'requestId',
  'reason',
  'error',
]);

function spokenText(response: ResponseEnvelope): string {
  const speech = [response.response.outputSpeech, response.response.reprompt?.outputSpeech];
  return speech.map((entry) => (entry?.type === 'SSML' ? ssmlText(entry.ssml) : '')).join(' ');
}

/** Everything one answered turn must satisfy, whatever was said and whatever state came back. */
function turnProblems(spec: TurnSpec, requestType: string, response: ResponseEnvelope): string[] {
  const problems = alexaResponseProblems(requestType, response);
  const text = spokenText(response);
  if (/[<>"]/.test(text)) problems.push(`unescaped user text: ${text}`);
  for (const value of userValuesOf(spec)) {
    if (needsSanitising(value) && text.includes(value)) problems.push(`echoed raw: ${value}`);
  }
  const attributes = response.sessionAttributes ?? {};
  // After SessionEndedRequest Alexa discards the attributes, and a CanFulfillIntentRequest is a
  // session of its own that ends with the answer (which passes the attributes back untouched).
  if (
    requestType !== 'SessionEndedRequest' &&
    requestType !== 'CanFulfillIntentRequest' &&
    Object.keys(attributes).length > 0 &&
    !SessionAttributesSchema.safeParse(attributes).success
  ) {
    problems.push('wrote session attributes it would refuse on the next turn');
  }
  return problems;
}

/**
 * Outside a session Alexa keeps no attributes (that events, messages and its error reports take
 * no speech, card or directive is one of alexaResponseProblems' rules).
 */
function outOfSessionProblems(response: ResponseEnvelope): string[] {
  return Object.keys(response.sessionAttributes ?? {}).length > 0
    ? ['session attributes on a request without a session']
    : [];
}

function logProblems(logs: readonly LogEntry[], userValues: readonly string[]): string[] {
  const problems: string[] = [];
  const written = logs.map((entry) => Object.values(entry).join(' ')).join('\n');
  for (const entry of logs) {
    const extra = Object.keys(entry).filter((key) => !LOG_FIELDS.has(key));
    if (extra.length > 0) problems.push(`log fields outside LogEntry: ${extra.join(', ')}`);
  }
  for (const value of userValues) {
    if (isDistinctive(value) && written.includes(value.trim())) problems.push(`logged: ${value}`);
  }
  return problems;
}

let realStates: Record<string, unknown>[] = [];

beforeAll(async () => {
  realStates = await recordRealStates();
});

describe('the generators', () => {
  it('recorded real states and generate schema-valid ones the skill would accept', () => {
    expect(realStates.length).toBeGreaterThan(15);
    for (const state of realStates)
      expect(SessionAttributesSchema.safeParse(state).success).toBe(true);
    for (const state of fc.sample(schemaValidAttributes, { numRuns: 50, seed: SEED })) {
      expect(SessionAttributesSchema.safeParse(state).success).toBe(true);
    }
  });
});

describe('hostile conversations (fast-check)', () => {
  it(`${RUNS} seeded sequences of 1–8 turns: never throws, always a valid, safe Alexa response`, async () => {
    const scenario = fc.record({
      attributes: sessionAttributes(realStates),
      resumed: fc.boolean(),
      turns: fc.array(turn, { minLength: 1, maxLength: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ attributes, resumed, turns: planned }) => {
        const { skill, logs } = newSession();
        let alexa = new AlexaSession(skill);
        alexa.attributes = structuredClone(attributes);
        alexa.isNew = !resumed;
        const problems: string[] = [];
        const turns: TurnSpec[] = [];
        for (const [index, plan] of planned.entries()) {
          // Alexa opens a new session once one ends; so does the simulated device.
          if (alexa.ended) alexa = new AlexaSession(skill);
          const spec = plan.kind === 'reply' ? resolveReply(plan, alexa.attributes) : plan;
          turns.push(spec);
          const envelope = envelopeOf(spec);
          const before = logs.length;
          const response = await alexa.send(envelope);
          const found = turnProblems(spec, envelope.request.type, response);
          if (spec.kind === 'out-of-session') found.push(...outOfSessionProblems(response));
          const errors = logs.slice(before).filter((entry) => entry.event === 'handler-error');
          if (spec.kind !== 'stray' && errors.length > 0) {
            found.push(`reached the ErrorHandler: ${errors.map((entry) => entry.error).join()}`);
          }
          problems.push(...found.map((problem) => `turn ${index + 1} (${spec.kind}): ${problem}`));
        }
        // Request types and intent names are logged by design; a stray one may equal a heard value.
        const routing = turns.flatMap((spec) =>
          spec.kind === 'stray' ? [spec.requestType, spec.intentName ?? ''] : [],
        );
        const heard = turns
          .flatMap(userValuesOf)
          .filter((value) => !routing.some((name) => name.includes(value.trim())));
        problems.push(...logProblems(logs, heard));
        expect(problems).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
