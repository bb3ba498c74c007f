import { defineConfig } from 'tsup';

// The two builds run in parallel: each cleans only its own outputs so neither deletes the other's.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: ['index.*'],
    target: 'es2022',
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    clean: ['cli.*'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
