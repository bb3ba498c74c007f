import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The boundary test runs eslint over the repository's config, which loads typescript-eslint once.
    testTimeout: 60_000,
  },
});
