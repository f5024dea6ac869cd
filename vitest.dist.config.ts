import { defineConfig } from 'vitest/config';

// The tests that need the built package in dist/: run by `npm run test:dist` after `npm run build`.
export default defineConfig({
  test: {
    include: ['test/dist/**/*.test.ts'],
  },
});
