import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { RED_FLAGS, RULE_IDS } from '../../lambda/core';
import { isEnvironment } from '../../lambda/skill/boundary/generated/is-environment';
import { isSessionAttributes } from '../../lambda/skill/boundary/generated/is-session-attributes';
import { isSlot } from '../../lambda/skill/boundary/generated/is-slot';
import { isTapArguments } from '../../lambda/skill/boundary/generated/is-tap-arguments';
import {
  EnvironmentSchema,
  RequestEnvelopeSchema,
  SessionAttributesSchema,
  SlotSchema,
  TapArgumentsSchema,
} from '../../lambda/skill/boundary/schemas';
import { LOCAL_SKILL_ID } from '../../lambda/skill/build-skill';
import { QUESTIONS } from '../../lambda/skill/conversation/state';
import { isRequestEnvelope } from '../../lambda/skill/request-envelope';
import {
  assertRepresentable,
  BOUNDARY_SCHEMAS,
  GENERATED_DIRECTORY,
  generatedChecks,
} from '../../tools/boundary-checks/generate';
import { type Mutation, mutated, pathsOf, valueAt } from '../support/mutations';
import intentFixture from './fixtures/intent-request.json';
import launchFixture from './fixtures/launch-request.json';

type Check = (value: unknown) => boolean;

/** Values that sit on the schemas' edges: lengths, bounds, enum neighbours, other types. */
const EDGES = [
  '',
  'x',
  'x'.repeat(40),
  'x'.repeat(41),
  'x'.repeat(100),
  'x'.repeat(101),
  'x'.repeat(200),
  'x'.repeat(201),
  // zod counts a string's length in code points, and so must the check: 40 emoji are 80 UTF-16
  // units, and lone surrogates count one each.
  '😀'.repeat(40),
  '😀'.repeat(41),
  '😀'.repeat(200),
  '😀'.repeat(201),
  '\uD83D'.repeat(41),
  `${'\uD83D'.repeat(20)}x${'\uDE00'.repeat(20)}`,
  '1.0',
  '1',
  'en-US',
  'EN-us',
  'en-USA',
  'legs',
  'sharp',
  'dull',
  'rest',
  'R1',
  'S1',
  'area',
  'limits',
  'answer',
  'ER_SUCCESS_MATCH',
  LOCAL_SKILL_ID,
  LOCAL_SKILL_ID.toUpperCase(),
  -1,
  -0,
  0,
  0.5,
  1,
  3,
  4,
  5,
  10,
  10.5,
  11,
  24,
  24.5,
  365,
  366,
  2 ** 53,
  Number.MAX_VALUE,
  true,
  false,
  null,
  [],
  {},
  ['answer', 'feel', 'dull'],
];

const SESSION_SAMPLES: unknown[] = [
  { v: 4 },
  {
    v: 4,
    conversation: {
      draft: { areas: [{ area: 'legs', feel: 'dull', severity: 5 }], days: 2, skipped: [] },
      pending: 'limits',
      companion: 'days',
      failures: 0,
      adviceGiven: false,
    },
  },
  {
    v: 4,
    conversation: {
      draft: {
        areas: [
          { area: 'shoulder-joint', feel: 'sharp', feelAssumed: true, severity: 7, unclear: 'hip' },
          { area: 'chest', severity: 0 },
        ],
        notSore: false,
        limitsMovement: true,
        worsening: true,
        redFlags: ['fever', 'swelling'],
        warningSignReported: true,
        warningSignsUnclear: false,
        hardSession: true,
        misheard: true,
        gaveUp: false,
        sleepHours: 6.5,
        sleepQuality: 'poor',
        hydration: 'low',
        plannedFocus: 'upper-body',
        alwaysSore: false,
        skipped: ['sleep'],
      },
      pending: null,
      failures: 2,
      adviceGiven: true,
    },
    lastAdvice: {
      verdict: 'see-professional',
      urgent: false,
      rules: ['R2', 'S1'],
      suggestions: ['sleep', 'hydrate'],
    },
  },
];

/** Every list of the state at its longest, so one more item crosses a bound. */
SESSION_SAMPLES.push({
  v: 4,
  conversation: {
    draft: {
      areas: [{ area: 'legs' }, { area: 'back' }, { area: 'knee' }, { area: 'neck' }],
      redFlags: [...RED_FLAGS],
      skipped: [...QUESTIONS],
    },
    pending: 'sleep',
    failures: 3,
    adviceGiven: true,
  },
  lastAdvice: {
    verdict: 'rest',
    urgent: false,
    rules: [...RULE_IDS],
    suggestions: Array.from({ length: 20 }, () => 'x'.repeat(40)),
  },
});

