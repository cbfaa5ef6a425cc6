'use strict';
// One cold process: load a handler module, answer one request, exit. The parent times the
// whole process; this child adds the time of `require` and of the first invoke.
// Usage: node cold.cjs <handler module> <envelope.json> <last turn: 0|1>
const { readFileSync } = require('node:fs');
const turn = require('./turn.cjs');

const [handlerPath = '', envelopePath = '', lastTurnFlag = '1'] = process.argv.slice(2);
const envelope = JSON.parse(readFileSync(envelopePath, 'utf8'));
const errorLines = turn.captureErrorLogs();

const loadStart = process.hrtime.bigint();
const { handler } = require(handlerPath);
const loadEnd = process.hrtime.bigint();

handler(envelope, turn.lambdaContext(envelope.request.requestId))
  .then((response) => {
    const invokeEnd = process.hrtime.bigint();
    turn.checkResponse(response, envelope, 0, errorLines, lastTurnFlag === '1');
    turn.report({
      loadNs: Number(loadEnd - loadStart),
      firstInvokeNs: Number(invokeEnd - loadEnd),
      rssBytes: process.memoryUsage.rss(),
    });
  })
  .catch(turn.failLoudly);
