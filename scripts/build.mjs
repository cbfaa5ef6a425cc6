// Bundles the Lambda entry into the one file CDK deploys and the benchmark measures.
import { mkdir, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

/**
 * ask-sdk-core requires all of ask-sdk-model (62 KB minified, the TypeScript-namespace build of
 * every Alexa service client) only for `services.ServiceClientFactory`, which it constructs
 * only when the skill calls `.withApiClient()`. This skill calls no Alexa service API, so for
 * ask-sdk-core alone the module is replaced by a factory that fails loudly if ever built.
 * Measured by `npm run bench`: bundle 97 KB → 35 KB, `require` of the bundle 4.2 → 2.4 ms.
 * Imports of ask-sdk-model from the skill's own code still get the real package.
 */
const withoutAlexaServiceClients = {
  name: 'without-alexa-service-clients',
  setup(esbuild) {
    const namespace = 'without-alexa-service-clients';
    esbuild.onResolve({ filter: /^ask-sdk-model$/ }, (args) =>
      /[\\/]node_modules[\\/]ask-sdk-core[\\/]/.test(args.importer)
        ? { path: 'ask-sdk-model', namespace }
        : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace }, () => ({
      loader: 'js',
      contents: `
        class ServiceClientFactory {
          constructor() {
            throw new Error('Alexa service clients are left out of the bundle: see scripts/build.mjs');
          }
        }
        exports.services = { ServiceClientFactory };
      `,
    }));
  },
};

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
  // ask-sdk names its errors after the throwing class (AskSdk.<Class> Error): minified names
  // would log as "AskSdk.gr Error" and tell an operator nothing.
  keepNames: true,
  sourcemap: true,
  sourcesContent: false,
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [withoutAlexaServiceClients],
});
await writeFile('dist/lambda-meta.json', JSON.stringify(result.metafile));
