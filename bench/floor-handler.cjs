'use strict';
// The floor: what a Lambda process costs with no skill at all. It answers with the smallest
// valid response so the child's checks pass exactly as they do for the bundle.
exports.handler = async () => ({
  version: '1.0',
  response: { outputSpeech: { type: 'PlainText', text: '' } },
});
