// Runs one child process and times it from the parent, spawn to exit, as a cold start is.
import { spawn } from 'node:child_process';
import { BENCH_SKILL_ID } from './envelopes';

export interface ChildRun {
  wallNs: number;
  /** What the child wrote to fd 3, parsed as JSON; its shape is checked by the caller. */
  result: unknown;
}

/**
 * A minimal environment, like Lambda's: in particular no NODE_OPTIONS, so the tsx loader
 * that runs this parent never leaks into a measured child.
 */
function childEnvironment(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', SKILL_ID: BENCH_SKILL_ID, TZ: 'UTC' };
}

/**
 * `node`: the Node binary that runs the child, so a cold start is measured on the deployed
 * runtime's major (BENCH_NODE, docs/performance.md), whatever Node runs the bench itself.
 */
export function runChild(
  script: string,
  args: readonly string[],
  node = process.execPath,
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    let exitedAt = 0n;
    const stderr: Buffer[] = [];
    const result: Buffer[] = [];
    const startedAt = process.hrtime.bigint();
    const child = spawn(node, [script, ...args], {
      env: childEnvironment(),
      // stdout is where the skill logs; /dev/null still costs the write, as CloudWatch does.
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    child.once('exit', () => {
      exitedAt = process.hrtime.bigint();
    });
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdio[3]?.on('data', (chunk: Buffer) => result.push(chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      const errorText = Buffer.concat(stderr).toString('utf8').trim();
      if (code !== 0) {
        reject(new Error(`${script} exited with ${code ?? signal}:\n${errorText}`));
        return;
      }
      const text = Buffer.concat(result).toString('utf8');
      try {
        resolve({ wallNs: Number(exitedAt - startedAt), result: JSON.parse(text) });
      } catch {
        reject(new Error(`${script} reported no result:\n${errorText}`));
      }
    });
  });
}
