import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  intentNamesSource,
  intentSlotsJson,
  MODEL_SOURCES,
  modelJson,
  slotWordsJson,
} from './build-model';

const root = join(import.meta.dirname, '..', '..');

/** Writes interaction-model/<locale>.json from its template source. */
for (const [locale, source] of Object.entries(MODEL_SOURCES)) {
  const file = join(root, 'interaction-model', `${locale}.json`);
  writeFileSync(file, modelJson(source));
  console.log(`wrote ${file}`);
}

/** And the words the skill listens for again in what the model could not match. */
const wordsFile = join(root, 'lambda', 'skill', 'understanding', 'slot-words.json');
writeFileSync(wordsFile, slotWordsJson());
console.log(`wrote ${wordsFile}`);

/** And every slot of the intents the skill elicits, which its Dialog directives carry. */
const slotsFile = join(root, 'lambda', 'skill', 'conversation', 'intent-slots.json');
writeFileSync(slotsFile, intentSlotsJson());
console.log(`wrote ${slotsFile}`);

/** And the models' intent names as a type, which the compiler holds the code to. */
const namesFile = join(root, 'lambda', 'skill', 'conversation', 'intent-names.ts');
writeFileSync(namesFile, intentNamesSource());
console.log(`wrote ${namesFile}`);
