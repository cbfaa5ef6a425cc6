// The measurements: cold processes in pairs against the floor, and warm loops.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { runChild } from './child-process';
import type { RequestEnvelope } from './envelopes';
import { mean, median, percentile } from './stats';

const COLD_CHILD = join(__dirname, 'children', 'cold.cjs');
const WARM_CHILD = join(__dirname, 'children', 'warm.cjs');

const ColdResultSchema = z.object({
  loadNs: z.number(),
  firstInvokeNs: z.number(),
  rssBytes: z.number(),
});

const WarmResultSchema = z.object({
  durationsNs: z.array(z.number()),
  rssBytes: z.number(),
  heapUsedBytes: z.number(),
  firstConversation: z.array(z.unknown()),
});

export interface ColdFigures {
  pairs: number;
  bundleMedianMs: number;
  floorMedianMs: number;
  ratioMedian: number;
  /** Median over pairs of (bundle − floor): what the skill adds to a cold start. */
  addedMedianMs: number;
  loadMedianMs: number;
  firstInvokeMedianMs: number;
  rssAfterFirstAnswerBytes: number;
}

export interface WarmFigures {
  turns: number;
  meanUs: number;
  p50Us: number;
  p99Us: number;
  maxUs: number;
  rssBytes: number;
  heapUsedBytes: number;
}

const ms = (ns: number) => ns / 1e6;
const us = (ns: number) => ns / 1e3;

/**
 * Bundle and floor processes alternate, and which goes first alternates too, so drift in the
 * machine (thermal, page cache, other load) falls on both sides of every ratio alike.
 */
export async function measureColdStart(options: {
  bundlePath: string;
  floorPath: string;
  envelope: unknown;
  isLastTurn: boolean;
  envelopePath: string;
  warmups: number;
  pairs: number;
  /** The Node binary the children run on. */
  node: string;
}): Promise<ColdFigures> {
  writeFileSync(options.envelopePath, JSON.stringify(options.envelope));
  const run = (handlerPath: string) =>
    runChild(
      COLD_CHILD,
      [handlerPath, options.envelopePath, options.isLastTurn ? '1' : '0'],
      options.node,
    );
  for (let index = 0; index < options.warmups; index++) {
    await run(options.bundlePath);
    await run(options.floorPath);
  }
  const bundleWall: number[] = [];
  const floorWall: number[] = [];
  const ratios: number[] = [];
  const added: number[] = [];
  const loads: number[] = [];
  const firstInvokes: number[] = [];
  const rss: number[] = [];
  for (let index = 0; index < options.pairs; index++) {
    const bundleFirst = index % 2 === 0;
    const first = await run(bundleFirst ? options.bundlePath : options.floorPath);
    const second = await run(bundleFirst ? options.floorPath : options.bundlePath);
    const [bundle, floor] = bundleFirst ? [first, second] : [second, first];
    const inside = ColdResultSchema.parse(bundle.result);
    bundleWall.push(bundle.wallNs);
    floorWall.push(floor.wallNs);
    ratios.push(bundle.wallNs / floor.wallNs);
    added.push(bundle.wallNs - floor.wallNs);
    loads.push(inside.loadNs);
    firstInvokes.push(inside.firstInvokeNs);
    rss.push(inside.rssBytes);
  }
  return {
    pairs: options.pairs,
    bundleMedianMs: ms(median(bundleWall)),
    floorMedianMs: ms(median(floorWall)),
    ratioMedian: median(ratios),
    addedMedianMs: ms(median(added)),
    loadMedianMs: ms(median(loads)),
    firstInvokeMedianMs: ms(median(firstInvokes)),
    rssAfterFirstAnswerBytes: median(rss),
  };
}

export async function measureWarm(options: {
  bundlePath: string;
  conversation: readonly RequestEnvelope[];
  warmupTurns: number;
  measuredTurns: number;
  planPath: string;
  node: string;
}): Promise<{ figures: WarmFigures; firstConversation: unknown[] }> {
  writeFileSync(
    options.planPath,
    JSON.stringify({
      conversation: options.conversation,
      warmupTurns: options.warmupTurns,
      measuredTurns: options.measuredTurns,
    }),
  );
  const { result } = await runChild(
    WARM_CHILD,
    [options.bundlePath, options.planPath],
    options.node,
  );
  const warm = WarmResultSchema.parse(result);
  return {
    figures: {
      turns: warm.durationsNs.length,
      meanUs: us(mean(warm.durationsNs)),
      p50Us: us(median(warm.durationsNs)),
      p99Us: us(percentile(warm.durationsNs, 99)),
      maxUs: us(Math.max(...warm.durationsNs)),
      rssBytes: warm.rssBytes,
      heapUsedBytes: warm.heapUsedBytes,
    },
    firstConversation: warm.firstConversation,
  };
}
