import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every test run gets a temporary folder of its own as TMPDIR (os.tmpdir() reads it on each
 * call, and the test workers inherit it), so what a test leaves behind is found here, not
 * mixed with what other programs keep in the system's temporary folder.
 */
export default function setup(): () => void {
  const outer = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'soreness-tests-'));
  process.env.TMPDIR = root;
  return () => {
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    // tsx keeps its compile cache in tsx-<uid> when a test starts it: that is tsx's, reused
    // across runs, and goes with the folder all the same.
    const left = readdirSync(root).filter((entry) => !/^tsx-\d+$/.test(entry));
    rmSync(root, { recursive: true, force: true });
    if (left.length > 0) {
      // Vitest only prints an error thrown here; the exit code is what fails `npm test`.
      process.exitCode = 1;
      throw new Error(`the tests left temporary files behind: ${left.sort().join(', ')}`);
    }
  };
}
