import { defineConfig } from 'vitest/config';

/** `npm run bench`: the *.bench.ts files, run once each, printing their timings. Not part of `npm test`. */
export default defineConfig({
  test: {
    include: ['src/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 120_000,
    fileParallelism: false,
  },
});
