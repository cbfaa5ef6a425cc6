import fc from 'fast-check';
import {
  BODY_AREAS,
  FEELS,
  HYDRATION_LEVELS,
  PLANNED_FOCUSES,
  RED_FLAGS,
  RULE_IDS,
  VERDICTS,
} from '../../lambda/core';
import { QUESTIONS, SLEEP_QUALITIES, STATE_VERSION } from '../../lambda/skill/conversation/state';
import { type Mutation, mutated, pathsOf } from '../support/mutations';
import { hostileString } from './hostile-values';

type Attributes = Record<string, unknown>;

const soreArea = fc.record(
  {
    area: fc.constantFrom(...BODY_AREAS),
    feel: fc.constantFrom(...FEELS),
    severity: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: ['area'] },
);

const draft = fc.record(
  {
    areas: fc.array(soreArea, { maxLength: 4 }),
    notSore: fc.boolean(),
    days: fc.integer({ min: 0, max: 365 }),
    limitsMovement: fc.boolean(),
    worsening: fc.boolean(),
    redFlags: fc.subarray([...RED_FLAGS]),
    hardSession: fc.boolean(),
    sleepHours: fc.double({ min: 0, max: 24, noNaN: true }),
    sleepQuality: fc.constantFrom(...SLEEP_QUALITIES),
    hydration: fc.constantFrom(...HYDRATION_LEVELS),
    plannedFocus: fc.constantFrom(...PLANNED_FOCUSES),
    alwaysSore: fc.boolean(),
    skipped: fc.subarray([...QUESTIONS]),
  },
  { requiredKeys: ['areas', 'skipped'] },
);

const conversation = fc.record({
  draft,
  pending: fc.option(fc.constantFrom(...QUESTIONS), { nil: null }),
  failures: fc.integer({ min: 0, max: 3 }),
  adviceGiven: fc.boolean(),
});

const bounded = (max: number) => hostileString.map((text) => text.slice(0, max));

const lastAdvice = fc.record({
  verdict: fc.constantFrom(...VERDICTS),
  urgent: fc.boolean(),
  rules: fc.subarray([...RULE_IDS]),
  suggestions: fc.array(bounded(40), { maxLength: 20 }),
});

/**
 * Attributes the schema accepts but no real conversation would produce: contradictory drafts,
 * a pending question with nothing to ask about, advice text that was never ours.
 */
export const schemaValidAttributes: fc.Arbitrary<Attributes> = fc.record(
  { v: fc.constant(STATE_VERSION), conversation, lastAdvice },
  { requiredKeys: ['v'] },
);

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = level % 2 ? [value] : { draft: value };
  return value;
}

/** A state a real conversation wrote, with one value replaced by garbage or removed. */
function mutationOf(states: readonly Attributes[]): fc.Arbitrary<Attributes> {
  return fc
    .tuple(
      fc.constantFrom(...states),
      fc.nat(),
      fc.oneof(
        fc.jsonValue({ maxDepth: 2 }).map((value): Mutation => ({ kind: 'set', value })),
        hostileString.map((value): Mutation => ({ kind: 'set', value })),
        fc.constant<Mutation>({ kind: 'delete' }),
      ),
    )
    .map(([state, index, mutation]) => {
      // Inside the state only: garbage in place of the whole state is sessionAttributes' own case.
      const paths = pathsOf(state).filter((path) => path.length > 0);
      return mutated(state, paths[index % paths.length] ?? [], mutation) as Attributes;
    });
}

/** Session attributes as they might come back: real, mutated, contradictory or plain garbage. */
export function sessionAttributes(realStates: readonly Attributes[]): fc.Arbitrary<Attributes> {
  const real = fc.constantFrom(...realStates);
  return fc.oneof(
    { arbitrary: fc.constant({}), weight: 3 },
    { arbitrary: real, weight: 4 },
    { arbitrary: mutationOf(realStates), weight: 4 },
    { arbitrary: schemaValidAttributes, weight: 4 },
    {
      // Words smuggled into the stored advice (which keeps none) must never be spoken.
      arbitrary: fc
        .tuple(schemaValidAttributes, lastAdvice, hostileString)
        .map(([state, advice, speech]) => ({ ...state, lastAdvice: { ...advice, speech } })),
      weight: 1,
    },
    { arbitrary: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), weight: 1 },
    {
      arbitrary: fc.record({
        v: fc.jsonValue(),
        conversation: fc.jsonValue(),
        lastAdvice: fc.jsonValue(),
      }),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(real, fc.constantFrom(0, 2, '1', null, 1.5))
        .map(([state, v]) => ({ ...state, v })),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(real, fc.string({ minLength: 1 }), fc.jsonValue({ maxDepth: 2 }))
        .map(([state, key, value]) => ({ [key]: value, ...state })),
      weight: 1,
    },
    {
      arbitrary: fc
        .integer({ min: 50, max: 400 })
        .map((depth) => ({ v: STATE_VERSION, conversation: nested(depth) })),
      weight: 1,
    },
  );
}
