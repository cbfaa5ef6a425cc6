// `npm run bench`: measures the deployable bundle (dist/lambda/index.mjs), never a dev build.
// Prints the tables and writes bench/results.json. A missed target is reported, not failed;
// a skill that errors on any turn fails the run, naming the turn.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as z from 'zod';
import { bundleReport } from './bundle-report';
import { MB_PER_VCPU, monthlyCost } from './cost';
import { buildConversation, onScreenDevice, readCheckInScript, turnLabel } from './envelopes';
import { measureColdStart, measureWarm } from './measure';
import { type CostRow, contributorsTable, costTable, resultsTable } from './table';
import { checkTarget } from './targets';

const BUNDLE = 'dist/lambda/index.mjs';
const HELLO_WORLD = 'dist/bench-hello-world/index.mjs';
const METAFILE = 'dist/lambda-meta.json';

const SettingsSchema = z.object({
  /** The Node binary the measured processes run on; the bench's own Node when unset. */
  BENCH_NODE: z
    .string()
    .refine((path) => existsSync(path), { message: 'BENCH_NODE names no file' })
    .default(process.execPath),
  BENCH_PAIRS: z.coerce.number().int().min(1).default(50),
  BENCH_WARMUPS: z.coerce.number().int().min(0).default(5),
  BENCH_TURNS: z.coerce.number().int().min(100).default(10_000),
});

/** Cold starts per check-in assumed in the cost model: see docs/performance.md. */
const COLD_STARTS_PER_CHECK_IN = new Map([
  [1_000, 1],
  [1_000_000, 0.01],
]);

