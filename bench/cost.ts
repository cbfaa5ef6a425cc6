// Monthly Lambda cost of the skill from the measured figures. Prices are assumptions, stated
// in docs/performance.md; the free tier is ignored so the figures hold for any account.

export const PRICES = {
  /** arm64, per GB-second (us-east-1 list price, first pricing tier). */
  gbSecondUsd: 0.0000133334,
  requestUsd: 0.2 / 1_000_000,
  /** CloudWatch Logs, per GB ingested and per GB-month stored. */
  logIngestionGbUsd: 0.5,
  logStorageGbMonthUsd: 0.03,
  /** A standard CloudWatch alarm, per month. */
  alarmUsd: 0.1,
} as const;

/** The stack's alarms, and what one request writes to the log (docs/performance.md). */
export const ALARMS = 4;
export const LOG_BYTES_PER_REQUEST = 500;

export const REQUESTS_PER_CHECK_IN = 7;
/** One vCPU at 1,769 MB (AWS Lambda docs): smaller functions get a share of one core. */
export const MB_PER_VCPU = 1769;

export interface CostInput {
  checkInsPerMonth: number;
  memoryMb: number;
  /** Mean time of one warm turn, this machine. */
  warmTurnMs: number;
  /** One cold process (init + first answer), this machine. */
  coldStartMs: number;
  /** Fraction of check-ins that begin on a cold execution environment. */
  coldStartsPerCheckIn: number;
  /** 1 = CPU as fast as this machine's core; MB_PER_VCPU / memoryMb = Lambda's CPU share. */
  cpuSlowdown: number;
}

export interface Cost {
  requests: number;
  gbSeconds: number;
  requestUsd: number;
  computeUsd: number;
  totalUsd: number;
}

/** Lambda bills duration in whole milliseconds, rounded up, at least 1 ms. */
export function billedMs(ms: number): number {
  return Math.max(1, Math.ceil(ms));
}

export function monthlyCost(input: CostInput): Cost {
  const requests = input.checkInsPerMonth * REQUESTS_PER_CHECK_IN;
  const coldStarts = input.checkInsPerMonth * input.coldStartsPerCheckIn;
  const warmRequests = requests - coldStarts;
  const billedSeconds =
    (warmRequests * billedMs(input.warmTurnMs * input.cpuSlowdown) +
      coldStarts * billedMs(input.coldStartMs * input.cpuSlowdown)) /
    1000;
  const gbSeconds = billedSeconds * (input.memoryMb / 1024);
  const requestUsd = requests * PRICES.requestUsd;
  const computeUsd = gbSeconds * PRICES.gbSecondUsd;
  return { requests, gbSeconds, requestUsd, computeUsd, totalUsd: requestUsd + computeUsd };
}

export interface Bill {
  requests: number;
  lambdaRequestsUsd: number;
  lambdaComputeUsd: number;
  logIngestionUsd: number;
  logStorageUsd: number;
  alarmsUsd: number;
  totalUsd: number;
}

/** The whole monthly bill: the Lambda, its logs (one month kept) and the alarms. */
export function monthlyBill(input: CostInput): Bill {
  const lambda = monthlyCost(input);
  const logGb = (lambda.requests * LOG_BYTES_PER_REQUEST) / 1e9;
  const parts = {
    lambdaRequestsUsd: lambda.requestUsd,
    lambdaComputeUsd: lambda.computeUsd,
    logIngestionUsd: logGb * PRICES.logIngestionGbUsd,
    logStorageUsd: logGb * PRICES.logStorageGbMonthUsd,
    alarmsUsd: ALARMS * PRICES.alarmUsd,
  };
  const totalUsd = Object.values(parts).reduce((sum, part) => sum + part, 0);
  return { requests: lambda.requests, ...parts, totalUsd };
}
