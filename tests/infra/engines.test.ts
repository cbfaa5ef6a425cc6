import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './synth-helpers';

/** The Node check .ci/run makes before anything else, run with a stand-in version. */
function ciAccepts(version: string): boolean {
  const script = readFileSync(join(PROJECT_ROOT, '.ci', 'run'), 'utf8');
  const check = /node -e '\n([\s\S]*?)\n'/.exec(script)?.[1];
  if (!check) throw new Error('.ci/run has no `node -e` Node version check');
  let accepted = true;
  const fakeProcess = {
    versions: { node: version },
    exit: () => {
      accepted = false;
    },
  };
  new Function('process', 'console', check)(fakeProcess, { error: () => {} });
  return accepted;
}

describe('the Node versions the project supports', () => {
  it.each([
    ['18.20.0', false],
    ['20.18.1', false],
    ['20.19.0', true],
    ['20.20.2', true],
    ['21.7.3', false],
    ['22.11.0', false],
    ['22.12.0', true],
    ['24.1.0', true],
  ])('are checked by .ci/run before the install: Node %s accepted: %s', (version, accepted) => {
    expect(ciAccepts(version)).toBe(accepted);
  });
});
