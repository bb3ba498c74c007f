import { defineConfig } from 'tsup';

// The library (with types) and the executable; src/cli.ts starts with a hashbang, which esbuild keeps.
// @natolex/* and jsonc-parser stay external: they are dependencies, installed beside the CLI.
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  target: 'node20',
  platform: 'node',
});
