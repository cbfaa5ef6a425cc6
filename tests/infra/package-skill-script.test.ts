import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './synth-helpers';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** `npm run package:skill -- <args>` as a deployer runs it, from a folder of their choosing. */
function packageSkill(args: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'package-skill-script-'));
  made.push(cwd);
  const result = spawnSync(
    join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
    [join(PROJECT_ROOT, 'scripts', 'package-skill.ts'), ...args],
    { cwd, encoding: 'utf8', timeout: 60_000 },
  );
  return { ...result, cwd };
}

describe('npm run package:skill', () => {
  it('writes a development package from --dev alone', () => {
    const { status, stderr, stdout, cwd } = packageSkill(['--dev']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(existsSync(join(cwd, 'dist', 'skill-package', 'skill-package', 'skill.json'))).toBe(
      true,
    );
    expect(stdout).toMatch(/--arn/);
  });

  it('says what is wrong with a bad ARN in one line, without zod’s issue list', () => {
    const { status, stderr } = packageSkill(['--arn', 'arn:aws:s3:::bucket', '--dev']);
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/--arn/);
    expect(lines[0]).not.toMatch(/"code"/);
  });
});
