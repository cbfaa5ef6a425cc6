import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { SKILL_LOCALES } from '../../lambda/skill/speech/locales';
import { expectedSigns, signPhrasings, signsByModel } from '../../tests/safety/safety-corpus';
import {
  createUnderstander,
  judgeUnderstood,
  loadPhrasings,
} from '../../tests/voice/phrasing-corpus';
import { CREDENTIALS_HELP, readCredentials } from './credentials';
import { figuresOf, formatReport, type Judged, type LocaleReport, type Share } from './figures';
import { paced } from './pace';
import { selectedIntentOf } from './profile-response';
import { signsResolved } from './signs';
import { createProfiler, type Fetch } from './smapi-client';

/** Amazon does not publish the profiler's limit; two a second stays well clear of throttling. */
export const DEFAULT_RATE = 2;
export const MAX_RATE = 5;

const ArgsSchema = z.object({
  locales: z.array(z.enum(SKILL_LOCALES)).min(1),
  rate: z.number().positive().max(MAX_RATE),
  limit: z.number().int().positive().optional(),
  out: z.string().min(1),
});

export interface ProfileIo {
  argv: string[];
  env: Record<string, string | undefined>;
  fetch: Fetch;
  log: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      locale: { type: 'string', multiple: true },
      rate: { type: 'string', default: String(DEFAULT_RATE) },
      limit: { type: 'string' },
      out: { type: 'string', default: 'dist/nlu-profile' },
    },
    strict: true,
  });
  return ArgsSchema.parse({
    locales: values.locale ?? [...SKILL_LOCALES],
    rate: Number(values.rate),
    ...(values.limit !== undefined && { limit: Number(values.limit) }),
    out: values.out,
  });
}

const sameSigns = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((sign, index) => sign === b[index]);

const shareOf = (rights: readonly boolean[]): Share => ({
  right: rights.filter(Boolean).length,
  total: rights.length,
});

/**
 * Sends each locale's labelled phrasings and warning-sign phrasings through Alexa's Utterance
 * Profiler, judges each answer exactly as the offline corpus judges the simulator's, and writes
 * both side by side. Returns the exit code.
 */
export async function runProfile(io: ProfileIo): Promise<number> {
  const read = readCredentials(io.env);
  if (!read.ok) {
    io.log(read.problems.join('\n'));
    io.log(CREDENTIALS_HELP);
    return 1;
  }
  const args = parse(io.argv);
  const profile = createProfiler(read.credentials, io.fetch);
  const reports: LocaleReport[] = [];
  for (const locale of args.locales) {
    const phrasings = loadPhrasings(locale).slice(0, args.limit);
    const signs = signPhrasings.slice(0, args.limit);
    io.log(`${locale}: ${phrasings.length + signs.length} utterances at ${args.rate} a second`);
    const judge = (
      entry: (typeof phrasings)[number],
      understood: Parameters<typeof judgeUnderstood>[1],
    ): Judged => {
      const judged = judgeUnderstood(entry, understood);
      return {
        heldOut: entry.heldOut,
        ...(entry.batch && { batch: entry.batch }),
        byModel: judged.byModel,
        bySkill: judged.understood,
      };
    };
    const alexaLines = await paced(
      phrasings,
      args.rate,
      async (entry) => judge(entry, selectedIntentOf(await profile(locale, entry.say))),
      io.sleep,
    );
    const alexaSigns = await paced(
      signs,
      args.rate,
      async (entry) =>
        sameSigns(
          signsResolved(selectedIntentOf(await profile(locale, entry.say))),
          [...expectedSigns(entry)].sort(),
        ),
      io.sleep,
    );
    const understands = createUnderstander(locale);
    const offlineLines = phrasings.map((entry) => {
      const judged = understands(entry);
      return {
        heldOut: entry.heldOut,
        ...(entry.batch && { batch: entry.batch }),
        byModel: judged.byModel,
        bySkill: judged.understood,
      };
    });
    const offlineSigns = signs.map((entry) =>
      sameSigns([...signsByModel(entry.say, locale)].sort(), [...expectedSigns(entry)].sort()),
    );
    reports.push({
      locale,
      alexa: {
        byModel: figuresOf(alexaLines, 'byModel'),
        bySkill: figuresOf(alexaLines, 'bySkill'),
        safety: shareOf(alexaSigns),
      },
      offline: {
        byModel: figuresOf(offlineLines, 'byModel'),
        bySkill: figuresOf(offlineLines, 'bySkill'),
        safety: shareOf(offlineSigns),
      },
    });
  }
  const markdown = formatReport(reports);
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'report.md'), `${markdown}\n`);
  writeFileSync(join(args.out, 'report.json'), `${JSON.stringify(reports, null, 2)}\n`);
  io.log(markdown);
  io.log(`wrote ${join(args.out, 'report.md')} and report.json`);
  return 0;
}
