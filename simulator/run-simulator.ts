import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { buildSkill, consoleLogger, LOCAL_SKILL_ID, silentLogger } from '../lambda/skill';
import { parseSimulatorOptions, USAGE, UsageError } from './cli-options';
import { loadInteractionModel, ModelLoadError } from './model/load-model';
import { renderEnvelopes, renderTurn, renderUnderstanding } from './render-turn';
import { createVoiceSession, NothingToTapError, type Turn } from './voice-session';

export interface SimulatorIo {
  argv: readonly string[];
  input: Readable;
  output: Writable;
  errors: Writable;
  /** A terminal gets a prompt; anything else is read as a transcript. */
  interactive: boolean;
  modelDir?: string;
}

const EMPTY_LINE_HINT =
  '(nothing said: type what you would say to the speaker, e.g. "open soreness coach")';

/** The whole simulator run; resolves to the process exit code. */
export async function runSimulator(io: SimulatorIo): Promise<number> {
  const print = (text: string): void => {
    io.output.write(`${text}\n`);
  };
  const fail = (text: string, code: number): number => {
    io.errors.write(`${text}\n`);
    return code;
  };
  let options: ReturnType<typeof parseSimulatorOptions>;
  try {
    options = parseSimulatorOptions(io.argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\n\n${USAGE}`, 2);
    throw error;
  }
  if (options.help) {
    print(USAGE);
    return 0;
  }
  let model: ReturnType<typeof loadInteractionModel>;
  try {
    model = loadInteractionModel(options.locale, io.modelDir);
  } catch (error) {
    if (error instanceof ModelLoadError) return fail(error.message, 2);
    throw error;
  }

  const skill = buildSkill({
    skillId: LOCAL_SKILL_ID,
    logger: options.verbose ? consoleLogger : silentLogger,
    ...(options.seed === undefined ? {} : { pickVariant: seededVariants(options.seed) }),
  });
  const today = options.today;
  const session = createVoiceSession({
    skill,
    model,
    locale: options.locale,
    skillId: LOCAL_SKILL_ID,
    ...(today ? { now: () => today } : {}),
    ...(options.device === 'show' ? { screen: true } : {}),
  });
  const show = (turn: Turn): void => {
    if (options.json) print(renderEnvelopes(turn));
    if (options.verbose) print(renderUnderstanding(turn));
    print(renderTurn(turn));
  };

  // A terminal gets readline's line editing and history; a pipe is read line by line.
  const lines = io.interactive
    ? createInterface({ input: io.input, output: io.output, terminal: true, prompt: 'you> ' })
    : createInterface({ input: io.input, terminal: false });
  lines.on('SIGINT', () => lines.close());
  const prompt = (): void => {
    if (io.interactive) lines.prompt();
  };
  if (io.interactive) {
    print(
      `Soreness Coach simulator (${options.locale}). Say "open soreness coach", or without ` +
        'the name "should I train today", to start; Ctrl+D to quit.',
    );
  }
  let failures = 0;
  prompt();
  for await (const line of lines) {
    if (!io.interactive) print(`> ${line}`);
    if (line.trim() === '') {
      print(EMPTY_LINE_HINT);
    } else {
      try {
        show(await session.say(line));
      } catch (error) {
        // A tap that matches nothing is the user's slip, not the skill's failure.
        if (error instanceof NothingToTapError) {
          print(`(${error.message})`);
          prompt();
          continue;
        }
        failures++;
        print(`(the skill failed: ${error instanceof Error ? error.message : String(error)})`);
      }
    }
    prompt();
  }
  if (io.interactive) print('');
  if (session.isOpen) {
    await session.end();
    print('(you left: session ended)');
  }
  return failures === 0 ? 0 : 1;
}

/** mulberry32: a few lines, and the same choices for a seed on every machine. */
function seededVariants(seed: number): (count: number) => number {
  let state = seed >>> 0;
  return (count) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    return Math.floor(unit * count);
  };
}
