import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';

// Three bundles, all CommonJS with `vscode` external and everything else (@natolex/*, ajv, jsonc-parser) inlined:
// - dist/extension.cjs       the extension for the Node extension host (`main`), and dist/citeproc.cjs, the CSL
//                            processor it requires on the first citation;
// - dist/web/extension.js    the same code for web-worker extension hosts (vscode.dev, github.dev) (`browser`);
// - dist/test/suite/*.cjs    the Mocha suite for the real extension host (not packaged; see .vscodeignore).
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

const suiteTests = readdirSync('test/suite')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => `test/suite/${file}`);

export default defineConfig([
  { ...shared, entry: { extension: 'src/extension.ts' }, platform: 'node', minify: true, outExtension: () => ({ js: '.cjs' }), esbuildPlugins: [lazyCiteproc] },
  { ...shared, entry: { citeproc: 'src/lazy/citeproc.cjs' }, platform: 'node', minify: true, outExtension: () => ({ js: '.cjs' }) },
  {
    ...shared,
    entry: { 'web/extension': 'src/extension.ts' },
    platform: 'browser',
    minify: true,
    outExtension: () => ({ js: '.js' }),
    esbuildOptions(options) {
      shared.esbuildOptions?.(options, { format: 'cjs' });
      options.mainFields = ['browser', 'module', 'main'];
      options.define = { ...options.define, 'process.env.NODE_ENV': '"production"' };
    },
  },
  {
    ...shared,
    entry: suiteTests,
    outDir: 'dist/test/suite',
    platform: 'node',
    // Mocha stays a runtime dependency of the suite (it loads test files itself).
    external: ['vscode', 'mocha'],
    noExternal: [/^(?!(vscode|mocha)$)/],
    outExtension: () => ({ js: '.cjs' }),
  },
]);
