import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'docs/api/', 'node_modules/', 'coverage/', '.stryker-tmp/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  regexp.configs['flat/recommended'],
  {
    rules: {
      // Every expression that touches input must stay linear-time.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // The core runs unchanged in browsers, Deno, Bun and edge runtimes: no Node built-ins,
    // no Node or browser-page globals. Node-only code lives in src/node and src/cli.
    files: ['src/**/*.ts'],
    ignores: ['src/node/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'The core entry has no Node imports; put Node-only code in src/node or src/cli.' }] }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**', 'test/dist/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // `globals` is not installed; CommonJS needs only these beyond the Node ones above.
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', __filename: 'readonly' },
    },
  },
);
