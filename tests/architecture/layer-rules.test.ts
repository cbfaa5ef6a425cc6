import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The arrows of docs/architecture.md's dependency rule are Biome's noRestrictedImports, set per
 * folder in biome.json's overrides, so `npm run lint` fails on an import that breaks one. Here
 * each rule meets an import it refuses and one it allows, linted by the project's own Biome
 * with the project's own configuration, in a scratch tree laid out like the repository.
 */
const ROOT = join(__dirname, '../..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');

const CASES: Array<{ file: string; from: string; name: string; refused: boolean }> = [
  {
    file: 'lambda/skill/handlers/a.ts',
    from: '../../core/advise-training',
    name: 'adviseTraining',
    refused: true,
  },
  {
    file: 'lambda/skill/handlers/b.ts',
    from: '../../core',
    name: 'adviseTraining',
    refused: false,
  },
  { file: 'lambda/skill/c.ts', from: '../lambda', name: 'handler', refused: true },
  { file: 'lambda/skill/d.ts', from: '../../simulator/main', name: 'main', refused: true },
  { file: 'infra/e.ts', from: '../lambda/skill/build-skill', name: 'buildSkill', refused: true },
  { file: 'infra/f.ts', from: '../lambda/skill-id', name: 'SKILL_ID_PATTERN', refused: false },
  { file: 'simulator/g.ts', from: '../lambda/core', name: 'adviseTraining', refused: true },
  { file: 'server/h.ts', from: '../lambda/lambda', name: 'handler', refused: true },
  { file: 'server/i.ts', from: '../lambda/skill', name: 'buildSkill', refused: false },
];

let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'soreness-layers-'));
  const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8'));
  // The scratch tree is no git checkout, and has no node_modules for the schema.
  config.vcs = { enabled: false };
  delete config.$schema;
  writeFileSync(join(scratch, 'biome.json'), JSON.stringify(config));
  for (const { file, from, name } of CASES) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    writeFileSync(
      join(scratch, file),
      `import { ${name} } from '${from}';\n\nexport const used = ${name};\n`,
    );
  }
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function refusedFiles(): string[] {
  let output = '';
  try {
    // Biome's own notes (its JSON report is marked experimental; the lockfile pins Biome) go to
    // stderr, kept out of the test's output.
    output = execFileSync(BIOME, ['lint', '--reporter=json', '.'], {
      cwd: scratch,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // Biome exits non-zero when it finds an error; the report is still on stdout.
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  const report = JSON.parse(output) as {
    diagnostics: Array<{ category: string; location: { path: string } }>;
  };
  return report.diagnostics
    .filter((diagnostic) => diagnostic.category === 'lint/style/noRestrictedImports')
    .map((diagnostic) => diagnostic.location.path);
}

describe('the dependency rule, enforced by the linter', () => {
  it('refuses each import that breaks an arrow, and allows the ones the rule names', () => {
    const refused = refusedFiles();
    for (const { file, from, refused: expected } of CASES) {
      expect(refused.includes(file), `${file} importing ${from}`).toBe(expected);
    }
  });
});
