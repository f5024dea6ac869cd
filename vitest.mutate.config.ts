import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The tests Stryker runs against each mutant: all of `npm test`'s vitest tests but those
// that read the repository's files rather than run src/ (the corpus-copy scan and the
// TSDoc check), which no mutant can change and which only slow a run down, and the
// property tests (test/properties.test.ts): 22,000 random cases over every stage, about
// 40 s, which per-test coverage would run against nearly every mutant. Their invariants
// hold for mutants too (a mutant rarely breaks a position); the stage tests are the killers.
// NEWSDOC_MUTATE_TESTS (comma-separated globs) narrows the run to some test files, for a
// quick look at one stage on a busy machine: a score measured so is a lower bound.
// (Spread, not mergeConfig: that would add these lists to the base ones, not replace them.)
const only = process.env['NEWSDOC_MUTATE_TESTS'];

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: only ? only.split(',') : (base.test?.include ?? []),
    exclude: [...(base.test?.exclude ?? []), 'test/corpus-text.test.ts', 'test/tsdoc.test.ts', 'test/properties.test.ts'],
  },
});
