/**
 * The output record of `newsdoc` and its NDJSON line (src/cli/record.ts), in-process: what
 * the record keeps of a parse result with each shape, and which characters a line escapes.
 */
import { describe, expect, it } from 'vitest';

import { ndjsonLine, toRecord } from '../../src/cli/record.js';
import type { Article, CorpusRecord } from '../../src/index.js';
import { parseCorpus } from '../../src/index.js';

const DOC = ' date 2021-11-02 https://ria.ru/20211102/harbour-1234567890.html\n\nHarbour reopens after repairs\n\nMOSCOW, November 2 – RIA Novosti. The harbour reopened on Friday.\n';
const [parsed] = parseCorpus(`${DOC}\n${DOC}`).slice(1) as [CorpusRecord];
const a = parsed.article as Article;

describe('toRecord', () => {
  it('keeps the place, the verdict and the diagnostics, and the article without its sections', () => {
    const { sections, ...rest } = a;
    expect(sections.length).toBeGreaterThan(0);
    expect(parsed.index).toBe(1);
    expect(toRecord(parsed, { source: 'd.txt' })).toEqual({
      source: 'd.txt',
      id: null,
      meta: null,
      index: 1,
      start: parsed.start,
      end: parsed.end,
      ok: true,
      article: rest,
      diagnostics: parsed.diagnostics,
    });
    expect(toRecord(parsed, { source: 'd.txt' }, { sections: false }).article).not.toHaveProperty('sections');
  });

  it('keeps the id and the meta of a JSON-lines record', () => {
    expect(toRecord(parsed, { source: '-', id: 'n1', meta: { lang: 'en' } })).toMatchObject({ id: 'n1', meta: { lang: 'en' } });
    expect(toRecord(parsed, { source: '-', id: 0, meta: null })).toMatchObject({ id: 0, meta: null });
  });

  it('keeps the sections when asked, last', () => {
    const record = toRecord(parsed, { source: '-' }, { sections: true });
    expect(record.article).toEqual(a);
    expect(Object.keys(record.article ?? {}).at(-1)).toBe('sections');
  });

  it('keeps only the fields asked for, in the order asked, sections only with --sections', () => {
    expect(toRecord(parsed, { source: '-' }, { fields: ['url', 'date'] }).article).toEqual({ url: a.url, date: a.date });
    expect(Object.keys(toRecord(parsed, { source: '-' }, { fields: ['url', 'date'] }).article ?? {})).toEqual(['url', 'date']);
    expect(toRecord(parsed, { source: '-' }, { fields: ['title', 'sections'] }).article).toEqual({ title: a.title });
    expect(toRecord(parsed, { source: '-' }, { fields: ['title', 'sections'], sections: true }).article).toEqual({ title: a.title, sections: a.sections });
    expect(toRecord(parsed, { source: '-' }, { fields: [] }).article).toEqual({});
  });

  it('writes a null article for a record without one, whatever the shape', () => {
    const none: CorpusRecord = { ...parsed, ok: false, article: null };
    expect(toRecord(none, { source: '-' }, { fields: ['url'], sections: true })).toMatchObject({ ok: false, article: null });
  });
});

describe('ndjsonLine', () => {
  it('writes the value as JSON on one line, ended by a line feed', () => {
    expect(ndjsonLine({ a: [1, 'b\nc'] })).toBe('{"a":[1,"b\\nc"]}\n');
    expect(ndjsonLine(null)).toBe('null\n');
  });

  it('escapes U+2028, U+2029 and NEL, every one, and nothing else', () => {
    expect(ndjsonLine('a\u2028b\u2029c\u0085d\u2028')).toBe('"a\\u2028b\\u2029c\\u0085d\\u2028"\n');
    expect(ndjsonLine('é\u00a0\u2027\u202a')).toBe('"é\u00a0\u2027\u202a"\n');
  });
});
