'use strict';
// Shared by the child processes: node built-ins only, so a child measures the bundle and
// nothing else. A turn that errors stops the run loudly: a benchmark of an error path is a lie.
const { format } = require('node:util');

/** Lambda's context object, as far as a skill can see it. */
function lambdaContext(requestId) {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'soreness-coach-bench',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:soreness-coach-bench',
    memoryLimitInMB: '128',
    awsRequestId: requestId,
    logGroupName: '/aws/lambda/soreness-coach-bench',
    logStreamName: 'bench',
    getRemainingTimeInMillis: () => 8000,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

/** The skill's error handler answers politely and logs to stderr; catch that, or it hides. */
function captureErrorLogs() {
  const lines = [];
  const original = console.error;
  console.error = (...args) => {
    lines.push(format(...args));
    original(...args);
  };
  return lines;
}

class TurnFailure extends Error {}

function label(envelope) {
  const request = envelope.request;
  return request.type === 'IntentRequest' ? request.intent.name : request.type;
}

/** Throws a TurnFailure naming the turn unless the response is a valid spoken answer. */
function checkResponse(response, envelope, turnIndex, errorLines, isLastTurn) {
  const where = `turn ${turnIndex} (${label(envelope)})`;
  if (errorLines.length > 0) {
    throw new TurnFailure(`${where}: the skill logged an error: ${errorLines.join(' | ')}`);
  }
  if (response === null || typeof response !== 'object' || response.version !== '1.0') {
    throw new TurnFailure(`${where}: not a response envelope: ${JSON.stringify(response)}`);
  }
  const speech = response.response?.outputSpeech;
  if (speech === null || typeof speech !== 'object') {
    throw new TurnFailure(`${where}: response has no outputSpeech`);
  }
  if (!isLastTurn && response.response.shouldEndSession === true) {
    throw new TurnFailure(`${where}: the session ended before the check-in finished`);
  }
}

/** The request for a turn, carrying the previous response's session attributes. */
function nextRequest(template, previousResponse, sessionId, requestId) {
  const envelope = structuredClone(template);
  envelope.session.sessionId = sessionId;
  envelope.session.new = previousResponse === undefined;
  envelope.session.attributes = previousResponse?.sessionAttributes ?? {};
  envelope.request.requestId = requestId;
  return envelope;
}

function failLoudly(error) {
  const message = error instanceof TurnFailure ? error.message : (error?.stack ?? String(error));
  process.stderr.write(`bench child failed: ${message}\n`);
  process.exit(1);
}

/** Results go to fd 3 so the skill's own stdout/stderr logging can never corrupt them. */
function report(result) {
  require('node:fs').writeSync(3, JSON.stringify(result));
}

module.exports = {
  captureErrorLogs,
  checkResponse,
  failLoudly,
  lambdaContext,
  nextRequest,
  report,
};
