import { readFileSync } from 'node:fs';
import { LanguageModelSchema } from '../../simulator/model/schema';
import { defaultModelFiles, formatReport, lintFile } from './lint-files';
import { KNOWN_OVERLAP_PAIRS } from './lint-model';
import { staleKnownOverlaps } from './rules/overlap';

const files = process.argv.slice(2);
const reports = (files.length > 0 ? files : defaultModelFiles()).map(lintFile);
let errors = 0;
let warnings = 0;
for (const report of reports) {
  for (const line of formatReport(report)) console.log(line);
  errors += report.problems.filter((problem) => problem.severity === 'error').length;
  warnings += report.problems.filter((problem) => problem.severity === 'warning').length;
}
// The known overlaps are those of the five real models: only a run over all of them can tell
// that a listed pair has gone, and the list must shrink with it.
if (files.length === 0 && errors === 0) {
  const models = defaultModelFiles().map((file) =>
    LanguageModelSchema.parse(
      JSON.parse(readFileSync(file, 'utf8')).interactionModel.languageModel,
    ),
  );
  for (const pair of staleKnownOverlaps(KNOWN_OVERLAP_PAIRS, models)) {
    console.log(
      `tools/model-lint/known-overlaps.json: error: ${pair.join(' | ')} no longer occurs: remove it`,
    );
    errors += 1;
  }
}
console.log(`model lint: ${reports.length} file(s), ${errors} error(s), ${warnings} warning(s)`);
process.exitCode = errors > 0 ? 1 : 0;
