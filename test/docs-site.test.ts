/**
 * scripts/check-site.mjs, which `npm run docs` runs over the site typedoc wrote: it finds
 * every kind of broken link and every way the site can differ from what the docs promise.
 * Each case breaks one thing in a small site made here, so the check is seen to fail.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_FIELDS } from '../src/cli/args.js';
import { brokenLinks, expectedShape, shapeProblems, type ExpectedShape } from '../scripts/check-site.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'newsdoc-site-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const expected: ExpectedShape = {
  readmeHeadings: ['newsdoc', 'Install', 'The Article'],
  articleFields: ['date', 'dateRaw', 'title'],
  guides: ['Getting started', 'Dates'],
};

const encoded = (value: unknown): string => `window.data = "${deflateSync(Buffer.from(JSON.stringify(value))).toString('base64')}"`;

/** A small site in the shape typedoc writes, with `changes` (file → text, or null to delete) applied. */
function site(name: string, changes: Record<string, string | null> = {}): string {
  const files: Record<string, string | null> = {
    'index.html': '<h1 id="newsdoc">newsdoc</h1><h2 id="install">Install</h2><h2 id="the-article"><code>The</code> Article</h2><a href="documents/guides.Dates.html#year-rule">dates</a><a href="#install">here</a><a href="https://example.com/x">out</a><a href="">self</a>',
    'modules/index.html': '<h2 class="tsd-anchor-link" id="functions">Functions<a></a></h2><h2 id="interfaces">Interfaces</h2><h2 id="type-aliases">Type Aliases</h2><a href="../interfaces/index.Article.html#title">title</a>',
    'interfaces/index.Article.html':
      '<a href="#date">date</a><a href="#title">title</a><section class="tsd-member"><a id="date"></a></section><section class="tsd-member"><a id="dateraw"></a></section><section><a id="title"></a></section><img src="../assets/logo.svg">',
    'documents/guides.Getting_started.html': '<h1 id="getting-started">Getting started</h1><use href="../assets/icons.svg#icon-anchor"></use>',
    'documents/guides.Dates.html': '<h1 id="dates">Dates</h1><h2 id="year-rule">The year rule</h2><a href="../#install">the README</a>',
    'assets/logo.svg': '<svg></svg>',
    'assets/icons.svg': '<svg><g id="icon-anchor"></g></svg>',
    'assets/navigation.js': encoded([{ text: 'index', path: 'modules/index.html', children: [{ text: 'Article', path: 'interfaces/index.Article.html' }] }]),
    'assets/search.js': encoded({ rows: [{ name: 'Article', url: 'interfaces/index.Article.html' }, { name: 'title', url: 'interfaces/index.Article.html#title' }] }),
    ...changes,
  };
  const dir = join(scratch, name);
  for (const [file, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

describe('check-site: links', () => {
  it('finds nothing wrong in a sound site', () => {
    const dir = site('sound');
    expect(brokenLinks(dir)).toEqual([]);
    expect(shapeProblems(dir, expected)).toEqual([]);
  });

  it('finds a link to a missing page, a missing anchor in another page and in the same page', () => {
    const dir = site('broken', {
      'documents/guides.Getting_started.html': '<h1>Getting started</h1><a href="guides.Missing.html">x</a><a href="guides.Dates.html#no-such">y</a><a href="#nowhere">z</a>',
    });
    expect(brokenLinks(dir)).toEqual([
      'documents/guides.Getting_started.html: guides.Missing.html (no such file)',
      'documents/guides.Getting_started.html: guides.Dates.html#no-such (no anchor #no-such in documents/guides.Dates.html)',
      'documents/guides.Getting_started.html: #nowhere (no anchor #nowhere in documents/guides.Getting_started.html)',
    ]);
  });

  it('finds a missing image, a missing sprite symbol and a link out of the site', () => {
    const dir = site('assets', {
      'assets/logo.svg': null,
      'documents/guides.Dates.html': '<h1>Dates</h1><use href="../assets/icons.svg#icon-gone"></use><a href="../../README.md">up</a><a href="../#usage">readme</a><a href="../assets/">dir</a>',
    });
    expect(brokenLinks(dir)).toEqual([
      'documents/guides.Dates.html: ../assets/icons.svg#icon-gone (no anchor #icon-gone in assets/icons.svg)',
      'documents/guides.Dates.html: ../../README.md (points outside the site)',
      'documents/guides.Dates.html: ../#usage (no anchor #usage in index.html)',
      'documents/guides.Dates.html: ../assets/ (no such file)',
      'index.html: documents/guides.Dates.html#year-rule (no anchor #year-rule in documents/guides.Dates.html)',
      'interfaces/index.Article.html: ../assets/logo.svg (no such file)',
    ]);
  });

  it('finds broken paths in the navigation and the search index', () => {
    const dir = site('data', {
      'assets/navigation.js': encoded([{ text: 'index', path: 'modules/index.html', children: [{ text: 'Gone', path: 'interfaces/index.Gone.html' }] }]),
      'assets/search.js': encoded({ rows: [{ name: 'title', url: 'interfaces/index.Article.html#headline' }] }),
    });
    expect(brokenLinks(dir)).toEqual([
      'assets/navigation.js: interfaces/index.Gone.html (no such file)',
      'assets/search.js: interfaces/index.Article.html#headline (no anchor #headline in interfaces/index.Article.html)',
    ]);
  });
});

describe('check-site: the shape the docs promise', () => {
  it('a front page that is not the README', () => {
    const dir = site('no-readme', { 'index.html': '<h1>newsdoc</h1><h2>Modules</h2>' });
    expect(shapeProblems(dir, expected)).toEqual(['index.html does not show the README (headings missing: Install, The Article)']);
  });

  it('types listed before functions', () => {
    const dir = site('types-first', { 'modules/index.html': '<h2 id="interfaces">Interfaces</h2><h2 id="functions">Functions</h2>' });
    expect(shapeProblems(dir, expected)).toEqual(['modules/index.html: Interfaces are listed before Functions']);
  });

  it("Article's fields in another order than the source's", () => {
    const dir = site('alphabetical', {
      'interfaces/index.Article.html': '<section><a id="date"></a></section><section><a id="dateraw"></a></section><section><a id="title"></a></section>',
    });
    expect(shapeProblems(dir, { ...expected, articleFields: ['date', 'title', 'dateRaw'] })).toEqual([
      "Article's fields are shown as date, dateRaw, title; the source has date, title, dateRaw",
    ]);
  });

  it('a guide without a page', () => {
    const dir = site('no-guide', { 'documents/guides.Dates.html': null, 'index.html': '<h1>newsdoc</h1><h2>Install</h2><h2>The Article</h2>' });
    expect(shapeProblems(dir, expected)).toEqual(['no page for the guide "Dates"']);
  });
});

describe('check-site: what it expects of this repository', () => {
  it("reads Article's fields in their source order", () => {
    // The command's --fields list is written out by hand in the same order: two sources agree.
    expect(expectedShape().articleFields).toEqual(ARTICLE_FIELDS);
  });

  it('reads the README headings and a title for every guide', () => {
    const shape = expectedShape();
    expect(shape.readmeHeadings[0]).toBe('newsdoc');
    expect(shape.guides).toContain('Getting started');
    expect(shape.guides.every((g) => g !== '')).toBe(true);
  });
});
