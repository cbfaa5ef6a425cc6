import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '../../..');
// tsx's own CLI, which runs the server in a child process of its own: the harder case for
// stop(). `npm run serve` runs it with `node --import tsx` instead (viaNpm below).
const TSX_CLI = createRequire(__filename).resolve('tsx/cli');

export interface SpawnedServer {
  child: ChildProcess;
  output(): string;
  /** Resolves with the listening URL, or rejects if the process exits first. */
  listening: Promise<string>;
  exited: Promise<number | null>;
  /**
   * Stops the server and everything it started. tsx runs the server in a child of its own, so
   * killing only the spawned process would leave that child listening: the whole process group
   * goes, and the promise settles once the spawned process is gone.
   */
  stop(): Promise<void>;
}

export interface SpawnOptions {
  /** Started as a user does, `npm run serve -- <args>`, so the child is npm itself. */
  viaNpm?: boolean;
}

export function spawnServer(
  args: string[],
  env: Record<string, string>,
  { viaNpm = false }: SpawnOptions = {},
): SpawnedServer {
  const [command, commandArgs] = viaNpm
    ? ['npm', ['run', '--silent', 'serve', '--', ...args]]
    : [process.execPath, [TSX_CLI, 'server/main.ts', ...args]];
  const child = spawn(command, commandArgs, {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stop() can end tsx and the server child it starts together.
    detached: true,
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const listening = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    exited.then((code) => reject(new Error(`server exited with ${code} before listening`)));
  });
  // A test that expects an early exit never awaits `listening`; that rejection is not an error.
  listening.catch(() => {});
  const stop = async () => {
    const group = child.pid;
    if (group === undefined) return;
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // The group is already gone.
    }
    if (child.exitCode === null && child.signalCode === null) await exited;
  };
  return { child, output: () => output, listening, exited, stop };
}

/** A deadline, not a measurement: the promise must settle before it, however fast. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
