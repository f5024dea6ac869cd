/**
 * The records `newsdoc` writes for other tools (src/cli/exports.ts), built in-process from
 * parse results (the built command's output is tested in test/dist/exports.test.ts, which
 * the mutation run cannot see): entry records, Dolma documents and ninjs items, field by
 * field, with each optional field present and absent.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';

import { documentId, entryRecords, NINJS_STANDARD, toDolma, toNinjs } from '../../src/cli/exports.js';
import type { Article, CorpusRecord } from '../../src/index.js';
import { parseCorpus } from '../../src/index.js';
import { page, post, TITLE } from '../parse/live-page.js';

const DOC = ' date 2021-11-02 https://ria.ru/20211102/harbour-1234567890.html\n\nHarbour reopens after repairs\n\nMOSCOW, November 2 – RIA Novosti. The harbour reopened on Friday.\n\nMore text follows here today.\n';
const LIVE = `${page('2022-03-10 https://example.com/live/regatta', TITLE, ...post('10:34am:', 'Wind delays the start'), ...post('9:05am:', 'Crowds gather on the pier'))}\n`;

const only = (text: string): CorpusRecord => {
  const [record] = parseCorpus(text);
  if (record === undefined) throw new Error('no record');
  return record;
};
const article = only(DOC);
const live = only(LIVE);
const base = article.article as Article;

/** The record with its article changed. */
const withArticle = (changes: Partial<Record<keyof Article, unknown>>, record: CorpusRecord = article): CorpusRecord => ({
  ...record,
  article: { ...(record.article as Article), ...changes } as Article,
});
const noArticle: CorpusRecord = { index: 4, start: 10, end: 20, ok: false, article: null, diagnostics: [] };
const sha = (key: string): string => createHash('sha256').update(key).digest('hex').slice(0, 32);

describe('entryRecords', () => {
  it('writes none without an article, and none for an ordinary article', () => {
    expect(entryRecords(noArticle, { source: 'a.txt' })).toEqual([]);
    expect(entryRecords(article, { source: 'a.txt' })).toEqual([]);
  });

  it('writes one record per entry, in page order, with its parent and its place', () => {
    const a = live.article as Article;
    expect(a.entries.length).toBe(2);
    const records = entryRecords({ ...live, index: 7 }, { source: 'live.txt', id: 'x1', meta: { lang: 'en' } });
    expect(records).toEqual(
      a.entries.map((e, entry) => ({
        source: 'live.txt',
        id: 'x1',
        meta: { lang: 'en' },
        index: 7,
        entry,
        parent: { url: 'https://example.com/live/regatta', urlKey: a.urlKey, date: '2022-03-10', title: TITLE },
        time: e.time,
        title: e.title,
        body: e.body,
        start: e.start,
        end: e.end,
      })),
    );
    expect(records.map((r) => r.entry)).toEqual([0, 1]);
    expect(records[0]?.title).toBe('Wind delays the start');
  });

  it('writes null for a missing id and meta', () => {
    const [first] = entryRecords(live, { source: '-' });
    expect(first).toMatchObject({ source: '-', id: null, meta: null });
    const [nulls] = entryRecords(live, { source: '-', id: null, meta: null });
    expect(nulls).toMatchObject({ id: null, meta: null });
  });
});

describe('documentId', () => {
  it('hashes the URL key, else the title and body, else the sections, to 32 hex digits', () => {
    expect(documentId(base)).toBe(sha(`url:${base.urlKey ?? ''}`));
    expect(documentId(base)).toMatch(/^[\da-f]{32}$/);
    const noUrl = { ...base, urlKey: null };
    expect(documentId(noUrl)).toBe(sha(`text:${base.title ?? ''}\n\n${base.body ?? ''}`));
    expect(documentId({ ...noUrl, title: null })).toBe(sha(`text:${base.body ?? ''}`));
    expect(documentId({ ...noUrl, body: null })).toBe(sha(`text:${base.title ?? ''}`));
    const bare = { ...noUrl, title: null, body: null };
    expect(documentId(bare)).toBe(sha(`input:${base.sections.map((s) => s.text).join('')}`));
    expect(base.sections.map((s) => s.text).join('')).toBe(DOC);
  });

  it('is the same for two copies of a page with one URL key, whatever their text', () => {
    expect(documentId({ ...base, title: 'Another title' })).toBe(documentId(base));
    expect(documentId({ ...base, urlKey: 'https://ria.ru/other' as Article['urlKey'] })).not.toBe(documentId(base));
  });
});

