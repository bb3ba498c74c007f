import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The tests in test/ run the built executable as a child process; the consumer test also installs tarballs.
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
