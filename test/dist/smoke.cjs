// Requires the BUILT package by its own name (package self-reference through `exports`),
// exactly as a user's CommonJS code would, and checks that the public entry points work.
// Run after `npm run build`: `node test/dist/smoke.cjs`.
'use strict';
const assert = require('node:assert/strict');
const { ArticleParseError, normalizeDate, normalizeUrl, parseArticle, parseArticleOrThrow, urlKey } = require('newsdoc');

// A seed-shaped document of our own wording, with CRLF line ends as a Windows tool would save it.
const seed = [
  ' date 2021-11-02 https://ria.ru/20211102/harbour-1234567891.html',
  '',
  'The harbour will reopen to small boats after repairs, the city says',
  '',
  'MOSCOW, November 2 – RIA Novosti. The city harbour will reopen to small boats on Friday after two months of repairs, the port authority said.',
  '',
].join('\r\n');

const { article } = parseArticle(seed);
assert.ok(article, 'parseArticle returned no article for the seed document');
assert.equal(article.date, '2021-11-02');

assert.equal(typeof normalizeUrl, 'function');
assert.equal(typeof normalizeDate, 'function');
assert.equal(typeof urlKey, 'function');

assert.throws(
  () => parseArticleOrThrow(''),
  (error) => error instanceof ArticleParseError && error instanceof Error && Array.isArray(error.diagnostics),
);

console.log('smoke cjs ok');
