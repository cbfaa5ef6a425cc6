import { Duration } from 'aws-cdk-lib';

/**
 * Memory for the skill Lambda, in MB, chosen from `npm run bench`: peak RSS after 10,000 warm
 * check-in turns is about 61 MiB, so 128 MB would fit, but Lambda gives CPU in proportion to
 * memory and at 128 MB each cold start's ~15 ms of module load and first request would run on
 * about 7 % of a vCPU. 256 MB halves that wait for about $0.01 more per million check-ins (the
 * request fee dominates; see docs/performance.md). Change it only with a new bench run.
 */
export const LAMBDA_MEMORY_MB = 256;

/** Alexa waits 8 s for a skill response; stopping at 7 s leaves room to return an error speech. */
export const LAMBDA_TIMEOUT = Duration.seconds(7);

/** p99 answer time that warns before Alexa's 8 s limit is reached. */
export const SLOW_ANSWER_P99_MS = 6_000;

export const ALEXA_SERVICE_PRINCIPAL = 'alexa-appkit.amazon.com';
