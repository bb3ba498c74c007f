import { defineConfig } from 'tsup';
import { thirdPartyNotices } from '../../scripts/lib/third-party-notices.mjs';

// Platform-neutral: the entry imports nothing from Node, so the language server's browser build and the extension's
// web-worker bundle can include it. @natolex/* stay external (dependencies, installed beside it).
//
// The Markdown parser (micromark, mdast-util-*, unist-*) is inlined: as separate ES modules it was ~170 files that
// every `natolex check` loaded one by one (about 130 ms of a 390 ms run), a third of them its Markdown serialiser, which
// natolex never calls and the bundle leaves out. Their licences go with the bundle in dist/ThirdPartyNotices.txt, and
// dist/third-party.json lists their folders so the bundles made from this one (the extension, the language server's
// web build) list them in their own notices.
const inlined = /^(?!@natolex\/)/;

export default defineConfig((options) => ({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // Platform-neutral builds resolve packages by their `exports` only; these are the fields the parser's packages use.
  mainFields: ['module', 'main'],
  noExternal: [inlined],
  esbuildPlugins: [thirdPartyNotices('@natolex/language-service', 'dist/ThirdPartyNotices.txt', new Set(), 'dist/third-party.json')],
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
  ...options,
}));
