import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runSimulator } from '../../simulator/run-simulator';

const ROOT = join(__dirname, '../..');

interface Transcript {
  argv: string[];
  lines: string[];
  expected: string;
}

// `$ printf '<lines>' | npm start [-- <options>]`, then a blank line, then what it prints.
const COMMAND = /^\$ printf '([^']*)' \| npm start(?: -- (.+))?$/;

/** Every console block of a document that pipes lines into the simulator. */
function transcriptsIn(file: string): Transcript[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const blocks = [...text.matchAll(/```console\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  return blocks.flatMap((block) => {
    const [command = '', blank, ...printed] = block.split('\n');
    const parsed = COMMAND.exec(command);
    if (!parsed || blank !== '') return [];
    return [
      {
        argv: parsed[2]?.split(' ') ?? [],
        lines: (parsed[1] ?? '').split('\\n').filter((line) => line !== ''),
        expected: printed.join('\n'),
      },
    ];
  });
}

async function simulate({ argv, lines }: Transcript): Promise<string> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  await runSimulator({
    argv,
    input: Readable.from(lines.map((line) => `${line}\n`)),
    output,
    errors: new PassThrough(),
    interactive: false,
  });
  return chunks.join('');
}

describe.each(['README.md', 'docs/simulator.md'])('the transcripts in %s', (file) => {
  const transcripts = transcriptsIn(file);

  it('has transcripts to check', () => {
    expect(transcripts.length).toBeGreaterThan(0);
  });

  // Run twice: what the document shows must come out on any day and every time.
  it.each(transcripts.map((transcript, n) => [n + 1, transcript] as const))(
    'transcript %i prints what the document shows, run after run',
    async (_n, transcript) => {
      expect(await simulate(transcript)).toBe(transcript.expected);
      expect(await simulate(transcript)).toBe(transcript.expected);
    },
  );
});
