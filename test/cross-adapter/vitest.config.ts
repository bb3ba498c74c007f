import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['*.test.ts'],
    // Each test starts a built adapter (a CLI run, a language server) in a child process.
    testTimeout: 60_000,
  },
});
