import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['*.test.ts'],
    // Each test runs the built executable on a hostile fixture repository; some feed it megabytes on purpose.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
