// Renders a run as Markdown tables: readable in a terminal, pasteable into the docs.
import type { BundleReport } from './bundle-report';
import type { Cost } from './cost';
import type { ColdFigures, WarmFigures } from './measure';
import { TARGETS, type TargetCheck } from './targets';

export interface RunFigures {
  coldLaunch: ColdFigures;
  /** The same LaunchRequest from a device with a screen: the screens' code loaded, one sent. */
  coldScreenLaunch: ColdFigures;
  /** The ask-sdk hello-world against bare Node: what ask-sdk itself costs. */
  coldHello: ColdFigures;
  /** The skill against the hello-world, paired directly. */
  coldLaunchVsHello: ColdFigures;
  coldCheckIn: ColdFigures;
  coldCheckInLabel: string;
  warmLaunch: WarmFigures;
  warmConversation: WarmFigures;
  conversationLength: number;
  bundle: BundleReport;
  targets: TargetCheck[];
}

export interface CostRow {
  checkInsPerMonth: number;
  memoryMb: number;
  measured: Cost;
  cpuScaled: Cost;
}

const MIB = 1024 * 1024;
const msText = (value: number) => `${value.toFixed(1)} ms`;
const usText = (value: number) => `${value.toFixed(1)} µs`;
const mibText = (bytes: number) => `${(bytes / MIB).toFixed(1)} MiB`;
const bytesText = (bytes: number) => `${bytes.toLocaleString('en-US')} B`;
const usd = (value: number) => `$${value < 0.01 ? value.toFixed(5) : value.toFixed(2)}`;

function verdict(targets: TargetCheck[], name: string): string {
  const check = targets.find((target) => target.name === name);
  if (!check) throw new Error(`no target named ${name}`);
  return check.met ? 'met' : 'MISSED';
}

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function resultsTable(run: RunFigures): string {
  const { coldLaunch, coldHello, coldLaunchVsHello, coldCheckIn } = run;
  const { warmLaunch, warmConversation, bundle, targets } = run;
  const coldRows = (name: string, cold: ColdFigures, target: string, limit: number): string[][] => [
    [
      `Cold start, ${name}: bundle / bare Node`,
      `${msText(cold.bundleMedianMs)} / ${msText(cold.floorMedianMs)}`,
      '',
    ],
    [
      `Cold start, ${name}: ratio to bare Node (median of ${cold.pairs} pairs)`,
      `${cold.ratioMedian.toFixed(3)}×`,
      `≤ ${limit}× ${verdict(targets, target)}`,
    ],
    [`Cold start, ${name}: added by the skill`, msText(cold.addedMedianMs), ''],
    [`First request inside the process, ${name}`, msText(cold.firstInvokeMedianMs), ''],
  ];
  const rows: string[][] = [
    [
      'Cold start, ask-sdk hello-world: ratio to bare Node (the reference)',
      `${coldHello.ratioMedian.toFixed(3)}×`,
      '',
    ],
    ...coldRows('LaunchRequest', coldLaunch, 'cold LaunchRequest', TARGETS.coldLaunchRatio),
    [
      `Cold start, LaunchRequest on a screen device: ratio to bare Node (median of ${run.coldScreenLaunch.pairs} pairs)`,
      `${run.coldScreenLaunch.ratioMedian.toFixed(3)}×`,
      `≤ ${TARGETS.coldScreenLaunchRatio}× ${verdict(targets, 'cold LaunchRequest on a screen device')}`,
    ],
    [
      `Cold start, LaunchRequest: ratio to the hello-world (median of ${coldLaunchVsHello.pairs} pairs)`,
      `${coldLaunchVsHello.ratioMedian.toFixed(3)}×`,
      `≤ ${TARGETS.coldLaunchVsHello}× ${verdict(targets, 'cold LaunchRequest vs hello-world')}`,
    ],
    ...coldRows(run.coldCheckInLabel, coldCheckIn, 'cold check-in turn', TARGETS.coldTurnRatio),
    ['Module load alone (`import` of the entry)', msText(coldLaunch.loadMedianMs), ''],
    [
      `Warm LaunchRequest, ${warmLaunch.turns.toLocaleString('en-US')} turns: mean / p99 / max`,
      `${usText(warmLaunch.meanUs)} / ${usText(warmLaunch.p99Us)} / ${usText(warmLaunch.maxUs)}`,
      `p99 ≤ ${TARGETS.warmP99Us} µs ${verdict(targets, 'warm LaunchRequest')}`,
    ],
    [
      `Warm check-in (${run.conversationLength} turns, repeated), ${warmConversation.turns.toLocaleString('en-US')} turns: mean / p99 / max`,
      `${usText(warmConversation.meanUs)} / ${usText(warmConversation.p99Us)} / ${usText(warmConversation.maxUs)}`,
      `p99 ≤ ${TARGETS.warmP99Us} µs ${verdict(targets, 'warm check-in')}`,
    ],
    [
      'RSS after the warm loop: launch / check-in',
      `${mibText(warmLaunch.rssBytes)} / ${mibText(warmConversation.rssBytes)}`,
      `≤ ${mibText(TARGETS.rssBytes)} ${verdict(targets, 'RSS, warm LaunchRequest')}, ${verdict(targets, 'RSS, warm check-in')}`,
    ],
    [
      'Bundle: the entry file, minified',
      bytesText(bundle.entryBytes),
      `≤ ${bytesText(TARGETS.entryBytes)} ${verdict(targets, 'entry file')}`,
    ],
    [
      `Bundle: what a LaunchRequest loads (${bundle.launchFiles.length} files), minified / gzip -9`,
      `${bytesText(bundle.launchBytes)} / ${bytesText(bundle.launchGzipBytes)}`,
      '',
    ],
    [
      `Bundle: every file / the largest (${bundle.largestFile.name})`,
      `${bytesText(bundle.totalBytes)} / ${bytesText(bundle.largestFile.bytes)}`,
      `≤ ${bytesText(TARGETS.fileBytes)} ${verdict(targets, 'largest file')}`,
    ],
  ];
  return markdownTable(['measure', 'value', 'target'], rows);
}

export function contributorsTable(bundle: BundleReport): string {
  const rows = [
    ...bundle.packages.map((entry) => ['package', entry.name, bytesText(entry.bytes)]),
    ...bundle.topInputs.map((entry) => ['input', entry.name, bytesText(entry.bytes)]),
  ];
  return markdownTable(
    ['kind', 'largest in what a LaunchRequest loads (esbuild metafile)', 'bytes in output'],
    rows,
  );
}

export function costTable(rows: CostRow[]): string {
  return markdownTable(
    [
      'check-ins / month',
      'memory',
      'requests',
      'GB-s',
      'requests $',
      'compute $',
      'total $',
      'total $, CPU share scaled',
    ],
    rows.map((row) => [
      row.checkInsPerMonth.toLocaleString('en-US'),
      `${row.memoryMb} MB`,
      row.measured.requests.toLocaleString('en-US'),
      row.measured.gbSeconds.toFixed(1),
      usd(row.measured.requestUsd),
      usd(row.measured.computeUsd),
      usd(row.measured.totalUsd),
      usd(row.cpuScaled.totalUsd),
    ]),
  );
}
