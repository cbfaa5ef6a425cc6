import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Every module a TypeScript source names: imports, re-exports, `import()` and `require()`. */
export function moduleSpecifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** Packages the engine may use: zod only (the schema is part of its public API). */
const ALLOWED_PACKAGES: ReadonlySet<string> = new Set(['zod', 'zod/mini']);

/** Ways to reach the clock, the environment or randomness. */
const IMPURE_MENTIONS: readonly [string, RegExp][] = [
  ['process.', /\bprocess\./],
  ['Date', /\bDate\b/],
  ['Math.random', /\bMath\.random\b/],
  ['performance', /\bperformance\b/],
  ['crypto', /\bcrypto\b/],
  ['globalThis', /\bglobalThis\b/],
];

/**
 * Why `source` (at `filePath`) breaks the core's purity rule: a package other than zod, a
 * Node built-in, a relative import that leaves `coreRoot`, or a mention of the clock, the
 * environment or randomness. Empty when the file is clean.
 */
export function purityViolations(source: string, filePath: string, coreRoot: string): string[] {
  const violations: string[] = [];
  for (const specifier of moduleSpecifiers(source)) {
    if (specifier.startsWith('./') || specifier.startsWith('../')) {
      const target = resolve(dirname(filePath), specifier);
      if (target !== coreRoot && !target.startsWith(coreRoot + sep)) {
        violations.push(`imports ${specifier}, outside the core`);
      }
    } else if (!ALLOWED_PACKAGES.has(specifier)) {
      violations.push(`imports ${specifier}`);
    }
  }
  for (const [name, pattern] of IMPURE_MENTIONS) {
    if (pattern.test(source)) violations.push(`mentions ${name}`);
  }
  return violations;
}

/** Every TypeScript file under `root`, as absolute paths. */
export function typeScriptFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(root, name))
    .sort();
}

export function readSource(path: string): string {
  return readFileSync(path, 'utf8');
}
