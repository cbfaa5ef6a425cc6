import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runSimulator } from '../../simulator/run-simulator';

async function run(argv: string[], lines: string[], modelDir?: string) {
  const output = new PassThrough();
  const errors = new PassThrough();
  const chunks: string[] = [];
  const errorChunks: string[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  errors.on('data', (chunk: Buffer) => errorChunks.push(chunk.toString()));
  const code = await runSimulator({
    argv,
    input: Readable.from(lines.map((line) => `${line}\n`)),
    output,
    errors,
    interactive: false,
    ...(modelDir ? { modelDir } : {}),
  });
  return { code, out: chunks.join(''), err: errorChunks.join('') };
}

describe('simulator run', () => {
  it('prints a transcript and hints on an empty line without sending it', async () => {
    const { code, out } = await run([], ['open soreness coach', '', 'blah blah']);
    expect(code).toBe(0);
    expect(out).toContain('> open soreness coach\nAlexa: ');
    expect(out).toContain('> \n(nothing said: type what you would say');
    expect(out).toContain('> blah blah\nAlexa: ');
    expect(out).toMatch(/\(session (open|closed)\)/);
  });

  it.each(['Привет', '今日はトレーニングできますか'])(
    'answers a line in another script as not understood, never as a failure: %s',
    async (line) => {
      const { code, out } = await run(['--verbose'], ['open soreness coach', line]);
      expect(out).not.toContain('the skill failed');
      expect(out).toContain('(heard) AMAZON.FallbackIntent');
      expect(code).toBe(0);
    },
  );

  it('prints raw envelopes with --json', async () => {
    const { out } = await run(['--json'], ['open soreness coach']);
    expect(out).toContain('request: {\n  "version": "1.0"');
    expect(out).toContain('"type": "LaunchRequest"');
    expect(out).toContain('response: {');
  });

  it('shows what Alexa understood with --verbose', async () => {
    const { out } = await run(['--verbose'], ['open soreness coach', 'my spleen hurts', 'knee']);
    expect(out).toContain('(heard) LaunchRequest');
    expect(out).toContain('(heard) DescribeIntent description="spleen hurts"');
    expect(out).toContain('(heard) DescribeIntent description="knee"');
  });

  it('shows usage with --help and refuses unknown options with exit 2', async () => {
    expect(await run(['--help'], [])).toMatchObject({
      code: 0,
      out: expect.stringContaining('--locale'),
    });
    const bad = await run(['--loud'], []);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("Unknown option '--loud'");
    expect((await run(['--locale', 'english'], [])).code).toBe(2);
  });

  it('explains a missing or broken model with exit 2 and no stack trace', async () => {
    const missing = await run(['--locale', 'fr-FR'], []);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('No interaction model for locale "fr-FR"');
    const dir = mkdtempSync(join(tmpdir(), 'models-'));
    try {
      writeFileSync(join(dir, 'en-GB.json'), '{"interactionModel": {}}');
      writeFileSync(join(dir, 'en-AU.json'), '{ not json');
      const invalid = await run(['--locale', 'en-GB'], [], dir);
      expect(invalid.code).toBe(2);
      expect(invalid.err).toMatch(
        /is not an interaction model: \$\.interactionModel\.languageModel/,
      );
      const unparsable = await run(['--locale', 'en-AU'], [], dir);
      expect(unparsable.err).toMatch(/is not valid JSON/);
      expect(`${invalid.err}${unparsable.err}`).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs as a piped child process (npm start)', () => {
    const child = spawnSync('npx', ['tsx', 'simulator/main.ts'], {
      input: 'open soreness coach\nmy legs are a little sore\n',
      encoding: 'utf8',
    });
    expect(child.status).toBe(0);
    expect(child.stdout).toContain('> open soreness coach\nAlexa: ');
    expect(child.stdout).toContain('> my legs are a little sore\nAlexa: ');
    expect(child.stdout).toContain('(reprompt)');
  });
});
