import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');

/** Build output, installed packages and tool state: not the repository's own files. */
const NOT_OURS = new Set(['node_modules', 'dist', 'coverage', 'cdk.out', '.git']);

/** Every file of the repository (relative to its root, with `/`), build output left out. */
export function repositoryFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (NOT_OURS.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return repositoryFiles(path);
    return [relative(ROOT, path).split(sep).join('/')];
  });
}

/** The top-level folders that hold the repository's own files (lambda, docs, tests…). */
export function topLevelFolders(): Set<string> {
  return new Set(
    readdirSync(ROOT, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !NOT_OURS.has(entry.name))
      .map((entry) => entry.name),
  );
}

/** Whether `target` names a file or folder in the repository, from `fromFile`'s folder or the root. */
export function existsInRepository(target: string, fromFile: string): boolean {
  const clean = target.replace(/\/$/, '');
  return [join(ROOT, dirname(fromFile), clean), join(ROOT, clean)].some(
    (path) =>
      path.startsWith(ROOT) &&
      existsSync(path) &&
      !relative(ROOT, path)
        .split(sep)
        .some((part) => NOT_OURS.has(part)) &&
      (statSync(path).isFile() || statSync(path).isDirectory()),
  );
}