async function main(): Promise<void> {
  if (!existsSync(BUNDLE) || !existsSync(METAFILE) || !existsSync(HELLO_WORLD)) {
    throw new Error(`${BUNDLE}, ${METAFILE} or ${HELLO_WORLD} is missing: run \`npm run build\``);
  }
  const settings = SettingsSchema.parse(process.env);
  const script = readCheckInScript(join(__dirname, 'check-in-turns.json'));
  const conversation = buildConversation(script, new Date());
  const [launch] = conversation;
  const coldTurn = script.turns[script.coldTurn];
  if (!launch || !coldTurn) throw new Error('the check-in script is empty');
  const bundlePath = resolve(BUNDLE);
  const floorPath = join(__dirname, 'floor-handler.cjs');
  const helloPath = resolve(HELLO_WORLD);
  const scratch = mkdtempSync(join(tmpdir(), 'soreness-bench-'));
  const progress = (step: string) => process.stderr.write(`bench: ${step}\n`);

  try {
    const bundle = bundleReport(BUNDLE, METAFILE);
    progress(`warm check-in conversation, ${settings.BENCH_TURNS} turns`);
    const warmUp = Math.ceil(settings.BENCH_TURNS / 10);
    const warmConversation = await measureWarm({
      bundlePath,
      conversation,
      warmupTurns: warmUp,
      measuredTurns: settings.BENCH_TURNS,
      planPath: join(scratch, 'conversation.json'),
      node: settings.BENCH_NODE,
    });
    progress(`warm LaunchRequest, ${settings.BENCH_TURNS} turns`);
    const warmLaunch = await measureWarm({
      bundlePath,
      conversation: [launch],
      warmupTurns: warmUp,
      measuredTurns: settings.BENCH_TURNS,
      planPath: join(scratch, 'launch.json'),
      node: settings.BENCH_NODE,
    });
    const cold = {
      bundlePath,
      floorPath,
      warmups: settings.BENCH_WARMUPS,
      pairs: settings.BENCH_PAIRS,
      node: settings.BENCH_NODE,
    };
    progress(`cold LaunchRequest, ${settings.BENCH_PAIRS} pairs`);
    const launchCold = {
      ...cold,
      envelope: launch,
      isLastTurn: true,
      envelopePath: join(scratch, 'cold-launch.json'),
    };
    const coldLaunch = await measureColdStart(launchCold);
    progress(
      `cold LaunchRequest, ask-sdk hello-world against bare Node, ${settings.BENCH_PAIRS} pairs`,
    );
    const coldHello = await measureColdStart({ ...launchCold, bundlePath: helloPath });
    progress(`cold LaunchRequest on a screen device, ${settings.BENCH_PAIRS} pairs`);
    const coldScreenLaunch = await measureColdStart({
      ...launchCold,
      envelope: onScreenDevice(launch),
      envelopePath: join(scratch, 'cold-screen-launch.json'),
    });
    progress(`cold LaunchRequest, skill against the hello-world, ${settings.BENCH_PAIRS} pairs`);
    const coldLaunchVsHello = await measureColdStart({ ...launchCold, floorPath: helloPath });
    const coldCheckInLabel = `check-in turn ${script.coldTurn} (${turnLabel(coldTurn)})`;
    progress(`cold ${coldCheckInLabel}, ${settings.BENCH_PAIRS} pairs`);
    const coldCheckIn = await measureColdStart({
      ...cold,
      // Carries the session attributes the skill itself produced in the warm conversation.
      envelope: warmConversation.firstConversation[script.coldTurn],
      isLastTurn: script.coldTurn === script.turns.length - 1,
      envelopePath: join(scratch, 'cold-check-in.json'),
    });

    const targets = [
      checkTarget('cold LaunchRequest', 'coldLaunchRatio', coldLaunch.ratioMedian),
      checkTarget(
        'cold LaunchRequest vs hello-world',
        'coldLaunchVsHello',
        coldLaunchVsHello.ratioMedian,
      ),
      checkTarget(
        'cold LaunchRequest on a screen device',
        'coldScreenLaunchRatio',
        coldScreenLaunch.ratioMedian,
      ),
      checkTarget('cold check-in turn', 'coldTurnRatio', coldCheckIn.ratioMedian),
      checkTarget('entry file', 'entryBytes', bundle.entryBytes),
      checkTarget('largest file', 'fileBytes', bundle.largestFile.bytes),
      checkTarget('warm LaunchRequest', 'warmP99Us', warmLaunch.figures.p99Us),
      checkTarget('warm check-in', 'warmP99Us', warmConversation.figures.p99Us),
      checkTarget('RSS, warm LaunchRequest', 'rssBytes', warmLaunch.figures.rssBytes),
      checkTarget('RSS, warm check-in', 'rssBytes', warmConversation.figures.rssBytes),
    ];
    const costs: CostRow[] = [];
    for (const [checkInsPerMonth, coldStartsPerCheckIn] of COLD_STARTS_PER_CHECK_IN) {
      for (const memoryMb of [128, 256]) {
        const input = {
          checkInsPerMonth,
          memoryMb,
          warmTurnMs: warmConversation.figures.meanUs / 1000,
          coldStartMs: coldCheckIn.bundleMedianMs,
          coldStartsPerCheckIn,
        };
        costs.push({
          checkInsPerMonth,
          memoryMb,
          measured: monthlyCost({ ...input, cpuSlowdown: 1 }),
          cpuScaled: monthlyCost({ ...input, cpuSlowdown: MB_PER_VCPU / memoryMb }),
        });
      }
    }

    const figures = {
      coldLaunch,
      coldScreenLaunch,
      coldHello,
      coldLaunchVsHello,
      coldCheckIn,
      coldCheckInLabel,
      warmLaunch: warmLaunch.figures,
      warmConversation: warmConversation.figures,
      conversationLength: conversation.length,
      bundle,
      targets,
    };
    const machine = {
      // The Node the measured processes ran on, which may not be the bench's own.
      node: execFileSync(settings.BENCH_NODE, ['--version'], { encoding: 'utf8' }).trim(),
      benchNode: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    };
    process.stdout.write(
      [
        `Soreness Coach benchmark: ${new Date().toISOString()}, measured on Node ${machine.node} (the bench on ${machine.benchNode}), ${machine.cpu}`,
        '',
        resultsTable(figures),
        '',
        contributorsTable(bundle),
        '',
        costTable(costs),
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(__dirname, 'results.json'),
      `${JSON.stringify({ date: new Date().toISOString(), ...machine, settings, ...figures, costs }, null, 2)}\n`,
    );
    const missed = targets.filter((target) => !target.met).map((target) => target.name);
    progress(missed.length === 0 ? 'all targets met' : `targets missed: ${missed.join(', ')}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
