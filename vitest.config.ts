import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/dist/ runs against the build, after it: `npm run test:dist` (vitest.dist.config.ts).
    exclude: ['test/dist/**', 'node_modules/**'],
  },
});
