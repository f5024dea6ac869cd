import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleParseError, normalizeDate, parseArticle, parseArticleOrThrow, urlKey } from '../src/index.js';

// The README's examples are promises to users; this test makes the same calls and checks
// the `//=>` results, and checks the README still shows those calls, so the two cannot drift.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

const seed = [
  ' date 2021-11-02 https://ria.ru/20211102/harbour-1234567890.html',
  '',
  'The harbour reopens to small boats after two months of repairs',
  '',
  'MOSCOW, November 2 – RIA Novosti. The city harbour will reopen to small boats on Friday, the port authority said.',
].join('\n');

describe('README examples', () => {
  it('shows the calls this test checks', () => {
    for (const line of seed.split('\n').filter((l) => l !== '')) expect(readme).toContain(line);
    for (const call of [
      "normalizeDate('2 November 2021');",
      "normalizeDate('2021-02-30');",
      "urlKey('http://www.ria.ru/a/?b=2&a=1');",
      "parseArticleOrThrow('');",
    ]) {
      expect(readme).toContain(call);
    }
  });

  it('parseArticle on the seed document', () => {
    const { article, diagnostics } = parseArticle(seed);
    expect(article?.date).toBe('2021-11-02');
    expect(article?.title).toBe('The harbour reopens to small boats after two months of repairs');
    expect(article?.dateline).toEqual({
      raw: 'MOSCOW, November 2 – RIA Novosti.',
      place: 'MOSCOW',
      agency: 'RIA Novosti',
      date: '2021-11-02',
      yearInferred: true,
    });
    expect(article?.source).toEqual({
      host: 'ria.ru',
      agency: 'RIA Novosti',
      articleId: '1234567890',
      urlDate: '2021-11-02',
      slug: 'harbour',
    });
    expect(diagnostics).toEqual([]);
  });

  it('normalizeDate and urlKey', () => {
    expect(normalizeDate('2 November 2021')).toBe('2021-11-02');
    expect(normalizeDate('2021-02-30')).toBeNull();
    expect(urlKey('http://www.ria.ru/a/?b=2&a=1')).toBe('https://ria.ru/a?a=1&b=2');
  });

  it('parseArticleOrThrow on empty input', () => {
    let caught: unknown = null;
    try {
      parseArticleOrThrow('');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArticleParseError);
    expect((caught as ArticleParseError).diagnostics.map((d) => d.code)).toEqual(['INPUT_EMPTY']);
  });
});
