import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The core: no Node built-ins, so esbuild is told to assume none (`platform: 'neutral'`).
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
  },
]);
