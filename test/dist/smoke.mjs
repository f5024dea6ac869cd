// Imports the BUILT package by its own name (package self-reference through `exports`),
// exactly as a user's ESM code would. Run after `npm run build`: `node test/dist/smoke.mjs`.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import * as api from 'newsdoc';
import schema from 'newsdoc/schema/parse-result.json' with { type: 'json' };
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

// The JSON Schemas, through `exports`: the calls docs/schema.md shows (test/schema.test.ts
// checks that it still shows them).
const text = ' date 2021-11-02 https://ria.ru/20211102/a-1234567.html\n\nHarbour reopens';
const ajv = new Ajv({ allowUnionTypes: true });
const validate = ajv.compile(schema);
assert.equal(validate(JSON.parse(JSON.stringify(api.parseArticle(text)))), true, JSON.stringify(validate.errors));
assert.equal(validate({ ...api.parseArticle(text), extra: 1 }), false);
console.log('smoke schema (esm) ok');
