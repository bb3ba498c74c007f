import { defineConfig } from 'vitest/config';

export default defineConfig({
  // .csl style files are imported as their text, as the tsup build does (loader "text").
  plugins: [
    {
      name: 'csl-as-text',
      enforce: 'pre',
      transform(code, id) {
        return id.endsWith('.csl') ? { code: `export default ${JSON.stringify(code)};`, map: null } : undefined;
      },
    },
  ],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'lint/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Property tests run >= 10,000 cases each and the consumer test packs and installs tarballs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
