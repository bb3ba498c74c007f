import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

const STYLES_DIR = 'src/cite/styles';

/** The CSL locales file of @citation-js/plugin-csl holds five locales; only en-US is used, so only en-US is bundled. */
const enUsLocaleOnly: Plugin = {
  name: 'natolex-en-us-locale',
  setup(build) {
    build.onLoad({ filter: /plugin-csl[\\/]lib[\\/]locales\.json$/ }, ({ path }) => {
      const locales = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
      return { contents: JSON.stringify({ 'en-US': locales['en-US'] }), loader: 'json' };
    });
  },
};

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  // dist/lexicon.json is written by scripts/build-lexicon.mjs just before tsup runs: never wipe dist.
  clean: false,
  target: 'es2022',
  // The bundled corpus (../dist/lexicon.json) is inlined by esbuild's JSON loader; @natolex/schema stays external.
  // The CSL processor (citeproc, a dependency) stays external and is required on the first citation
  // (cite/processor.ts), so importing the package never parses it; the ESM build gets a `require` for that. Its en-US
  // locale (a dev dependency) is inlined behind the same lazy require. The built-in CSL styles are inlined as text and
  // also shipped as files (dist/styles/*.csl) for other processors.
  loader: { '.csl': 'text' },
  esbuildPlugins: [enUsLocaleOnly],
  banner: ({ format }) => (format === 'esm' ? { js: "import { createRequire as __natolexCreateRequire } from 'node:module';\nconst require = __natolexCreateRequire(import.meta.url);" } : {}),
  async onSuccess() {
    mkdirSync('dist/styles', { recursive: true });
    for (const file of readdirSync(STYLES_DIR).filter((name) => name.endsWith('.csl'))) copyFileSync(`${STYLES_DIR}/${file}`, `dist/styles/${file}`);
  },
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
});
