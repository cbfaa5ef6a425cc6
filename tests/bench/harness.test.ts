import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contributors, launchFiles, packageOf } from '../../bench/bundle-report';
import { billedMs, monthlyCost, PRICES, REQUESTS_PER_CHECK_IN } from '../../bench/cost';
import {
  BENCH_SKILL_ID,
  buildConversation,
  buildEnvelope,
  readCheckInScript,
} from '../../bench/envelopes';
import { mean, median, percentile } from '../../bench/stats';

describe('bench statistics', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('uses nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(() => percentile(samples, 0)).toThrow(RangeError);
  });

  it('refuses to summarise no samples', () => {
    expect(() => median([])).toThrow();
    expect(() => mean([])).toThrow();
  });
});

describe('the Lambda cost model', () => {
  it('bills whole milliseconds, rounded up, at least one', () => {
    expect(billedMs(0.003)).toBe(1);
    expect(billedMs(1)).toBe(1);
    expect(billedMs(1.2)).toBe(2);
  });

  it('charges every request and the memory-seconds of every billed millisecond', () => {
    const cost = monthlyCost({
      checkInsPerMonth: 1000,
      memoryMb: 256,
      warmTurnMs: 0.01,
      coldStartMs: 99.5,
      coldStartsPerCheckIn: 1,
      cpuSlowdown: 1,
    });
    const requests = 1000 * REQUESTS_PER_CHECK_IN;
    const billedSeconds = ((requests - 1000) * 1 + 1000 * 100) / 1000;
    expect(cost.requests).toBe(requests);
    expect(cost.gbSeconds).toBeCloseTo(billedSeconds * 0.25);
    expect(cost.totalUsd).toBeCloseTo(
      requests * PRICES.requestUsd + billedSeconds * 0.25 * PRICES.gbSecondUsd,
    );
  });

  it('costs more when the CPU share slows every turn past a billing millisecond', () => {
    const input = {
      checkInsPerMonth: 1000,
      memoryMb: 128,
      warmTurnMs: 0.2,
      coldStartMs: 20,
      coldStartsPerCheckIn: 1,
    };
    const fast = monthlyCost({ ...input, cpuSlowdown: 1 });
    const slow = monthlyCost({ ...input, cpuSlowdown: 10 });
    expect(slow.computeUsd).toBeGreaterThan(fast.computeUsd);
    expect(slow.requestUsd).toBe(fast.requestUsd);
  });
});

describe('bench request envelopes', () => {
  const script = readCheckInScript(join(__dirname, '../../bench/check-in-turns.json'));
  const conversation = buildConversation(script, new Date('2026-01-01T00:00:00Z'));

  it('address the skill id the child runs under, in every place Alexa puts it', () => {
    for (const envelope of conversation) {
      expect(envelope.session.application.applicationId).toBe(BENCH_SKILL_ID);
      expect(envelope.context.System.application.applicationId).toBe(BENCH_SKILL_ID);
      expect(envelope.request.locale).toBe('en-US');
    }
  });

  it('start the session with a LaunchRequest and continue it with intents', () => {
    expect(conversation[0]?.request.type).toBe('LaunchRequest');
    expect(conversation.map((envelope) => envelope.session.new)).toEqual(
      conversation.map((_, index) => index === 0),
    );
    expect(script.turns[script.coldTurn]?.request).toBe('IntentRequest');
  });

  it('give resolved slots an entity-resolution match under the skill authority', () => {
    const envelope = buildEnvelope(
      {
        request: 'IntentRequest',
        intent: 'CheckInIntent',
        slots: { area: { value: 'quads', resolvesTo: { slotType: 'SorenessArea', id: 'legs' } } },
      },
      1,
      new Date(),
    );
    expect(envelope.request).toMatchObject({
      type: 'IntentRequest',
      intent: {
        name: 'CheckInIntent',
        confirmationStatus: 'NONE',
        slots: {
          area: {
            name: 'area',
            value: 'quads',
            resolutions: {
              resolutionsPerAuthority: [
                {
                  authority: `amzn1.er-authority.echo-sdk.${BENCH_SKILL_ID}.SorenessArea`,
                  status: { code: 'ER_SUCCESS_MATCH' },
                  values: [{ value: { name: 'legs', id: 'legs' } }],
                },
              ],
            },
          },
        },
      },
    });
  });
});

describe('bundle contributors', () => {
  const metafile = {
    outputs: {
      'dist/lambda/index.mjs': {
        bytes: 100,
        imports: [
          { path: 'dist/lambda/chunk-a.mjs', kind: 'import-statement' },
          { path: 'dist/lambda/later.mjs', kind: 'dynamic-import' },
        ],
        inputs: { 'lambda/lambda.ts': { bytesInOutput: 50 } },
      },
      'dist/lambda/chunk-a.mjs': {
        bytes: 500,
        imports: [{ path: 'node:fs', kind: 'import-statement' }],
        inputs: {
          'node_modules/ask-sdk-core/dist/a.js': { bytesInOutput: 100 },
          'node_modules/ask-sdk-core/dist/b.js': { bytesInOutput: 150 },
          'node_modules/@scope/pkg/index.js': { bytesInOutput: 200 },
        },
      },
      'dist/lambda/later.mjs': {
        bytes: 900,
        imports: [{ path: 'dist/lambda/chunk-a.mjs', kind: 'import-statement' }],
        inputs: { 'node_modules/zod/index.js': { bytesInOutput: 900 } },
      },
    },
  };

  it('finds what an entry loads before it runs: its static imports, never what it imports later', () => {
    expect(launchFiles(metafile, 'dist/lambda/index.mjs')).toEqual([
      'dist/lambda/index.mjs',
      'dist/lambda/chunk-a.mjs',
    ]);
  });

  it('groups the inputs of those files by package, largest first', () => {
    const files = launchFiles(metafile, 'dist/lambda/index.mjs');
    const { packages, topInputs } = contributors(metafile, files, 2);
    expect(packages).toEqual([
      { name: 'ask-sdk-core', bytes: 250 },
      { name: '@scope/pkg', bytes: 200 },
    ]);
    expect(topInputs.map((input) => input.name)).toEqual([
      'node_modules/@scope/pkg/index.js',
      'node_modules/ask-sdk-core/dist/b.js',
    ]);
  });

  it('names the skill and plugin-supplied modules apart from packages', () => {
    expect(packageOf('lambda/skill/build-skill.ts')).toBe('(skill)');
    expect(packageOf('stub:ask-sdk-model')).toBe('stub:ask-sdk-model');
  });
});
