import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  // dist/lexicon.json is written by scripts/build-lexicon.mjs just before tsup runs: never wipe dist.
  clean: false,
  target: 'es2022',
  // The bundled corpus (../dist/lexicon.json) is inlined by esbuild's JSON loader; @natolex/schema stays external.
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
});
