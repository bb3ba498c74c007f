import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';
import { thirdPartyNotices } from '../../scripts/lib/third-party-notices.mjs';

// Four bundles, all CommonJS with `vscode` external and everything else (@natolex/*, ajv, jsonc-parser) inlined:
// - dist/extension.cjs       the extension for the Node extension host (`main`): the wiring alone (src/extension.ts),
//                            which requires dist/engine.cjs (src/providers/engine.ts: the language service, the corpus
//                            and their libraries) on first use, and that in turn dist/citeproc.cjs, the CSL processor,
//                            on the first citation; activation parses neither;
// - dist/web/extension.cjs   the same code for web-worker extension hosts (vscode.dev, github.dev) (`browser`). It must
//                            end in .cjs: with "type": "module", the web-worker host refuses a .js entry as ESM;
// - dist/test/suite/*.cjs    the Mocha suite for the Node extension host (not packaged; see .vscodeignore);
// - dist/test/web/suite.cjs  the same suite as one file for the web-worker host, which loads a test entry with a
//                            `require` that knows only `vscode`: Mocha's browser build and every test file inlined.
// The lexicon JSON Schema is copied to dist/ for the `jsonValidation` contribution.
const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
copyFileSync(require.resolve('@natolex/schema/lexicon.schema.json'), 'dist/lexicon.schema.json');

// @natolex/data's CommonJS build, for both hosts: its ESM build defines `require` with node:module, which neither a
// web worker nor a CommonJS bundle has.
const dataCommonJs = require.resolve('@natolex/data');

/** The Node host loads the CSL processor from dist/citeproc.cjs on the first citation, not with the extension. */
const lazyCiteproc: Plugin = {
  name: 'natolex-lazy-citeproc',
  setup(build) {
    build.onResolve({ filter: /^citeproc$/ }, () => ({ path: './citeproc.cjs', external: true }));
  },
};

/** The Node host loads the engine from dist/engine.cjs on first use (src/lazy/engine.cjs), not with the extension. */
const lazyEngine: Plugin = {
  name: 'natolex-lazy-engine',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/providers\/engine\.ts$/ }, ({ importer }) => (importer.endsWith('/src/lazy/engine.cjs') ? { path: './engine.cjs', external: true } : undefined));
  },
};

/** dist/ThirdPartyNotices.txt: the licences of every package the three shipped bundles inline (one set for all three). */
const notices = new Set<string>();
const noticesPlugin = (): Plugin => thirdPartyNotices('the natolex VS Code extension', 'dist/ThirdPartyNotices.txt', notices);

const shared: Options = {
  format: ['cjs'],
  target: 'es2022',
  external: ['vscode'],
  noExternal: [/^(?!vscode$)/],
  clean: false,
  sourcemap: false,
  splitting: false,
  // jsonc-parser's `main` is a UMD build that esbuild cannot follow; its ESM build bundles cleanly.
  esbuildOptions(options) {
    options.mainFields = ['module', 'main'];
    options.alias = { ...options.alias, '@natolex/data': dataCommonJs };
    options.legalComments = 'none';
  },
};

// The suite's test files; the Node host's entry (index.ts) loads their bundles from its folder at run time.
const suiteTests = readdirSync('test/suite')
  .filter((file) => file.endsWith('.test.ts'))
  .sort()
  .map((file) => `test/suite/${file}`);

export default defineConfig([
  { ...shared, entry: { extension: 'src/extension.ts' }, platform: 'node', minify: true, outExtension: () => ({ js: '.cjs' }), esbuildPlugins: [lazyEngine, noticesPlugin()] },
  { ...shared, entry: { engine: 'src/providers/engine.ts' }, platform: 'node', minify: true, outExtension: () => ({ js: '.cjs' }), esbuildPlugins: [lazyCiteproc, noticesPlugin()] },
  { ...shared, entry: { citeproc: 'src/lazy/citeproc.cjs' }, platform: 'node', minify: true, outExtension: () => ({ js: '.cjs' }), esbuildPlugins: [noticesPlugin()] },
  {
    ...shared,
    entry: { 'web/extension': 'src/extension.ts' },
    platform: 'browser',
    minify: true,
    outExtension: () => ({ js: '.cjs' }),
    esbuildPlugins: [noticesPlugin()],
    esbuildOptions(options) {
      shared.esbuildOptions?.(options, { format: 'cjs' });
      options.mainFields = ['browser', 'module', 'main'];
      // A web worker has no DOM: packages with a `worker` export (the Markdown parser's entity decoder) must not be
      // given their `browser` one, which calls document.createElement.
      options.conditions = ['worker'];
      options.define = { ...options.define, 'process.env.NODE_ENV': '"production"' };
    },
  },
  {
    ...shared,
    entry: ['test/suite/index.ts', ...suiteTests],
    outDir: 'dist/test/suite',
    platform: 'node',
    // Mocha stays a runtime dependency of the suite (it loads test files itself).
    external: ['vscode', 'mocha'],
    noExternal: [/^(?!(vscode|mocha)$)/],
    outExtension: () => ({ js: '.cjs' }),
    esbuildPlugins: [crossAdapterPlugin()],
  },
  {
    ...shared,
    entry: { suite: 'test/suite/web-index.ts' },
    outDir: 'dist/test/web',
    platform: 'browser',
    outExtension: () => ({ js: '.cjs' }),
    esbuildPlugins: [suiteFilesPlugin(suiteTests), crossAdapterPlugin()],
  },
]);

/**
 * The virtual module `natolex:cross-adapter`: the drafts of test/cross-adapter (by file name, as text) and the
 * findings every adapter must report for them (expected.json), inlined so both hosts' suites have them without
 * reading files outside the test workspace.
 */
function crossAdapterPlugin(): Plugin {
  const folder = '../../test/cross-adapter';
  return {
    name: 'natolex-cross-adapter',
    setup(build) {
      build.onResolve({ filter: /^natolex:cross-adapter$/ }, () => ({ path: 'cross-adapter', namespace: 'natolex-cross-adapter' }));
      build.onLoad({ filter: /.*/, namespace: 'natolex-cross-adapter' }, () => {
        const drafts = Object.fromEntries(readdirSync(`${folder}/drafts`).sort().map((name) => [name, readFileSync(`${folder}/drafts/${name}`, 'utf8')]));
        const expected = JSON.parse(readFileSync(`${folder}/expected.json`, 'utf8'));
        return { contents: `module.exports = ${JSON.stringify({ drafts, expected })};\n`, loader: 'js', watchFiles: [`${folder}/expected.json`] };
      });
    },
  };
}

/**
 * The virtual module `natolex:suite-files`: a function that require()s every test file. esbuild wraps each required
 * file lazily, so the tests' top-level suite()/test() calls run only when it is called, after mocha.setup().
 */
function suiteFilesPlugin(files: string[]): Plugin {
  return {
    name: 'natolex-suite-files',
    setup(build) {
      build.onResolve({ filter: /^natolex:suite-files$/ }, () => ({ path: 'suite-files', namespace: 'natolex' }));
      build.onLoad({ filter: /.*/, namespace: 'natolex' }, () => ({
        contents: `module.exports = function loadTestFiles() {\n${files.map((file) => `  require(${JSON.stringify(`./${file}`)});`).join('\n')}\n};\n`,
        resolveDir: process.cwd(),
        loader: 'js',
      }));
    },
  };
}
