import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAMBDA_MEMORY_MB } from '../../infra/backend-settings';
import { ROOT } from './repository-files';

/*
 * The cost figures in docs/performance.md are recomputed here from the assumptions it states,
 * and the README and the deployment guide must quote the same totals: one model, one set of
 * numbers.
 */
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const performance = read('docs/performance.md');

const REQUESTS_PER_CHECK_IN = 7;
const PRICE = {
  perMillionRequests: 0.2,
  perGbSecond: 0.0000133334,
  logIngestionPerGb: 0.5,
  logStoragePerGbMonth: 0.03,
  alarm: 0.1,
};
const ALARMS = 4;
const LOG_BYTES_PER_REQUEST = 500;
const WARM_MS = 0.0537;
const COLD_MS = 43.9;
const FULL_VCPU_MB = 1769;
/** Every check-in starts cold at 1,000 a month; 1 in 100 at 1,000,000. */
const coldShare = (checkIns: number) => (checkIns <= 1000 ? 1 : 0.01);

function lambdaCost(checkIns: number, memoryMb: number, scaleCpu = false) {
  const requests = checkIns * REQUESTS_PER_CHECK_IN;
  const cold = checkIns * coldShare(checkIns);
  const scale = scaleCpu ? FULL_VCPU_MB / memoryMb : 1;
  const billedSeconds = (ms: number) => Math.ceil(ms * scale) / 1000;
  const gbSeconds =
    (cold * billedSeconds(COLD_MS) + (requests - cold) * billedSeconds(WARM_MS)) *
    (memoryMb / 1024);
  return {
    requests,
    gbSeconds,
    requestsCost: (requests / 1e6) * PRICE.perMillionRequests,
    computeCost: gbSeconds * PRICE.perGbSecond,
  };
}

function wholeBill(checkIns: number) {
  const lambda = lambdaCost(checkIns, LAMBDA_MEMORY_MB);
  const logGb = (lambda.requests * LOG_BYTES_PER_REQUEST) / 1e9;
  const parts = {
    lambdaRequests: lambda.requestsCost,
    lambdaCompute: lambda.computeCost,
    logIngestion: logGb * PRICE.logIngestionPerGb,
    logStorage: logGb * PRICE.logStoragePerGbMonth,
    alarms: ALARMS * PRICE.alarm,
  };
  return {
    ...parts,
    requests: lambda.requests,
    total: Object.values(parts).reduce((a, b) => a + b),
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
  it('is for the memory the stack deploys', () => {
    expect(LAMBDA_MEMORY_MB).toBe(256);
    expect(performance).toContain('Lambda compute (256 MB)');
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
    expect(text).toContain(`About ${small} a month at 1,000 check-ins and ${large} at 1,000,000`);
    expect(performance).toContain(`**≈ ${small}**`);
    expect(performance).toContain(`**≈ ${large}**`);
    // No other request count per check-in, and no stale totals, anywhere in the file.
    for (const [, count] of text.matchAll(/(\d+) (?:Lambda )?requests per check-in/g)) {
      expect(Number(count), file).toBe(REQUESTS_PER_CHECK_IN);
    }
    expect(text).not.toMatch(/\$4\.30|\$1\.42/);
  });
});
