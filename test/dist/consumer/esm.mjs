// Run by test/dist/package.mjs inside a temporary project that installed the packed tarball:
// the package as an ESM user gets it, from node_modules, through `import`.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleParseError, isArticleParseError, normalizeDate, parseArticle, parseArticleOrThrow } from 'newsdoc';
import { parseFiles } from 'newsdoc/node';
import pkg from 'newsdoc/package.json' with { type: 'json' };
import articleSchema from 'newsdoc/schema/article.json' with { type: 'json' };
import { DOC, EXPECTED } from './doc.mjs';

// The installed copy is what is under test, not the repository's dist/ through self-reference.
for (const entry of ['newsdoc', 'newsdoc/node']) {
  assert.match(import.meta.resolve(entry), /\/node_modules\/newsdoc\/dist\/(node\/)?index\.js$/, entry);
}

const { article } = parseArticle(DOC);
assert.deepEqual({ date: article?.date, url: article?.url, title: article?.title }, EXPECTED);
assert.equal(normalizeDate('2 November 2021'), '2021-11-02');
assert.throws(() => parseArticleOrThrow(''), (error) => error instanceof ArticleParseError && isArticleParseError(error));

// Inside the temporary project, which test/dist/package.mjs removes.
const dir = join(process.cwd(), 'esm-files');
mkdirSync(dir);
writeFileSync(join(dir, 'a.txt'), DOC);
const records = [];
for await (const record of parseFiles([dir])) records.push(record);
assert.equal(records.length, 1);
assert.equal(records[0].source, join(dir, 'a.txt'));
assert.equal(records[0].article?.title, EXPECTED.title);

assert.equal(articleSchema.$id, 'https://newsdoc.dev/schema/article.json');
assert.equal(pkg.name, 'newsdoc');
console.log('consumer import ok');
