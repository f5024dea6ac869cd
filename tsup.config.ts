import { defineConfig, type Options } from 'tsup';

// Deno reads a `@ts-self-types` comment at the top of a JavaScript module to find its
// declarations, so `import … from './dist/index.js'` by path is typed there too. Only the
// ESM build gets it: the CommonJS build's declarations are the `.d.cts` beside it, found
// through `exports`.
const selfTypes: Options['banner'] = ({ format }) => (format === 'esm' ? { js: '// @ts-self-types="./index.d.ts"' } : undefined);

export default defineConfig([
  {
    // The core: no Node built-ins, so esbuild is told to assume none (`platform: 'neutral'`).
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    dts: true,
    // No `clean` here: tsup builds the four configs at once, and a clean of dist/ by one can
    // land after another has written (dist/dedup/index.js vanished so on a loaded machine).
    // `npm run build` empties dist/ before tsup starts instead.
    banner: selfTypes,
    sourcemap: true,
    target: 'es2022',
  },
  {
    // newsdoc/dedup: near-duplicate detection; no Node built-ins, like the core.
    entry: { 'dedup/index': 'src/dedup/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    dts: true,
    sourcemap: true,
    target: 'es2022',
  },
  {
    // newsdoc/node: files and directories, for Node (ESM and CommonJS).
    entry: { 'node/index': 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'node',
    dts: true,
    banner: selfTypes,
    sourcemap: true,
    target: 'es2022',
  },
  {
    // The command and its worker threads, ESM only.
    entry: { cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    platform: 'node',
    sourcemap: true,
    target: 'es2022',
  },
]);
