// Imports the BUILT package by its own name (package self-reference through `exports`),
// exactly as a user's ESM code would, and checks that the public entry points work.
// Run after `npm run build`: `node test/dist/smoke.mjs`.
import assert from 'node:assert/strict';
import { ArticleParseError, normalizeDate, normalizeUrl, parseArticle, parseArticleOrThrow, urlKey } from 'newsdoc';

// A seed-shaped document of our own wording (header, blank, headline, blank, dateline + body).
const seed = [
  ' date 2021-11-02 https://ria.ru/20211102/bridge-1234567890.html',
  '',
  'Talks on a second river bridge will resume next week, the governor said',
  '',
  'MOSCOW, November 2 – RIA Novosti. Talks on a second bridge across the river will resume next week, the regional governor told reporters on Tuesday.',
  '',
].join('\n');

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

console.log('smoke esm ok');
