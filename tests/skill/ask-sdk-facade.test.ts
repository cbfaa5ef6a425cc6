import * as core from 'ask-sdk-core';
import { describe, expect, it } from 'vitest';
import * as facade from '../../lambda/skill/ask-sdk';

describe('the ask-sdk facade (deep imports, to skip what the skill never loads)', () => {
  it.each(Object.keys(facade))('%s is the very function ask-sdk-core exports', (name) => {
    const fromFacade = (facade as Record<string, unknown>)[name];
    const fromPackage = (core as Record<string, unknown>)[name];
    expect(fromFacade).toBeDefined();
    expect(fromFacade).toBe(fromPackage);
  });

  it('is all the skill imports from ask-sdk-core at run time (types aside)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const sources = (readdirSync('lambda', { recursive: true }) as string[])
      .filter((file) => file.endsWith('.ts') && !file.endsWith('ask-sdk.ts'))
      .map((file) => readFileSync(join('lambda', file), 'utf8'));
    const valueImports = sources.flatMap((source) =>
      [...source.matchAll(/^import (?!type )[^;]*from 'ask-sdk-core[^']*';/gm)].map(
        (match) => match[0],
      ),
    );
    expect(valueImports).toEqual([]);
  });
});
