import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Issue 6 targets 120 KB minified; 5 KB of margin lets ordinary feature work land without a
 * budget debate, while one careless heavy import (zod's locales, the full ask-sdk-model,
 * an AWS SDK) overshoots it by far and is caught in review, not in a cold start.
 * Raise it only with a `npm run bench` run showing the cold start still meets its target.
 */
const BUNDLE_BUDGET_BYTES = 125_000;
const BUNDLE = 'dist/lambda/index.js';

describe('the deployable Lambda bundle', () => {
  it(`stays within its budget of ${BUNDLE_BUDGET_BYTES} bytes`, () => {
    expect(existsSync(BUNDLE), `${BUNDLE} is missing: run \`npm run build\` first`).toBe(true);
    expect(statSync(BUNDLE).size).toBeLessThanOrEqual(BUNDLE_BUDGET_BYTES);
  });
});
