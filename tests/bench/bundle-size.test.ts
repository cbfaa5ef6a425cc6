import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The entry file carries the skill's handlers, the engine and the request reader's slot mapping;
 * the word reader is a file of its own beside it (read-words.js), loaded the first time someone's
 * own words must be read, and so are the screen document and the reader's word lists. The budget
 * sits just above today's entry file (119.5 KB), so ordinary feature work lands without a debate
 * while one careless heavy import (ask-sdk-core's index, zod's locales, the full ask-sdk-model, an
 * AWS SDK) overshoots it by far and is caught in review, not in a cold start. Raise it only with
 * a `npm run bench` run showing what the cold start pays for it (docs/performance.md).
 */
const BUNDLE_BUDGET_BYTES = 120_000;
const BUNDLE = 'dist/lambda/index.js';

describe('the deployable Lambda bundle', () => {
  it(`stays within its budget of ${BUNDLE_BUDGET_BYTES} bytes`, () => {
    expect(existsSync(BUNDLE), `${BUNDLE} is missing: run \`npm run build\` first`).toBe(true);
    expect(statSync(BUNDLE).size).toBeLessThanOrEqual(BUNDLE_BUDGET_BYTES);
  });
});
