'use strict';
// One warm process: replays a conversation over and over, as Alexa would, carrying session
// attributes from each response into the next request, and times every measured turn.
// Usage: node warm.cjs <handler module> <plan.json>
// plan.json: { conversation: envelope[], warmupTurns, measuredTurns }
const { readFileSync } = require('node:fs');
const { pathToFileURL } = require('node:url');
const turn = require('./turn.cjs');

const [handlerPath = '', planPath = ''] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planPath, 'utf8'));
const errorLines = turn.captureErrorLogs();
async function main() {
  const { handler } = await import(pathToFileURL(handlerPath).href);
  const { conversation, warmupTurns, measuredTurns } = plan;
  const durationsNs = new Float64Array(measuredTurns);
  const firstConversation = [];
  let previousResponse;
  let sessionNumber = 0;
  for (let index = 0; index < warmupTurns + measuredTurns; index++) {
    const position = index % conversation.length;
    if (position === 0) {
      previousResponse = undefined;
      sessionNumber++;
    }
    const envelope = turn.nextRequest(
      conversation[position],
      previousResponse,
      `amzn1.echo-api.session.bench-${sessionNumber}`,
      `amzn1.echo-api.request.bench-${index}`,
    );
    if (index < conversation.length) firstConversation.push(structuredClone(envelope));
    const context = turn.lambdaContext(envelope.request.requestId);
    const start = process.hrtime.bigint();
    const response = await handler(envelope, context);
    const end = process.hrtime.bigint();
    turn.checkResponse(
      response,
      envelope,
      position,
      errorLines,
      position === conversation.length - 1,
    );
    if (index >= warmupTurns) durationsNs[index - warmupTurns] = Number(end - start);
    previousResponse = response;
  }
  const memory = process.memoryUsage();
  turn.report({
    durationsNs: Array.from(durationsNs),
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
    firstConversation,
  });
}

main().catch(turn.failLoudly);
