import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchFiles } from '../../bench/bundle-report';

/**
 * The Lambda bundle is ES modules: an entry holding what a LaunchRequest needs (ask-sdk's Skill,
 * the envelope check, the opening), and chunks each loaded the first time a request needs them
 * (the conversation, the screens, the word reader, zod for a refused envelope). A cold start
 * compiles what it loads, so the budgets are in bytes, checked here deterministically; what they
 * cost in time is `npm run bench`'s (docs/performance.md). Each budget sits just above today's
 * figure: ordinary work lands without a debate, while a careless import into the opening (zod,
 * the speech catalogue, the engine) overshoots it and is caught in review, not in a cold start.
 */
const ENTRY_BUDGET_BYTES = 32_000;
const LAUNCH_BUDGET_BYTES = 36_000;
const FILE_BUDGET_BYTES = 100_000;

const DIRECTORY = 'dist/lambda';
const ENTRY = `${DIRECTORY}/index.mjs`;
const METAFILE = 'dist/lambda-meta.json';

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

const readMetafile = () => JSON.parse(readFileSync(METAFILE, 'utf8')) as Metafile;

describe('the deployable Lambda bundle', () => {
  it(`keeps its entry file within ${ENTRY_BUDGET_BYTES} bytes`, () => {
    expect(existsSync(ENTRY), `${ENTRY} is missing: run \`npm run build\` first`).toBe(true);
    expect(statSync(ENTRY).size).toBeLessThanOrEqual(ENTRY_BUDGET_BYTES);
  });

  it(`loads at most ${LAUNCH_BUDGET_BYTES} bytes for a LaunchRequest, and never zod`, () => {
    const files = launchFiles(readMetafile(), ENTRY);
    const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
    expect(bytes).toBeLessThanOrEqual(LAUNCH_BUDGET_BYTES);
    const loaded = files.map((file) => readFileSync(file, 'utf8')).join('\n');
    // zod's error class, which any zod schema brings along.
    expect(loaded).not.toMatch(/\$ZodError/);
  });

  it('loads for a LaunchRequest none of the code a speaker never needs', () => {
    const metafile = readMetafile();
    const sources = launchFiles(metafile, ENTRY).flatMap((file) =>
      Object.keys(metafile.outputs[file]?.inputs ?? {}),
    );
    expect(sources.length).toBeGreaterThan(10);
    const later = sources.filter((source) =>
      /lambda\/(core\/|skill\/(screen\/(?!has-screen)|safety\/|understanding\/|speech\/en-US))/.test(
        source,
      ),
    );
    expect(later).toEqual([]);
  });

  it(`keeps every file within ${FILE_BUDGET_BYTES} bytes`, () => {
    const code = readdirSync(DIRECTORY).filter((file) => /\.(m?js)$/.test(file));
    expect(code.length).toBeGreaterThan(2);
    for (const file of code) {
      expect(statSync(join(DIRECTORY, file)).size, file).toBeLessThanOrEqual(FILE_BUDGET_BYTES);
    }
  });
});
