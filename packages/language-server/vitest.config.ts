import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The protocol and Neovim tests start the built server (and Neovim); each waits for real replies.
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
