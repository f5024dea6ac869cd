// Imports the BUILT package by its own name (package self-reference through `exports`),
// exactly as a user's ESM code would. Run after `npm run build`: `node test/dist/smoke.mjs`.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as api from 'newsdoc';
import check from './check-package.cjs';

check.checkPackage(api, 'esm');

// With both builds loaded in one process (an ESM app with a CommonJS dependency), an error
// thrown by one copy is still recognised by the other.
const cjs = createRequire(import.meta.url)('newsdoc');
assert.notEqual(cjs.ArticleParseError, api.ArticleParseError, 'the two builds are two copies');
for (const [thrower, catcher] of [[cjs, api], [api, cjs]]) {
  let caught;
  try {
    thrower.parseArticleOrThrow('');
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof catcher.ArticleParseError, 'instanceof across the ESM and CommonJS copies');
  assert.ok(catcher.isArticleParseError(caught));
  assert.ok(!(new Error('x') instanceof catcher.ArticleParseError));
}
console.log('smoke dual package ok');
