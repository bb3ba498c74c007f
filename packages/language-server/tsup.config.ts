import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig } from 'tsup';
import { thirdPartyNotices } from '../../scripts/lib/third-party-notices.mjs';

// Two builds:
// - dist/node.js (the `natolex-language-server` executable) and dist/index.js (the library), ESM for Node; the
//   dependencies stay external (installed beside the server).
// - dist/browser/server.js, for a web worker: one classic script (IIFE: a worker started with `new Worker(url)`, as
//   vscode-languageclient/browser does, cannot load an ES module, and an IIFE has no import/export for a bundler or
//   Node to misread) with everything inlined and nothing from Node.
const require = createRequire(import.meta.url);
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
// @natolex/data's CommonJS build: its ESM build defines `require` with node:module, which a worker does not have.
const dataCommonJs = require.resolve('@natolex/data');

export default defineConfig([
  {
    entry: { node: 'src/node.ts', index: 'src/index.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    clean: true,
    target: 'node20',
    platform: 'node',
    define: { SERVER_VERSION: JSON.stringify(version) },
  },
  {
    entry: { 'browser/server': 'src/browser.ts' },
    format: ['iife'],
    outExtension: () => ({ js: '.js' }),
    clean: false,
    target: 'es2022',
    platform: 'browser',
    noExternal: [/.*/],
    minify: true,
    // Everything is inlined, so the licences of what was inlined ship beside it.
    esbuildPlugins: [thirdPartyNotices('the natolex language server (web-worker build)', 'dist/browser/ThirdPartyNotices.txt')],
    esbuildOptions(options) {
      options.mainFields = ['browser', 'module', 'main'];
      // No DOM in a worker: packages with a `worker` export must not get their `browser` one.
      options.conditions = ['worker'];
      options.alias = { ...options.alias, '@natolex/data': dataCommonJs };
      options.define = { ...options.define, 'process.env.NODE_ENV': '"production"' };
      options.legalComments = 'none';
    },
  },
]);
