// StrykerJS: mutation testing of src/ (`npm run mutate`, `npm run mutate -- --mutate src/parse/header.ts`).
// Not part of `npm test`: a whole run takes hours on a two-core machine. See docs/testing.md.
import { existsSync, mkdirSync, symlinkSync, lstatSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const tempDirName = '.stryker-tmp';

// The tests find the real corpus at ../shared/corpus, relative to the repository. Stryker
// runs them in .stryker-tmp/sandbox-*/, so ../shared from there is .stryker-tmp/shared: a
// link to the real one makes the corpus tests (ratchet, reference hashes) count as killers.
/** Whether `path` is a symbolic link (false when there is nothing there). */
function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

const shared = resolve(root, '..', 'shared');
const link = join(root, tempDirName, 'shared');
if (existsSync(join(shared, 'corpus'))) {
  mkdirSync(join(root, tempDirName), { recursive: true });
  if (!isLink(link)) symlinkSync(shared, link, 'dir');
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner', './scripts/stryker/ignore-messages.mjs'],
  ignorers: ['messages'],
  coverageAnalysis: 'perTest',
  mutate: [
    'src/**/*.ts',
    // Type-only modules: no runtime code, nothing to mutate.
    '!src/model/article.ts',
    '!src/model/brand.ts',
    '!src/model/diagnostic.ts',
    '!src/model/record.ts',
    // Re-exports only.
    '!src/index.ts',
    '!src/node/index.ts',
    // The process entry: three lines around main(), run only through the built CLI (test/dist).
    '!src/cli/bin.ts',
  ],
  // Static mutants (module-level regular expressions and word lists) run every test, which
  // is slow, but they are what the anchors of the header and dateline expressions are: kept.
  ignoreStatic: false,
  // The machine has two cores shared with other work; more runners only thrash.
  concurrency: 2,
  timeoutMS: 60_000,
  // The whole suite under load takes well over Stryker's default five minutes.
  dryRunTimeoutMinutes: 60,
  timeoutFactor: 2,
  tempDirName,
  // A changed file's mutants are re-tested, the rest taken from the last run
  // (reports/stryker-incremental.json, git-ignored: it belongs to one machine's last run).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 75, break: null },
};
