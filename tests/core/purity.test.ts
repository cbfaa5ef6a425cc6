import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleSpecifiers, purityViolations, readSource, typeScriptFiles } from './import-guard';

const CORE_ROOT = resolve(__dirname, '../../lambda/core');
const inCore = (name: string) => join(CORE_ROOT, name);

describe('lambda/core stays pure', () => {
  const files = typeScriptFiles(CORE_ROOT);

  it('finds the engine files, rules included', () => {
    expect(files).toContain(inCore('advise-training.ts'));
    expect(files).toContain(inCore('index.ts'));
    expect(files.some((file) => file.startsWith(inCore('rules/')))).toBe(true);
  });

  it.each(files.map((file) => [file.slice(CORE_ROOT.length + 1), file]))(
    '%s imports only relative core paths or zod, and never reads clock, env or randomness',
    (_name, file) => {
      expect(purityViolations(readSource(file), file, CORE_ROOT)).toEqual([]);
    },
  );
});

describe('the purity guard itself', () => {
  const file = inCore('advise-training.ts');

  it('lists static, type-only, re-exported, dynamic and required modules', () => {
    const source = [
      "import * as z from 'zod';",
      "import type { Skill } from 'ask-sdk-core';",
      "export { x } from './x';",
      "const fs = require('node:fs');",
      "const later = import('aws-sdk');",
    ].join('\n');
    expect(moduleSpecifiers(source)).toEqual(['zod', 'ask-sdk-core', './x', 'node:fs', 'aws-sdk']);
  });

  it.each([
    ["import { SkillBuilders } from 'ask-sdk-core';", 'imports ask-sdk-core'],
    ["import type { Response } from 'ask-sdk-model';", 'imports ask-sdk-model'],
    ["import { readFileSync } from 'node:fs';", 'imports node:fs'],
    ["import fs from 'fs';", 'imports fs'],
    ["const fs = require('fs');", 'imports fs'],
    ["export * from '@aws-sdk/client-s3';", 'imports @aws-sdk/client-s3'],
    ["import { buildSkill } from '../skill';", 'imports ../skill, outside the core'],
    ['const stage = process.env.STAGE;', 'mentions process.'],
    ['const now = Date.now();', 'mentions Date'],
    ['const roll = Math.random();', 'mentions Math.random'],
    ['const t = performance.now();', 'mentions performance'],
    ['const id = crypto.randomUUID();', 'mentions crypto'],
  ])('refuses %s', (source, violation) => {
    expect(purityViolations(source, file, CORE_ROOT)).toContain(violation);
  });

  it('accepts zod, zod/mini and relative core imports', () => {
    const source = [
      "import * as z from 'zod';",
      "import * as zm from 'zod/mini';",
      "import { VERDICTS } from './advice';",
      "import { stepUp } from '../verdict-ladder';",
    ].join('\n');
    expect(purityViolations(source, inCore('rules/x.ts'), CORE_ROOT)).toEqual([]);
  });
});
