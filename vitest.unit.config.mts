import { configDefaults, defineConfig } from 'vitest/config';
import whole from './vitest.config.mjs';

/**
 * `npm run test:unit`: the fast loop while working, under 30 s on the project's 2-core machine
 * with lint and types. The engine, the reader, the safety net and the skill driven in-process
 * with Alexa's envelopes; not the suites that need the built bundle, whole phrasing corpora,
 * the CDK stack, the server, the simulator or the docs. `npm test` runs everything.
 */
export default defineConfig({
  test: {
    ...whole.test,
    include: [
      'tests/core/**/*.test.ts',
      'tests/understanding/**/*.test.ts',
      'tests/safety/**/*.test.ts',
      'tests/skill/**/*.test.ts',
    ],
    exclude: [
      ...configDefaults.exclude,
      // The built bundle, and the corpora: the whole check's.
      'tests/skill/bundle.test.ts',
      'tests/safety/safety-corpus.test.ts',
      'tests/understanding/blind-batch.test.ts',
    ],
    coverage: { ...whole.test?.coverage, enabled: false },
  },
});
