import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MB_PER_VCPU, monthlyBill, monthlyCost, REQUESTS_PER_CHECK_IN } from '../../bench/cost';
import { LAMBDA_MEMORY_MB } from '../../infra/backend-settings';
import { ROOT } from './repository-files';

/*
 * The cost figures in docs/performance.md are recomputed here from the assumptions it states,
 * and the README and the deployment guide must quote the same totals: one model, one set of
 * numbers.
 */
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const performance = read('docs/performance.md');

/**
 * What docs/performance.md states it computes from: the measured warm turn and cold process of
 * one run (the Lambda table's text names both), and cold starts on every check-in at 1,000 a
 * month, 1 in 100 at 1,000,000. The model itself is the bench's (bench/cost.ts).
 */
const WARM_MS = 0.0537;
const COLD_MS = 43.9;
const coldShare = (checkIns: number) => (checkIns <= 1000 ? 1 : 0.01);

function lambdaCost(checkIns: number, memoryMb: number, scaleCpu = false) {
  const cost = monthlyCost({
    checkInsPerMonth: checkIns,
    memoryMb,
    warmTurnMs: WARM_MS,
    coldStartMs: COLD_MS,
    coldStartsPerCheckIn: coldShare(checkIns),
    cpuSlowdown: scaleCpu ? MB_PER_VCPU / memoryMb : 1,
  });
  return {
    requests: cost.requests,
    gbSeconds: cost.gbSeconds,
    requestsCost: cost.requestUsd,
    computeCost: cost.computeUsd,
  };
}

function wholeBill(checkIns: number) {
  const bill = monthlyBill({
    checkInsPerMonth: checkIns,
    memoryMb: LAMBDA_MEMORY_MB,
    warmTurnMs: WARM_MS,
    coldStartMs: COLD_MS,
    coldStartsPerCheckIn: coldShare(checkIns),
    cpuSlowdown: 1,
  });
  return {
    requests: bill.requests,
    lambdaRequests: bill.lambdaRequestsUsd,
    lambdaCompute: bill.lambdaComputeUsd,
    logIngestion: bill.logIngestionUsd,
    logStorage: bill.logStorageUsd,
    alarms: bill.alarmsUsd,
    total: bill.totalUsd,
  };
}

/** The rows of the Markdown table whose header row starts with `header`. */
function tableRows(markdown: string, header: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(header));
  expect(start, header).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

const number = (cell: string) => Number(cell.replace(/[^0-9.]/g, ''));

/** A figure as printed matches the computed value to the digits it shows. */
function expectShown(cell: string, value: number, what: string) {
  const digits =
    cell
      .replace(/^[^0-9]*/, '')
      .split('.')[1]
      ?.replace(/[^0-9]/g, '').length ?? 0;
  expect(Math.abs(number(cell) - value), `${what}: ${cell} vs ${value}`).toBeLessThanOrEqual(
    0.5 * 10 ** -digits + 1e-9,
  );
}

describe('the cost model', () => {
  it('is for the memory the stack deploys, from the figures the text names', () => {
    expect(performance).toContain(`Lambda compute (${LAMBDA_MEMORY_MB} MB)`);
    expect(performance).toContain(`${(WARM_MS * 1000).toFixed(1)} µs → 1 ms`);
    expect(performance).toContain(`${COLD_MS} ms → ${Math.ceil(COLD_MS)} ms`);
  });

  it('gives the whole bill in docs/performance.md as its assumptions compute it', () => {
    const rows = tableRows(performance, '| check-ins / month | requests  | Lambda requests');
    expect(rows).toHaveLength(2);
    for (const [checkIns = '', requests = '', ...cells] of rows) {
      const bill = wholeBill(number(checkIns));
      expect(number(requests), checkIns).toBe(bill.requests);
      const [
        lambdaRequests = '',
        compute = '',
        ingestion = '',
        storage = '',
        alarms = '',
        total = '',
      ] = cells;
      expectShown(lambdaRequests, bill.lambdaRequests, `${checkIns} Lambda requests`);
      expectShown(compute, bill.lambdaCompute, `${checkIns} compute`);
      expectShown(ingestion, bill.logIngestion, `${checkIns} log ingestion`);
      expectShown(storage, bill.logStorage, `${checkIns} log storage`);
      expectShown(alarms, bill.alarms, `${checkIns} alarms`);
      expectShown(total, bill.total, `${checkIns} total`);
    }
  });

  it('gives the Lambda table in docs/performance.md as its assumptions compute it', () => {
    const rows = tableRows(performance, '| check-ins / month | memory | requests');
    expect(rows).toHaveLength(4);
    for (const [checkIns = '', memory = '', requests = '', gbSeconds = '', ...money] of rows) {
      const [requestsCost = '', computeCost = '', total = '', scaledTotal = ''] = money;
      const cost = lambdaCost(number(checkIns), number(memory));
      const scaled = lambdaCost(number(checkIns), number(memory), true);
      const what = `${checkIns} at ${memory}`;
      expect(number(requests), what).toBe(cost.requests);
      expectShown(gbSeconds, cost.gbSeconds, `${what} GB-s`);
      expectShown(requestsCost, cost.requestsCost, `${what} requests $`);
      expectShown(computeCost, cost.computeCost, `${what} compute $`);
      expectShown(total, cost.requestsCost + cost.computeCost, `${what} total`);
      expectShown(scaledTotal, scaled.requestsCost + scaled.computeCost, `${what} scaled`);
    }
  });

  it.each(['README.md', 'docs/deploying.md'])('is quoted with the same totals in %s', (file) => {
    const text = read(file);
    const small = `$${wholeBill(1000).total.toFixed(2)}`;
    const large = `$${wholeBill(1_000_000).total.toFixed(2)}`;
    // The totals, in whatever sentence quotes them.
    expect(text).toContain(small);
    expect(text).toContain(large);
    expect(performance).toContain(`**≈ ${small}**`);
    expect(performance).toContain(`**≈ ${large}**`);
    // No other request count per check-in, and no stale totals, anywhere in the file.
    for (const [, count] of text.matchAll(/(\d+) (?:Lambda )?requests per check-in/g)) {
      expect(Number(count), file).toBe(REQUESTS_PER_CHECK_IN);
    }
    expect(text).not.toMatch(/\$4\.30|\$1\.42/);
  });
});
