import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintModel } from './lint-model';
import { error, type Problem } from './problem';

export interface FileReport {
  file: string;
  problems: Problem[];
}

/** Every locale model in the folder; skill.json is the manifest, not a model. */
export function defaultModelFiles(dir = 'interaction-model'): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'skill.json')
    .sort()
    .map((name) => join(dir, name));
}

export function lintFile(file: string): FileReport {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { file, problems: [error('$', 'cannot read the file')] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (parseError) {
    const reason = parseError instanceof Error ? parseError.message : String(parseError);
    return { file, problems: [error('$', `not valid JSON: ${reason}`)] };
  }
  return { file, problems: lintModel(json) };
}

/** Errors first, then warnings, one line each: `file: path: severity: message`. */
export function formatReport(report: FileReport): string[] {
  const line = (problem: Problem): string =>
    `${report.file}: ${problem.path}: ${problem.severity}: ${problem.message}`;
  return [
    ...report.problems.filter((problem) => problem.severity === 'error').map(line),
    ...report.problems.filter((problem) => problem.severity === 'warning').map(line),
  ];
}
