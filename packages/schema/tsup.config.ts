import { copyFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// src/load-ajv.cjs requires ajv on the first validator. It stays a CommonJS file of its own beside the bundles
// (external here, copied as is), so that its `require` is Node's at run time and a bundler's literal require call
// for the bundles others make from dist/.
const LOAD_AJV = './load-ajv.cjs';

// The two builds run in parallel: each cleans only its own outputs so neither deletes the other's.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: ['index.*', 'load-ajv.cjs'],
    target: 'es2022',
    external: [LOAD_AJV],
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
    onSuccess: async () => copyFileSync('src/load-ajv.cjs', 'dist/load-ajv.cjs'),
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    clean: ['cli.*'],
    target: 'node20',
    platform: 'node',
    external: [LOAD_AJV],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
