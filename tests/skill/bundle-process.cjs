'use strict';
// Runs the deployable bundle in a Node process of its own, as the Lambda runtime loads it (an ES
// module, imported once per process), and answers a plan of requests. Used by bundle.test.ts.
// Reads the plan as JSON on stdin: { bundle, skillId (null: unset), envelopes, unreadable }.
// Writes JSON to stdout: the handler's arity, per request the response or the error, the data
// files read so far and whether the word reader was loaded; and every line the skill logged.
const fs = require('node:fs');
const { basename } = require('node:path');
const { syncBuiltinESMExports } = require('node:module');
const { pathToFileURL } = require('node:url');

const plan = JSON.parse(fs.readFileSync(0, 'utf8'));
const reads = [];
const readFileSync = fs.readFileSync;
fs.readFileSync = (path, ...rest) => {
  const file = basename(String(path));
  reads.push(file);
  if ((plan.unreadable ?? []).includes(file)) {
    throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
  }
  return readFileSync(path, ...rest);
};
// The bundle's ES modules import node:fs by name: let them see the stand-in too.
syncBuiltinESMExports();

const logs = [];
console.log = (line) => logs.push(String(line));
console.error = (line) => logs.push(String(line));
if (plan.skillId === null) delete process.env.SKILL_ID;
else process.env.SKILL_ID = plan.skillId;
const readerLoaded = () =>
  Object.keys(require.cache).some((path) => path.endsWith('read-words.js'));

(async () => {
  const { handler } = await import(pathToFileURL(plan.bundle).href);
  const turns = [];
  for (const envelope of plan.envelopes) {
    const turn = await handler(envelope, {}).then(
      (response) => ({ response }),
      (error) => ({ error: error instanceof Error ? error.message : String(error) }),
    );
    turns.push({ ...turn, reads: [...reads], readerLoaded: readerLoaded() });
  }
  process.stdout.write(JSON.stringify({ handlerLength: handler.length, turns, logs }));
})();
