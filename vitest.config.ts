import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the site once into dist/ for every build and browser test of the run.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Builds and browsers share two cores; running files one at a time keeps timings honest.
    fileParallelism: false,
  },
});
