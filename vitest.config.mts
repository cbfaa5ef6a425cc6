import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // Fails the run if any test leaves a temporary file or folder behind.
    globalSetup: ['tests/support/temp-dir-guard.ts'],
    coverage: {
      provider: 'v8',
      include: ['lambda/**/*.ts'],
      reporter: ['text-summary', 'text'],
      // The engine is the product's safety core: every line and branch must be exercised.
      thresholds: {
        'lambda/core/**': { lines: 100, branches: 100, functions: 100, statements: 100 },
      },
    },
  },
});
