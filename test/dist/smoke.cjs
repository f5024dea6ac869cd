// Requires the BUILT package by its own name (package self-reference through `exports`),
// exactly as a user's CommonJS code would. Run after `npm run build`: `node test/dist/smoke.cjs`.
'use strict';
const { checkPackage } = require('./check-package.cjs');

checkPackage(require('newsdoc'), 'cjs');

// The JSON Schemas, through `exports` as docs/schema.md shows.
const assert = require('node:assert/strict');
for (const name of ['article', 'parse-result', 'record', 'entry-record']) {
  const schema = require(`newsdoc/schema/${name}.json`);
  assert.equal(schema.$id, `https://newsdoc.dev/schema/${name}.json`);
}
console.log('smoke schema (cjs) ok');