const SLOT_SAMPLES = [
  { name: 'area', value: 'quads', confirmationStatus: 'NONE' },
  {
    name: 'area',
    value: 'quads',
    resolutions: {
      resolutionsPerAuthority: [
        {
          authority: 'amzn1.er-authority.echo-sdk.x.BodyArea',
          status: { code: 'ER_SUCCESS_MATCH' },
          values: [{ value: { name: 'legs', id: 'legs' } }],
        },
      ],
    },
  },
];

const mutations: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'delete' as const }),
  fc.constantFrom(...EDGES).map((value) => ({ kind: 'set' as const, value })),
  fc.jsonValue({ maxDepth: 2 }).map((value) => ({ kind: 'set' as const, value })),
  fc
    .constantFrom('extra', 'value', 'v', '__proto__x')
    .map((key) => ({ kind: 'add' as const, key })),
  fc.integer({ min: 1, max: 3 }).map((items) => ({ kind: 'pad' as const, items })),
);

/** Valid samples, each mutated once or twice, and arbitrary JSON: what a forged request sends. */
function inputsAround(samples: readonly unknown[]): fc.Arbitrary<unknown> {
  const once = (sample: unknown) =>
    fc.record({ at: fc.nat(), mutation: mutations }).map(({ at, mutation }) => {
      // A list is padded at one of the lists, so each bound on a length is reached often.
      const paths = pathsOf(sample).filter(
        (path) => mutation.kind !== 'pad' || Array.isArray(valueAt(sample, path)),
      );
      return mutated(sample, paths[at % paths.length] ?? [], mutation);
    });
  const sampled = fc.constantFrom(...samples);
  return fc.oneof(
    sampled,
    sampled.chain(once),
    sampled.chain(once).chain((first) => once(first)),
    fc.jsonValue({ maxDepth: 4 }),
  );
}

const cases: Array<{
  name: string;
  check: Check;
  schema: { safeParse(value: unknown): { success: boolean } };
  samples: readonly unknown[];
}> = [
  {
    name: 'environment',
    check: isEnvironment,
    schema: EnvironmentSchema,
    samples: [{ SKILL_ID: LOCAL_SKILL_ID, PATH: '/usr/bin' }],
  },
  {
    name: 'request envelope',
    check: isRequestEnvelope,
    schema: RequestEnvelopeSchema,
    samples: [launchFixture, intentFixture, { ...launchFixture, session: undefined }],
  },
  {
    name: 'session attributes',
    check: isSessionAttributes,
    schema: SessionAttributesSchema,
    samples: SESSION_SAMPLES,
  },
  { name: 'slot', check: isSlot, schema: SlotSchema, samples: SLOT_SAMPLES },
  {
    name: 'tap arguments',
    check: isTapArguments,
    schema: TapArgumentsSchema,
    samples: [
      ['answer', 'feel', 'dull'],
      ['answer', 'severity', '5'],
    ],
  },
];

describe('each generated boundary check answers as its zod schema does', () => {
  it.each(cases)(
    '$name: on valid samples, mutated ones and arbitrary JSON',
    ({ check, schema, samples }) => {
      for (const sample of samples) expect(check(sample), JSON.stringify(sample)).toBe(true);
      let refused = 0;
      fc.assert(
        fc.property(inputsAround(samples), (input) => {
          const expected = schema.safeParse(input).success;
          if (!expected) refused++;
          expect(check(input), JSON.stringify(input)).toBe(expected);
        }),
        { numRuns: 3000, seed: 20261208 },
      );
      // The mutations reach the schema's refusals, not only its acceptances.
      expect(refused).toBeGreaterThan(300);
    },
  );
});

describe('the generated checks are the ones their schemas give today', () => {
  it('every check module matches `npm run build:checks` (regenerate after changing a schema)', () => {
    const files = generatedChecks();
    expect(Object.keys(files)).toHaveLength(Object.keys(BOUNDARY_SCHEMAS).length);
    for (const [file, source] of Object.entries(files)) {
      const committed = readFileSync(join(GENERATED_DIRECTORY, file), 'utf8');
      expect(committed, file).toBe(source);
    }
  });
});

describe('the generator refuses what a generated check would leave out', () => {
  const object = (field: z.core.$ZodType) => z.object({ nested: z.optional(z.array(field)) });
  it.each([
    ['a refinement', z.string().check(z.refine((text) => text !== 'x'))],
    ['a transforming check', z.string().check(z.trim())],
    ['a regex with flags', z.string().check(z.regex(/^a$/i))],
    ['a refinement behind z.lazy', z.lazy(() => z.number().check(z.refine((n) => n > 1)))],
  ])('%s, however deep', (_, field) => {
    expect(() => assertRepresentable('test', object(field), [])).toThrow(/JSON Schema cannot say/);
  });

  it('but for a refinement the skill applies beside the check, and what JSON Schema can say', () => {
    const applied = (text: string) => text !== 'x';
    const said = z.string().check(z.regex(/^a$/), z.maxLength(3), z.refine(applied));
    expect(() => assertRepresentable('test', object(said), [applied])).not.toThrow();
  });
});
