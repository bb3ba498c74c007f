import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The linear-time guards import inputs of tens of MB; xmllint validates whole exports.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
