import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'lint/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Property tests run >= 10,000 cases each and the consumer test packs and installs tarballs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
