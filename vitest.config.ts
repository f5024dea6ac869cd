import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/dist/ runs against the build, after it: `npm run test:dist` (vitest.dist.config.ts).
    exclude: ['test/dist/**', 'node_modules/**'],
    // Property tests run hundreds of parses; on a busy two-core machine 5 s is too tight.
    testTimeout: 30_000,
    // A fixed fast-check seed, so every run tries the same cases (NEWSDOC_FC_SEED overrides).
    setupFiles: ['test/setup/fast-check.ts'],
  },
});
