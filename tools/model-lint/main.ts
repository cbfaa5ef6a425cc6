import { defaultModelFiles, formatReport, lintFile } from './lint-files';

const files = process.argv.slice(2);
const reports = (files.length > 0 ? files : defaultModelFiles()).map(lintFile);
let errors = 0;
let warnings = 0;
for (const report of reports) {
  for (const line of formatReport(report)) console.log(line);
  errors += report.problems.filter((problem) => problem.severity === 'error').length;
  warnings += report.problems.filter((problem) => problem.severity === 'warning').length;
}
console.log(`model lint: ${reports.length} file(s), ${errors} error(s), ${warnings} warning(s)`);
process.exitCode = errors > 0 ? 1 : 0;
