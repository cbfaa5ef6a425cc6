// What the deployable bundle weighs, what a LaunchRequest loads of it, and who in that weighs
// the most (esbuild's metafile).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as z from 'zod';

const MetafileSchema = z.object({
  outputs: z.record(
    z.string(),
    z.object({
      bytes: z.number(),
      imports: z.array(z.object({ path: z.string(), kind: z.string() })).default([]),
      inputs: z.record(z.string(), z.object({ bytesInOutput: z.number() })),
    }),
  ),
});
type Metafile = z.infer<typeof MetafileSchema>;

export interface Contributor {
  name: string;
  bytes: number;
}

export interface BundleReport {
  /** The entry file alone (index.mjs). */
  entryBytes: number;
  /** The entry and every file it imports statically: what a LaunchRequest loads. */
  launchFiles: string[];
  launchBytes: number;
  launchGzipBytes: number;
  /** Every code file of the bundle, loaded or not, and the largest of them. */
  totalBytes: number;
  largestFile: Contributor;
  /** The largest parts of what a LaunchRequest loads. */
  topInputs: Contributor[];
  packages: Contributor[];
}

/**
 * `node_modules/ask-sdk-core/dist/x.js` → `ask-sdk-core`; the project's own files → `(skill)`;
 * anything else (a module a build plugin supplies) keeps its own name.
 */
export function packageOf(inputPath: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(inputPath);
  if (match?.[1]) return match[1];
  return inputPath.startsWith('lambda/') ? '(skill)' : inputPath;
}

function largestFirst(entries: Iterable<[string, number]>, limit: number): Contributor[] {
  return [...entries]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, limit);
}

/** The output files an entry loads before it runs: itself and its static imports, transitively. */
export function launchFiles(metafileJson: unknown, entry: string): string[] {
  const metafile: Metafile = MetafileSchema.parse(metafileJson);
  if (!metafile.outputs[entry]) throw new Error(`the metafile has no output ${entry}`);
  const seen = new Set<string>();
  const visit = (file: string) => {
    const output = metafile.outputs[file];
    if (seen.has(file) || !output) return;
    seen.add(file);
    for (const imported of output.imports) {
      if (imported.kind === 'import-statement') visit(imported.path);
    }
  };
  visit(entry);
  return [...seen];
}

/** The inputs of these output files, and the packages they come from, largest first. */
export function contributors(
  metafileJson: unknown,
  outputPaths: readonly string[],
  limit: number,
): Pick<BundleReport, 'topInputs' | 'packages'> {
  const metafile = MetafileSchema.parse(metafileJson);
  const inputs = new Map<string, number>();
  for (const outputPath of outputPaths) {
    const output = metafile.outputs[outputPath];
    if (!output) throw new Error(`the metafile has no output ${outputPath}`);
    for (const [path, input] of Object.entries(output.inputs)) {
      inputs.set(path, (inputs.get(path) ?? 0) + input.bytesInOutput);
    }
  }
  const byPackage = new Map<string, number>();
  for (const [path, bytes] of inputs) {
    byPackage.set(packageOf(path), (byPackage.get(packageOf(path)) ?? 0) + bytes);
  }
  return { topInputs: largestFirst(inputs, limit), packages: largestFirst(byPackage, limit) };
}

export function bundleReport(entryPath: string, metafilePath: string): BundleReport {
  const metafile: unknown = JSON.parse(readFileSync(metafilePath, 'utf8'));
  const launch = launchFiles(metafile, entryPath);
  const launchCode = Buffer.concat(launch.map((file) => readFileSync(file)));
  const directory = join(entryPath, '..');
  const code = readdirSync(directory)
    .filter((file) => /\.m?js$/.test(file))
    .map((file): [string, number] => [file, statSync(join(directory, file)).size]);
  const [largestFile] = largestFirst(code, 1);
  if (!largestFile) throw new Error(`${directory} holds no code`);
  return {
    entryBytes: statSync(entryPath).size,
    launchFiles: launch,
    launchBytes: launchCode.length,
    launchGzipBytes: gzipSync(launchCode, { level: 9 }).length,
    totalBytes: code.reduce((sum, [, bytes]) => sum + bytes, 0),
    largestFile,
    ...contributors(metafile, launch, 8),
  };
}
