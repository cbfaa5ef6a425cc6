import { parseArgs } from 'node:util';

export type Device = 'speaker' | 'show';

export interface SimulatorOptions {
  locale: string;
  device: Device;
  json: boolean;
  verbose: boolean;
  help: boolean;
  /** The day requests are stamped with (noon UTC), so "since Saturday" counts the same days. */
  today?: Date;
  /** Seeds the skill's choice among phrasings, so a transcript prints the same every run. */
  seed?: number;
}

export const USAGE = `Usage: npm start -- [options]
Talk to Soreness Coach offline, as you would to an Alexa speaker.

Options:
  --locale <locale>  interaction model to understand you with (default en-US;
                     any interaction-model/<locale>.json)
  --device <device>  speaker (default) or show: a device with a screen, which shows
                     the screen as text and takes taps ("tap: dull")
  --today <date>     pretend it is this day (YYYY-MM-DD, noon UTC): weekdays such as
                     "since Saturday" then count the same number of days on any day
  --seed <n>         pick the skill's phrasings from this seed (0 or more), not at
                     random: the same lines print the same transcript every run
  --json             also print the raw request and response envelopes
  --verbose          show what Alexa understood and the skill's own log lines
  --help             show this help

Type "open soreness coach" to start, "ask soreness coach <question>" for a one-shot.
Piped input is read one utterance per line and printed as a transcript.`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseSimulatorOptions(argv: readonly string[]): SimulatorOptions {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        locale: { type: 'string', default: 'en-US' },
        device: { type: 'string', default: 'speaker' },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        today: { type: 'string' },
        seed: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (!/^[a-z]{2}-[A-Z]{2}$/.test(values.locale)) {
      throw new UsageError(`--locale expects a locale such as en-US, got "${values.locale}"`);
    }
    if (values.device !== 'speaker' && values.device !== 'show') {
      throw new UsageError(`--device expects speaker or show, got "${values.device}"`);
    }
    return {
      locale: values.locale,
      device: values.device,
      json: values.json,
      verbose: values.verbose,
      help: values.help,
      ...(values.today === undefined ? {} : { today: parseToday(values.today) }),
      ...(values.seed === undefined ? {} : { seed: parseSeed(values.seed) }),
    };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function parseToday(text: string): Date {
  const date = new Date(`${text}T12:00:00Z`);
  // Date rolls 2026-02-30 over to March: a day that does not exist is refused instead.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || date.toISOString().slice(0, 10) !== text) {
    throw new UsageError(`--today expects a date such as 2026-12-07, got "${text}"`);
  }
  return date;
}

function parseSeed(text: string): number {
  if (!/^\d{1,9}$/.test(text)) {
    throw new UsageError(`--seed expects a whole number from 0, got "${text}"`);
  }
  return Number(text);
}
