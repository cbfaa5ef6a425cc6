import { Duration } from 'aws-cdk-lib';

/**
 * Memory for the skill Lambda, in MB. Chosen from the benchmark's RSS figure (bench issue):
 * Lambda bills per GB-second and CPU scales with memory, so this is the smallest size that
 * leaves the measured peak RSS comfortable headroom and a fast cold start. Change it only
 * together with a new bench measurement.
 */
export const LAMBDA_MEMORY_MB = 256;

/** Alexa waits 8 s for a skill response; stopping at 7 s leaves room to return an error speech. */
export const LAMBDA_TIMEOUT = Duration.seconds(7);

/** p99 answer time that warns before Alexa's 8 s limit is reached. */
export const SLOW_ANSWER_P99_MS = 6_000;

export const ALEXA_SERVICE_PRINCIPAL = 'alexa-appkit.amazon.com';
