import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_SOURCES, modelJson } from './build-model';

/** Writes interaction-model/<locale>.json from its template source. */
for (const [locale, source] of Object.entries(MODEL_SOURCES)) {
  const file = join(import.meta.dirname, '..', '..', 'interaction-model', `${locale}.json`);
  writeFileSync(file, modelJson(source));
  console.log(`wrote ${file}`);
}
