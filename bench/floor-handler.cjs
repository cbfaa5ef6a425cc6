'use strict';
// The floor: what a Lambda process costs with no skill at all. It answers with the smallest
// valid response so the child's checks pass exactly as they do for the bundle, and it writes
// one log line as every handler does (the skill logs each request), so the console's
// first-write cost (a few ms of CPU) falls on both sides of the ratio, as in Lambda, where the
// runtime has written before any handler runs.
exports.handler = async (event) => {
  console.log(JSON.stringify({ event: 'request', requestType: event.request.type }));
  return {
    version: '1.0',
    response: { outputSpeech: { type: 'PlainText', text: '' } },
  };
};
