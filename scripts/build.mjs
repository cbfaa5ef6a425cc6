// Bundles the Lambda entry into the one file CDK deploys and the benchmark measures.
import { mkdir, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const outdir = 'dist/lambda';
await mkdir(outdir, { recursive: true });
const result = await build({
  entryPoints: { index: 'lambda/lambda.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  // The oldest Node the code must run on; Lambda runs 22 or 24.
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
});
await writeFile('dist/lambda-meta.json', JSON.stringify(result.metafile));