describe('toDolma', () => {
  it('writes a document with its title and body, and every metadata field', () => {
    const doc = toDolma({ ...article, index: 3 }, { source: 'dump.txt', id: 9, meta: { k: 'v' } });
    expect(doc).toEqual({
      id: documentId(base),
      text: `Harbour reopens after repairs\n\n${base.body ?? ''}`,
      source: 'dump.txt',
      created: '2021-11-02',
      metadata: {
        index: 3,
        start: article.start,
        end: article.end,
        inputId: 9,
        meta: { k: 'v' },
        url: base.url,
        urlKey: base.urlKey,
        date: '2021-11-02',
        published: null,
        title: 'Harbour reopens after repairs',
        language: 'en',
        host: 'ria.ru',
        place: 'MOSCOW',
        agency: 'RIA Novosti',
        entries: 0,
        ok: true,
        diagnostics: [],
      },
    });
  });

  it('writes nothing without an article or without text', () => {
    expect(toDolma(noArticle, { source: 'a' })).toBeNull();
    expect(toDolma(withArticle({ title: null, body: null }), { source: 'a' })).toBeNull();
    expect(toDolma(withArticle({ title: null }), { source: 'a' })?.text).toBe(base.body);
    expect(toDolma(withArticle({ body: null }), { source: 'a' })?.text).toBe(base.title);
  });

  it('takes created from published, else the date, else the URL date, and leaves it out without any', () => {
    const at = (changes: Partial<Record<keyof Article, unknown>>): DolmaCreated => toDolma(withArticle(changes), { source: 'a' })?.created;
    type DolmaCreated = string | undefined;
    expect(at({ published: '2021-11-02T10:41' })).toBe('2021-11-02T10:41');
    expect(at({ date: '2021-11-05' })).toBe('2021-11-05');
    expect(at({ date: null, source: { ...base.source, urlDate: '2021-10-30' } })).toBe('2021-10-30');
    const none = toDolma(withArticle({ date: null, source: null }), { source: 'a' });
    expect(none).not.toHaveProperty('created');
    expect(none?.metadata).toMatchObject({ host: null, agency: 'RIA Novosti', date: null });
  });

  it('writes null metadata for what the document lacks, and the host agency without a dateline', () => {
    const doc = toDolma(withArticle({ dateline: null }), { source: 'a' });
    expect(doc?.metadata).toMatchObject({ inputId: null, meta: null, place: null, agency: 'RIA Novosti' });
    const bare = toDolma(withArticle({ dateline: null, source: null, entries: live.article?.entries }), { source: 'a' });
    expect(bare?.metadata).toMatchObject({ place: null, agency: null, host: null, entries: 2 });
    const datelineAgency = toDolma(withArticle({ dateline: { ...base.dateline, agency: 'Interfax' } }), { source: 'a' });
    expect(datelineAgency?.metadata).toMatchObject({ agency: 'Interfax' });
    const failed = toDolma({ ...article, ok: false, diagnostics: [{ ...(live.diagnostics[0] ?? { code: 'X' }), code: 'DATELINE_MISSING' }] } as CorpusRecord, { source: 'a' });
    expect(failed?.metadata).toMatchObject({ ok: false, diagnostics: ['DATELINE_MISSING'] });
  });
});

