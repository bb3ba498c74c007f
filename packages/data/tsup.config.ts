import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

const STYLES_DIR = 'src/cite/styles';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  // dist/lexicon.json is written by scripts/build-lexicon.mjs just before tsup runs: never wipe dist.
  clean: false,
  target: 'es2022',
  // The bundled corpus (../dist/lexicon.json) is inlined by esbuild's JSON loader; @natolex/schema stays external.
  // The CSL processor and its en-US locale (dev dependencies) are inlined too, behind a lazy require (cite/processor.ts).
  // The built-in CSL styles are inlined as text and also shipped as files (dist/styles/*.csl) for other processors.
  loader: { '.csl': 'text' },
  async onSuccess() {
    mkdirSync('dist/styles', { recursive: true });
    for (const file of readdirSync(STYLES_DIR).filter((name) => name.endsWith('.csl'))) copyFileSync(`${STYLES_DIR}/${file}`, `dist/styles/${file}`);
  },
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
});
