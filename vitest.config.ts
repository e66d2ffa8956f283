import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A timeout is there to end a test that hangs, not to time it (speed is `npm run bench`'s job).
    // With several files at once on a busy two-core machine, a test that takes 3 s alone can take
    // 10 s or more: a minute leaves room for that.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Most test files spend their time waiting on what they start (the built bin, tmux, Chromium,
    // npm), not computing. Vitest's own default, one worker fewer than the cores, is one worker on a
    // two-core machine like CI's: the suite ran one file at a time there (242 s; 154 s with four).
    maxWorkers: Math.min(8, 2 * availableParallelism()),
    // Every language's catalogs registered, as src/languages.ts does in a run, so a test may setLanguage() any.
    setupFiles: ['test/helpers/languages.ts'],
  },
});
