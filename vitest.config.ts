import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // Most test files spend their time waiting on what they start (the built bin, tmux, Chromium,
    // npm), not computing. Vitest's own default, one worker fewer than the cores, is one worker on a
    // two-core machine like CI's: the suite ran one file at a time there (242 s; 154 s with four).
    maxWorkers: Math.min(8, 2 * availableParallelism()),
    // Every language's catalogs registered, as src/languages.ts does in a run, so a test may setLanguage() any.
    setupFiles: ['test/helpers/languages.ts'],
  },
});
