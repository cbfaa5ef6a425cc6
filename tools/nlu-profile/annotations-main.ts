import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SKILL_LOCALES } from '../../lambda/skill/speech/locales';
import { loadInteractionModel } from '../../simulator';
import { expectedSigns, signPhrasings } from '../../tests/safety/safety-corpus';
import { loadPhrasings } from '../../tests/voice/phrasing-corpus';
import { phrasingAnnotations, signAnnotations } from './annotations';

/** Writes <out>/<locale>-phrasings.json and <locale>-warning-signs.json, one annotation set each. */
const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist/nlu-annotations' } },
  strict: true,
});
const out = values.out;
mkdirSync(out, { recursive: true });
const now = new Date().toISOString();
for (const locale of SKILL_LOCALES) {
  const model = loadInteractionModel(locale).interactionModel.languageModel;
  const sets = {
    phrasings: phrasingAnnotations(model, loadPhrasings(locale), now),
    'warning-signs': signAnnotations(
      model,
      signPhrasings.map((entry) => ({ say: entry.say, signs: expectedSigns(entry) })),
      now,
    ),
  };
  for (const [name, set] of Object.entries(sets)) {
    const file = join(out, `${locale}-${name}.json`);
    writeFileSync(file, `${JSON.stringify(set, null, 2)}\n`);
    console.log(`wrote ${file} (${set.data.length} annotations)`);
  }
}
