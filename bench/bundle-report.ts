// What the deployable bundle weighs, and who in it weighs the most (esbuild's metafile).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as z from 'zod';

const MetafileSchema = z.object({
  outputs: z.record(
    z.string(),
    z.object({
      bytes: z.number(),
      inputs: z.record(z.string(), z.object({ bytesInOutput: z.number() })),
    }),
  ),
});

export interface Contributor {
  name: string;
  bytes: number;
}

export interface BundleReport {
  bytes: number;
  gzipBytes: number;
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

export function contributors(
  metafileJson: unknown,
  outputPath: string,
  limit: number,
): Pick<BundleReport, 'topInputs' | 'packages'> {
  const metafile = MetafileSchema.parse(metafileJson);
  const output = metafile.outputs[outputPath];
  if (!output) throw new Error(`the metafile has no output ${outputPath}`);
  const inputs = Object.entries(output.inputs).map(([path, input]): [string, number] => [
    path,
    input.bytesInOutput,
  ]);
  const byPackage = new Map<string, number>();
  for (const [path, bytes] of inputs) {
    byPackage.set(packageOf(path), (byPackage.get(packageOf(path)) ?? 0) + bytes);
  }
  return { topInputs: largestFirst(inputs, limit), packages: largestFirst(byPackage, limit) };
}

export function bundleReport(bundlePath: string, metafilePath: string): BundleReport {
  const bundle = readFileSync(bundlePath);
  const metafile: unknown = JSON.parse(readFileSync(metafilePath, 'utf8'));
  return {
    bytes: bundle.length,
    gzipBytes: gzipSync(bundle, { level: 9 }).length,
    ...contributors(metafile, bundlePath, 8),
  };
}
