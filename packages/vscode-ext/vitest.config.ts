import { defineConfig } from 'vitest/config';

// Unit tests of the pure core and the adapters' helpers. The extension-host suite (test/suite) runs in a real VS Code
// through scripts/test-integration.mjs, not here.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