describe('toNinjs', () => {
  it('names the ninjs 3.1 standard', () => {
    expect(NINJS_STANDARD).toEqual({ name: 'ninjs', version: '3.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#' });
  });

  it('writes nothing without an article', () => {
    expect(toNinjs(noArticle)).toBeNull();
  });

  it('writes every field the article has', () => {
    const item = toNinjs(withArticle({ lead: 'The lead.', published: '2021-11-02T10:41+03:00', tags: ['ports', 'ferries'] }));
    expect(item).toEqual({
      uri: base.url,
      standard: NINJS_STANDARD,
      type: 'text',
      firstCreated: '2021-11-02T10:41:00+03:00',
      language: 'en',
      headlines: [{ value: 'Harbour reopens after repairs' }],
      descriptions: [{ value: 'The lead.' }],
      bodies: [{ contentType: 'text/plain', value: base.body }],
      located: 'MOSCOW',
      infoSources: [{ name: 'RIA Novosti' }],
      subjects: [{ name: 'ports' }, { name: 'ferries' }],
    });
  });

  it('leaves out every field the article lacks', () => {
    const item = toNinjs(withArticle({ url: null, language: null, title: null, lead: null, body: null, dateline: null, source: null, tags: [], published: null }));
    expect(item).toEqual({ uri: `urn:newsdoc:${documentId({ ...base, url: null, title: null, body: null })}`, standard: NINJS_STANDARD, type: 'text' });
  });

  it('lists the dateline and host agencies once each, the dateline first', () => {
    const two = toNinjs(withArticle({ dateline: { ...base.dateline, agency: 'Interfax' } }));
    expect(two?.['infoSources']).toEqual([{ name: 'Interfax' }, { name: 'RIA Novosti' }]);
    const hostOnly = toNinjs(withArticle({ dateline: { ...base.dateline, agency: null } }));
    expect(hostOnly?.['infoSources']).toEqual([{ name: 'RIA Novosti' }]);
    const datelineOnly = toNinjs(withArticle({ source: { ...base.source, agency: null } }));
    expect(datelineOnly?.['infoSources']).toEqual([{ name: 'RIA Novosti' }]);
    const none = toNinjs(withArticle({ dateline: null, source: { ...base.source, agency: null } }));
    expect(none).not.toHaveProperty('infoSources');
  });

  it('leaves out located for a dateline without a place', () => {
    expect(toNinjs(withArticle({ dateline: { ...base.dateline, place: null } }))).not.toHaveProperty('located');
    expect(toNinjs(withArticle({ dateline: { ...base.dateline, place: '' } }))).not.toHaveProperty('located');
  });

  it('writes firstCreated only for a published time with an offset, with seconds', () => {
    const created = (published: string | null): unknown => toNinjs(withArticle({ published }))?.['firstCreated'];
    expect(created('2021-11-02T10:41+03:00')).toBe('2021-11-02T10:41:00+03:00');
    expect(created('2021-11-02T10:41-05:30')).toBe('2021-11-02T10:41:00-05:30');
    expect(created('2021-11-02T10:41:07+00:00')).toBe('2021-11-02T10:41:07+00:00');
    expect(created('2021-11-02T10:41:07.250+01:00')).toBe('2021-11-02T10:41:07.250+01:00');
    expect(created('2021-11-02T10:41:07')).toBeUndefined();
    expect(created('2021-11-02T10:41')).toBeUndefined();
    expect(created('2021-11-02')).toBeUndefined();
    expect(created(null)).toBeUndefined();
    // Only a stamp as newsdoc writes it, whole.
    expect(created('x2021-11-02T10:41+03:00')).toBeUndefined();
    expect(created('2021-11-02T10:41+03:00x')).toBeUndefined();
    expect(created('2021-11-02T10:41:07.+03:00')).toBeUndefined();
    expect(created('2021-11-02T10:41+0300')).toBeUndefined();
    expect(created('21-11-02T10:41+03:00')).toBeUndefined();
    expect(created('2021-11-02T1:41+03:00')).toBeUndefined();
    expect(created('2021-11-02T10:41:7+03:00')).toBeUndefined();
  });

  it('uses an ASCII URL as it is, escapes an IRI, and names an item without a usable URL by its id', () => {
    const uri = (url: string | null): unknown => toNinjs(withArticle({ url }))?.['uri'];
    const plain = "https://example.com/a_b-c.d~e/f?g=h&i=j;k+l,m*n!o$p'q(r)s:t@u[v]#w%20x";
    expect(uri(plain)).toBe(plain);
    expect(uri('HTTP://EXAMPLE.COM/A')).toBe('HTTP://EXAMPLE.COM/A');
    expect(uri('urn:isbn:0451450523')).toBe('urn:isbn:0451450523');
    expect(uri('svn+ssh.1-x:path')).toBe('svn+ssh.1-x:path');
    expect(uri('https://example.com/новости')).toBe('https://example.com/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8');
    expect(uri('https://пример.рф/')).toBe('https://xn--e1afmkfd.xn--p1ai/');
    expect(uri('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(uri('https://example.com/"q"<x>')).toBe('https://example.com/%22q%22%3Cx%3E');
    expect(uri('https://example.com/a{b}')).toBe('https://example.com/a%7Bb%7D');
    const id = `urn:newsdoc:${documentId(base)}`;
    // Not read by the WHATWG parser, and not ASCII: the id.
    expect(uri('no url ü')).toBe(id);
    expect(uri('ü:x')).toBe(id);
    // A scheme that starts with a digit is no scheme.
    expect(uri('1ab:x y')).toBe(id);
    expect(uri('https://a b/')).toBe(id);
    expect(uri(null)).toBe(id);
    // ASCII but no URI (no scheme, or nothing after it): WHATWG reads neither either.
    expect(uri('example.com/a')).toBe(id);
    expect(uri('mailto:')).toBe(id);
    expect(uri(':x')).toBe(id);
  });
});
