import { defineConfig } from 'vitest/config';

// The tests that need the built package in dist/: run by `npm run test:dist` after `npm run build`.
export default defineConfig({
  test: {
    include: ['test/dist/**/*.test.ts'],
    // These spawn the built command; a run takes a second or two on this kind of machine.
    testTimeout: 60_000,
  },
});
