// The checks both smoke tests run against the BUILT package, whichever way it was loaded
// (`import` in smoke.mjs, `require` in smoke.cjs): the public entry points work, and every
// fixture parses to its expected result, so the bundle behaves exactly like the sources.
'use strict';
const assert = require('node:assert/strict');
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parseFixture, withRightValues } = require('../../scripts/fixture-mode.cjs');

// A seed-shaped document of our own wording.
const SEED = [
  ' date 2021-11-02 https://ria.ru/20211102/bridge-1234567890.html',
  '',
  'Talks on a second river bridge will resume next week, the governor said',
  '',
  'MOSCOW, November 2 – RIA Novosti. Talks on a second bridge across the river will resume next week, the regional governor told reporters on Tuesday.',
  '',
].join('\n');

/**
 * @param {Record<string, any>} api - The loaded package.
 * @param {string} how - `esm` or `cjs`, for the report line.
 */
function checkPackage(api, how) {
  for (const lineEnd of ['\n', '\r\n']) {
    const { article } = api.parseArticle(SEED.replaceAll('\n', lineEnd));
    assert.ok(article, 'parseArticle returned no article for the seed document');
    assert.equal(article.date, '2021-11-02');
    assert.equal(article.dateline.place, 'MOSCOW');
    assert.equal(article.source.articleId, '1234567890');
  }
  assert.equal(api.normalizeDate('2 November 2021'), '2021-11-02');
  assert.equal(api.normalizeUrl('HTTPS://RIA.ru:443/a#top'), 'https://ria.ru/a');
  assert.equal(api.urlKey('http://www.ria.ru/a/?b=2&a=1'), 'https://ria.ru/a?a=1&b=2');
  assert.throws(
    () => api.parseArticleOrThrow(''),
    (error) => error instanceof api.ArticleParseError && error instanceof Error && Array.isArray(error.diagnostics),
  );

  const dir = join(__dirname, '..', '..', 'fixtures');
  const cases = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  assert.ok(cases.length >= 15, 'fixtures are missing');
  for (const file of cases) {
    const text = readFileSync(join(dir, file), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.json')), 'utf8'));
    const got = parseFixture(api, file.replace(/\.txt$/, ''), text);
    const json = JSON.parse(JSON.stringify(got, (key, value) => (key === 'message' ? undefined : value)));
    assert.deepStrictEqual(json, withRightValues(expected), `${how}: ${file} differs from its .json`);
  }
  console.log(`smoke ${how} ok (${cases.length} fixtures)`);
}

module.exports = { checkPackage };
