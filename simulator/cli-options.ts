import { parseArgs } from 'node:util';

export type Device = 'speaker' | 'show';

export interface SimulatorOptions {
  locale: string;
  device: Device;
  json: boolean;
  verbose: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm start -- [options]
Talk to Soreness Coach offline, as you would to an Alexa speaker.

Options:
  --locale <locale>  interaction model to understand you with (default en-US;
                     any interaction-model/<locale>.json)
  --device <device>  speaker (default) or show: a device with a screen, which shows
                     the screen as text and takes taps ("tap: dull")
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
    };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
