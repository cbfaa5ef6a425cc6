'use strict';
// One cold process: load a handler module, answer one request, exit. The parent times the
// whole process; this child adds the time of loading the module and of the first invoke. The
// module is imported, as the Lambda runtime loads an .mjs handler; a CommonJS one is too.
// Usage: node cold.cjs <handler module> <envelope.json> <last turn: 0|1>
const { readFileSync } = require('node:fs');
const { pathToFileURL } = require('node:url');
const turn = require('./turn.cjs');

const [handlerPath = '', envelopePath = '', lastTurnFlag = '1'] = process.argv.slice(2);
const envelope = JSON.parse(readFileSync(envelopePath, 'utf8'));
const errorLines = turn.captureErrorLogs();

const loadStart = process.hrtime.bigint();
let loadEnd = loadStart;
import(pathToFileURL(handlerPath).href)
  .then(({ handler }) => {
    loadEnd = process.hrtime.bigint();
    return handler(envelope, turn.lambdaContext(envelope.request.requestId));
  })
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
