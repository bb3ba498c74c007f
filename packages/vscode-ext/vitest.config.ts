import { defineConfig } from 'vitest/config';

// Unit tests of the pure core and the adapters' helpers. The extension-host suite (test/suite) runs in a real VS Code
// through scripts/test-integration.mjs, not here.
export default defineConfig({
  // The adapters' unit tests run against an in-memory stand-in for the `vscode` module.
  resolve: { alias: { vscode: new URL('./src/test-support/vscode-fake.ts', import.meta.url).pathname } },
  test: {
    // Plus the launcher scripts' own unit tests (scripts/, test/e2e/), which need no VS Code.
    include: ['src/**/*.test.ts', 'scripts/**/*.test.mjs', 'test/e2e/**/*.test.mjs'],
    testTimeout: 30_000,
  },
});
