import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // Every language's catalogs registered, as src/languages.ts does in a run, so a test may setLanguage() any.
    setupFiles: ['test/helpers/languages.ts'],
  },
});
