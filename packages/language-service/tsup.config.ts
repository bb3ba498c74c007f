import { defineConfig } from 'tsup';

// Platform-neutral: the entry imports nothing from Node, so the language server's browser build and the extension's
// web-worker bundle can include it. @natolex/* stay external (dependencies, installed beside it).
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
});
