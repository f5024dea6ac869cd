// Run by test/dist/package.mjs inside a temporary project that installed the packed tarball:
// the package as a CommonJS user gets it, from node_modules, through `require`.
'use strict';
const assert = require('node:assert/strict');
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

async function main() {
  const { DOC, EXPECTED } = await import('./doc.mjs');
  for (const entry of ['newsdoc', 'newsdoc/node']) {
    assert.match(require.resolve(entry), /\/node_modules\/newsdoc\/dist\/(node\/)?index\.cjs$/, entry);
  }
  const { ArticleParseError, isArticleParseError, normalizeDate, parseArticle, parseArticleOrThrow } = require('newsdoc');
  const { parseFiles } = require('newsdoc/node');

  const { article } = parseArticle(DOC);
  assert.deepEqual({ date: article?.date, url: article?.url, title: article?.title }, EXPECTED);
  assert.equal(normalizeDate('2 November 2021'), '2021-11-02');
  assert.throws(() => parseArticleOrThrow(''), (error) => error instanceof ArticleParseError && isArticleParseError(error));

  // Inside the temporary project, which test/dist/package.mjs removes.
  const dir = join(process.cwd(), 'cjs-files');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.txt'), DOC);
  const records = [];
  for await (const record of parseFiles([dir])) records.push(record);
  assert.equal(records.length, 1);
  assert.equal(records[0].source, join(dir, 'a.txt'));
  assert.equal(records[0].article?.title, EXPECTED.title);

  for (const name of ['article', 'parse-result', 'record']) {
    assert.equal(require(`newsdoc/schema/${name}.json`).$id, `https://newsdoc.dev/schema/${name}.json`);
  }
  assert.equal(require('newsdoc/package.json').name, 'newsdoc');
  console.log('consumer require ok');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
