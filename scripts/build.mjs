// Bundles the Lambda into dist/lambda/, the files CDK deploys and the benchmark measures.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
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

/**
 * ask-sdk names its errors after the throwing class, `AskSdk.${this.constructor.name} Error`,
 * and minifying renames classes: the log would say "AskSdk.gr Error". esbuild's keepNames fixes
 * that for every function in the bundle at 8 KB (and its compile time on each cold start);
 * this writes the class name in the four ask-sdk files that read it, and nothing else. Each of
 * those files is named after its class. tests/skill/bundle.test.ts checks the logged name.
 */
const withAskSdkErrorNames = {
  name: 'with-ask-sdk-error-names',
  setup(esbuild) {
    esbuild.onLoad(
      { filter: /[\\/]node_modules[\\/]ask-sdk-(core|runtime)[\\/]dist[\\/].*\.js$/ },
      async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('this.constructor.name')) return undefined;
        const className = JSON.stringify(basename(args.path, '.js'));
        return { loader: 'js', contents: source.replaceAll('this.constructor.name', className) };
      },
    );
  },
};

/**
 * The word reader (lambda/skill/understanding/read-words.ts and its vocabulary) is needed
 * only when someone's own words reach the skill (a description, a slot Alexa could not
 * resolve, a warning sign), never on a LaunchRequest: the skill's import of it becomes a stub that requires a bundle of its own,
 * built beside the entry, on first use. Measured by the bundle test (bytes) and `npm run bench`.
 */
const readerApart = {
  name: 'reader-apart',
  setup(esbuild) {
    const namespace = 'reader-apart';
    esbuild.onResolve({ filter: /^(\.\/|.*[\\/]understanding[\\/])read-words$/ }, () => ({
      path: 'read-words',
      namespace,
    }));
    esbuild.onResolve({ filter: /^\.\/read-words\.js$/ }, () => ({
      path: './read-words.js',
      external: true,
    }));
    esbuild.onLoad({ filter: /.*/, namespace }, () => ({
      loader: 'js',
      resolveDir: '.',
      contents: `
        import { createRequire } from 'node:module';
        let reader;
        export const readWords = (...args) => {
          reader ??= createRequire(import.meta.url)('./read-words.js');
          return reader.readWords(...args);
        };
      `,
    }));
  },
};

/**
 * The modules the skill loads on first use (its `import()`s) share some of the opening's
 * modules, each set differently, so esbuild would split the opening into a chunk per set: a
 * LaunchRequest loaded six files. Importing the opening's root from each of them makes every
 * module of the opening shared alike, so they land in one chunk beside the entry: two files
 * (measured by farm-bench on Node 24: about 1 ms of a 30 ms cold launch).
 */
const openingInOneChunk = {
  name: 'opening-in-one-chunk',
  setup(esbuild) {
    const opening = resolve('lambda/skill/build-skill.ts');
    const loadedOnFirstUse = new Set();
    esbuild.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData === 'resolving') return undefined;
      const resolved = await esbuild.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      loadedOnFirstUse.add(resolved.path);
      return resolved;
    });
    esbuild.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!loadedOnFirstUse.has(args.path)) return undefined;
      const source = await readFile(args.path, 'utf8');
      // On the first line, so the source map's line numbers stay right.
      return { loader: 'ts', contents: `import ${JSON.stringify(opening)}; ${source}` };
    });
  },
};

/**
 * One set of options for the skill and for the benchmark's hello-world reference. ES modules,
 * so that esbuild can split the skill into the entry a LaunchRequest needs and chunks loaded by
 * `import()` on first use, sharing what both use (docs/performance.md). Nothing is added to
 * every chunk: a `require` made with createRequire in each would cost each a URL parse at load,
 * and only the reader's stub needs one.
 */
const options = {
  bundle: true,
  platform: 'node',
  // The oldest Node the code must run on; Lambda runs 22 or 24.
  target: 'node20',
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [withoutAlexaServiceClients, withAskSdkErrorNames],
};

// Chunk names carry a hash: a chunk of an earlier build must not be deployed beside this one.
await rm('dist/lambda', { recursive: true, force: true });
await mkdir('dist/lambda', { recursive: true });
const result = await build({
  ...options,
  plugins: [...options.plugins, readerApart, openingInOneChunk],
  entryPoints: { index: 'lambda/lambda.ts' },
  splitting: true,
  chunkNames: '[name]-[hash]',
  outdir: 'dist/lambda',
  metafile: true,
});
// Required, not imported, by the reader's stub: the reader is called synchronously.
await build({
  ...options,
  format: 'cjs',
  outExtension: {},
  entryPoints: { 'read-words': 'lambda/skill/understanding/read-words.ts' },
  outdir: 'dist/lambda',
});
await writeFile('dist/lambda-meta.json', JSON.stringify(result.metafile));
// Data read beside the bundle only when needed: the slot words with the vocabulary
// (lambda/skill/understanding/slot-words.ts).
await copyFile('lambda/skill/understanding/slot-words.json', 'dist/lambda/slot-words.json');
// The reader's vocabulary, read the first time a description's words are read.
await copyFile('lambda/skill/understanding/vocabulary-en.json', 'dist/lambda/vocabulary-en.json');
// Not deployed: `npm run bench` holds the skill's cold start to this one's.
await rm('dist/bench-hello-world', { recursive: true, force: true });
await build({
  ...options,
  entryPoints: { index: 'bench/hello-world/handler.ts' },
  outdir: 'dist/bench-hello-world',
});
