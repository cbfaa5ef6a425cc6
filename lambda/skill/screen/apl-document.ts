import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let document: unknown;

/**
 * The one APL document, read from the JSON beside this module (beside the bundle once built)
 * the first time a screen device asks: a speaker never loads it, so it costs a speaker's cold
 * start nothing. It is the skill's own file, validated in the tests, so it is not parsed again.
 */
export function aplDocument(): unknown {
  document ??= JSON.parse(readFileSync(join(__dirname, 'apl-document.json'), 'utf8'));
  return document;
}
