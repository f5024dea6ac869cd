/**
 * The orchestrator's behaviours a mutation run (issue 13) found untested: what each stage
 * leaves when it fails (every stage is made to, on purpose, one at a time), the size
 * limit and its boundary, the two kinds of input without an article, and what is passed
 * from one stage to the next (the URL's date, the first unit's place, the repair option).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({ failing: '' }));

/** Makes `name` of a module throw while `state.failing` names it. */
function failing<T extends Record<string, unknown>>(original: T, names: readonly string[]): T {
  const out: Record<string, unknown> = { ...original };
  for (const name of names) {
    const fn = original[name] as (...args: unknown[]) => unknown;
    out[name] = (...args: unknown[]) => {
      if (state.failing === name) throw new Error(`${name} made to fail`);
      return fn(...args);
    };
  }
  return out as T;
}

vi.mock('../../src/internal/report.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/internal/report.js')>();
  // A reporter that fails to finish a document of more than one line (the fallback's own finish has one).
  class Reporter extends original.Reporter {
    override finish(lineStarts: readonly number[]): ReturnType<InstanceType<typeof original.Reporter>['finish']> {
      if (state.failing === 'finish' && lineStarts.length > 1) throw new Error('finish made to fail');
      return super.finish(lineStarts);
    }
  }
  return { ...original, Reporter };
});
vi.mock('../../src/parse/header.js', async (importOriginal) => failing(await importOriginal<Record<string, unknown>>(), ['readHeader']));
vi.mock('../../src/parse/page.js', async (importOriginal) => failing(await importOriginal<Record<string, unknown>>(), ['pageUnits', 'layoutPage']));
vi.mock('../../src/parse/url.js', async (importOriginal) => failing(await importOriginal<Record<string, unknown>>(), ['readUrl']));
vi.mock('../../src/parse/boilerplate.js', async (importOriginal) => failing(await importOriginal<Record<string, unknown>>(), ['listedUnits']));
vi.mock('../../src/parse/dateline.js', async (importOriginal) => failing(await importOriginal<Record<string, unknown>>(), ['readDateline']));
vi.mock('../../src/parse/body.js', async (importOriginal) => failing(await importOriginal<Record<string, unknown>>(), ['readBody']));
vi.mock('../../src/parse/entries.js', async (importOriginal) => failing(await importOriginal<Record<string, unknown>>(), ['readEntries']));
vi.mock('../../src/parse/language.js', async (importOriginal) => failing(await importOriginal<Record<string, unknown>>(), ['readLanguage']));
vi.mock('../../src/parse/date-evidence.js', async (importOriginal) => failing(await importOriginal<Record<string, unknown>>(), ['readDates']));
vi.mock('../../src/parse/sections.js', async (importOriginal) => failing(await importOriginal<Record<string, unknown>>(), ['buildSections']));

const { parseArticle, parseArticleOrThrow, parseCorpus, ArticleParseError } = await import('../../src/index.js');
const { dateEvidence } = await import('../../src/parse/date-evidence.js');

afterEach(() => {
  state.failing = '';
});

const URL = 'https://ria.ru/20211102/port-1234500010.html';
const TITLE = 'Harbour reopens after winter repairs';
const BODY = 'KAZAN, November 2 – RIA Novosti. The river harbour reopened to small boats on Tuesday after the winter repairs.';
const DOC = ` date 2021-11-02 ${URL}\n\n${TITLE}\n\n${BODY}\n`;
const internal = (r: ReturnType<typeof parseArticle>): [string, number][] =>
  r.diagnostics.filter((d) => d.code === 'INTERNAL_ERROR').map((d) => [d.severity, d.start.offset]);

describe('a stage that fails', () => {
  it('reads the whole document when none does', () => {
    const { ok, article } = parseArticle(DOC);
    expect(ok).toBe(true);
    expect([article?.date, article?.url, article?.title, article?.body, article?.dateline?.place, article?.language]).toEqual(['2021-11-02', URL, TITLE, BODY, 'KAZAN', 'en']);
    expect(article?.urlKey).not.toBeNull();
  });

  it('header: no date, the rest read', () => {
    state.failing = 'readHeader';
    const r = parseArticle(DOC);
    expect(internal(r)).toEqual([['error', 0]]);
    expect([r.article?.date, r.article?.dateRaw, r.article?.time]).toEqual([null, null, null]);
    expect(r.article?.body).toBe(BODY);
  });

  it('page units: no title and no body, the header read', () => {
    state.failing = 'pageUnits';
    const r = parseArticle(DOC);
    expect(internal(r)).toEqual([['error', 0]]);
    expect([r.article?.date, r.article?.title, r.article?.body]).toEqual(['2021-11-02', null, null]);
    expect(r.article?.paragraphs).toEqual([]);
  });

  it('URL: no URL, key or source, the text read', () => {
    state.failing = 'readUrl';
    const r = parseArticle(DOC);
    expect(internal(r)).toEqual([['error', 0]]);
    expect([r.article?.url, r.article?.urlRaw, r.article?.urlKey, r.article?.source]).toEqual([null, null, null, null]);
    expect(r.article?.title).toBe(TITLE);
  });

  it('boilerplate: the profile is not used, the text read', () => {
    const profile = { version: 1 as const, hosts: { 'ria.ru': { documents: 30, lines: { [TITLE.toLowerCase()]: 9 } } } };
    expect(parseArticle(DOC, { boilerplate: profile }).article?.title).toBeNull();
    const r = parseArticle(DOC, { boilerplate: profile });
    expect(internal(r)).toEqual([]);
    const at = DOC.indexOf(TITLE);
    expect(r.diagnostics.filter((d) => d.code === 'BOILERPLATE_LINE').map((d) => [d.start.offset, d.end.offset])).toEqual([[at, at + TITLE.length]]);
    state.failing = 'listedUnits';
    const failed = parseArticle(DOC, { boilerplate: profile });
    expect(internal(failed)).toEqual([['error', 0]]);
    expect(failed.article?.title).toBe(TITLE);
    expect(failed.diagnostics.map((d) => d.code)).not.toContain('BOILERPLATE_LINE');
  });

  it('layout: no title and no body, the header and URL read', () => {
    state.failing = 'layoutPage';
    const r = parseArticle(DOC);
    expect(internal(r)).toEqual([['error', 0]]);
    expect([r.article?.url, r.article?.title, r.article?.body]).toEqual([URL, null, null]);
  });

  it('dateline: no dateline, the body read', () => {
    state.failing = 'readDateline';
    const r = parseArticle(DOC);
    expect(internal(r)).toEqual([['error', 0]]);
    expect(r.article?.dateline).toBeNull();
    expect(r.article?.body).toBe(BODY);
  });

  it('body: no body and no paragraphs, the title read', () => {
    state.failing = 'readBody';
    const r = parseArticle(DOC);
    expect(internal(r)).toEqual([['error', 0]]);
    expect([r.article?.body, r.article?.title]).toEqual([null, TITLE]);
    expect(r.article?.paragraphs).toEqual([]);
    expect(r.article?.sections.map((s) => s.kind)).not.toContain('body');
    let at = 0;
    for (const s of r.article?.sections ?? []) {
      expect([s.start, s.text]).toEqual([at, DOC.slice(s.start, s.end)]);
      at = s.end;
    }
    expect(at).toBe(DOC.length);
  });

  it('entries: no entries', () => {
    state.failing = 'readEntries';
    const r = parseArticle(DOC);
    expect(internal(r)).toEqual([['error', 0]]);
    expect(r.article?.entries).toEqual([]);
    expect(r.article?.body).toBe(BODY);
  });

  it('language: language and basis null', () => {
    state.failing = 'readLanguage';
    const r = parseArticle(DOC);
    expect(internal(r)).toEqual([['error', 0]]);
    expect(r.article?.language).toBeNull();
    expect(r.article?.languageBasis).toBeNull();
  });

  it('dates: the header date alone as evidence', () => {
    state.failing = 'readDates';
    const r = parseArticle(DOC);
    expect(internal(r)).toEqual([['error', 0]]);
    expect(r.article?.dates).toEqual(dateEvidence('2021-11-02' as never, null, null, null));
  });

  it('sections: one chrome section over the whole input', () => {
    state.failing = 'buildSections';
    const r = parseArticle(DOC);
    expect(internal(r)).toEqual([['error', 0]]);
    expect(r.article?.sections).toEqual([{ kind: 'chrome', text: DOC, start: 0, end: DOC.length }]);
  });
});

describe('a failure between the stages', () => {
  it('gives no article and one INTERNAL_ERROR at the start', () => {
    state.failing = 'finish';
    const r = parseArticle(DOC);
    expect([r.ok, r.article]).toEqual([false, null]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.start.offset, d.start.line])).toEqual([['INTERNAL_ERROR', 'error', 0, 1]]);
  });
});

describe('the size limit', () => {
  it('takes only a whole number', () => {
    expect(() => parseArticle(DOC, { maxDocumentSize: 100.5 })).toThrow(RangeError);
    expect(() => parseArticle(DOC, { maxDocumentSize: 0 })).toThrow(RangeError);
  });

  it('parses a document exactly as long as the limit, and refuses a longer one whole', () => {
    expect(parseArticle(DOC, { maxDocumentSize: DOC.length }).article?.title).toBe(TITLE);
    const r = parseArticle(DOC, { maxDocumentSize: DOC.length - 1 });
    expect([r.ok, r.article]).toEqual([false, null]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.start, d.end])).toEqual([
      ['DOCUMENT_TOO_LARGE', 'error', { line: 1, column: 1, offset: 0 }, { line: 6, column: 1, offset: DOC.length }],
    ]);
  });

  it('is 16 Mi code units by default', () => {
    const big = ` date 2021-11-02\n\n${'x'.repeat(16 * 1024 * 1024)}`;
    expect(parseArticle(big).diagnostics.map((d) => d.code)).toEqual(['DOCUMENT_TOO_LARGE']);
  });
});

describe('inputs without an article', () => {
  it.each([
    ['', 'INPUT_EMPTY'],
    [' \n\t\r\n ', 'INPUT_EMPTY'],
    ['— … ·\n-', 'INPUT_NOT_ARTICLE'],
  ])('%j: no article, %s over the whole input', (text, code) => {
    const r = parseArticle(text);
    expect([r.ok, r.article]).toEqual([false, null]);
    expect(r.diagnostics.filter((d) => d.code.startsWith('INPUT_')).map((d) => [d.code, d.start.offset, d.end.offset])).toEqual([[code, 0, text.length]]);
  });

  it('keeps the scan diagnostics of an input without words', () => {
    const text = '\r\n— …';
    expect(parseArticle(text).diagnostics.map((d) => d.code)).toEqual(['INPUT_LINE_ENDINGS', 'INPUT_NOT_ARTICLE']);
  });
});

describe('what the stages pass on', () => {
  it("gives a year-less stamp the URL's date when the header has none", () => {
    const text = 'https://example.com/news/2024/03/05/parliament-1234500034.html\n\nRegional parliament to meet on Friday\n5 Mar. 14:30\n\nThe regional parliament will meet on Friday to discuss the budget, its speaker said.\n';
    const r = parseArticle(text);
    expect(r.article?.published?.slice(0, 16)).toBe('2024-03-05T14:30');
    expect(r.diagnostics.map((d) => d.code)).toContain('TIMESTAMP_YEAR_INFERRED');
    expect(r.diagnostics.map((d) => d.code)).not.toContain('TIMESTAMP_NO_YEAR');
  });

  it('reads a header alone without a failing stage, the missing parts at the end', () => {
    const text = ` date 2021-11-02 ${URL}\n`;
    const r = parseArticle(text);
    expect(internal(r)).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.start.offset])).toEqual([
      ['LANGUAGE_UNKNOWN', 0],
      ['TITLE_MISSING', text.length - 1],
      ['BODY_MISSING', text.length],
    ]);
    expect(r.article?.dates).toEqual({ header: '2021-11-02', url: '2021-11-02', dateline: null, published: null, agreement: 'agree' });
  });

  it('reads a document without a header, its title included', () => {
    const r = parseArticle(`${TITLE}\n\n${BODY}\n`);
    expect(internal(r)).toEqual([]);
    expect([r.article?.date, r.article?.title, r.article?.body]).toEqual([null, TITLE, BODY]);
  });

  it("adds the corpus splitter's own diagnostics to a document's", () => {
    const text = ` date 2021-11-02\n\nOne text here.\n\nhttps://ria.ru/b-2345678.html\n\nTwo text here.\n`;
    const at = text.indexOf('https://');
    const second = parseCorpus(text)[1];
    expect(second?.diagnostics.filter((d) => d.code === 'CORPUS_SPLIT_URL').map((d) => [d.start.offset, d.end.offset])).toEqual([[at, at + 'https://ria.ru/b-2345678.html'.length]]);
  });

  it('uses a profile on a page without a URL, whose host is unknown', () => {
    const profile = { version: 1 as const, hosts: { 'ria.ru': { documents: 30, lines: { [TITLE.toLowerCase()]: 9 } } } };
    const r = parseArticle(` date 2021-11-02\n\n${TITLE}\n\n${BODY}\n`, { boilerplate: profile });
    expect(internal(r)).toEqual([]);
    expect(r.article?.title).toBe(TITLE);
  });

  it("reads Sputnik's description under the headline as the lead, and no other host's", () => {
    const page = (host: string): string =>
      ` date 2021-10-27 https://${host}/20211027/ice-melt-in-the-north-sea-1090123456.html\n\nScientists Report Record Ice Melt in Northern Sea\n\nPolar researchers recorded the fastest summer ice melt in four decades, the institute said on Wednesday.\n\n2021-10-27T13:02+0000\n\nThe expedition returned to port last week after two months at sea, its leader told reporters.\n`;
    expect(parseArticle(page('sputniknews.com')).article?.lead).toBe('Polar researchers recorded the fastest summer ice melt in four decades, the institute said on Wednesday.');
    expect(parseArticle(page('example.com')).article?.lead).toBeNull();
  });

  it('places an unknown language at the first unit', () => {
    const text = ` date 2021-11-02 ${URL}\n\nZzq xxv\n\nQwx zzv bbq.\n`;
    const r = parseArticle(text);
    expect(r.diagnostics.filter((d) => d.code === 'LANGUAGE_UNKNOWN').map((d) => d.start.offset)).toEqual([text.indexOf('Zzq')]);
  });

  it('repairs nothing by default, and what is safe on request', () => {
    const text = ` date 2021-11-02 ${URL}\n\n${TITLE}\n\nKAZAN, November 2 – RIA Novosti. The harbour reopened.Small boats came first.\n`;
    expect(parseArticle(text).article?.body).toContain('reopened.Small');
    expect(parseArticle(text, { repair: 'none' }).article?.body).toContain('reopened.Small');
    expect(parseArticle(text, { repair: 'safe' }).article?.body).toContain('reopened. Small');
  });

  it('is ok with diagnostics short of an error, not ok with an error', () => {
    const warned = parseArticle(` date 2021-11-02 ${URL}\n${TITLE}\n\n${BODY}\n`);
    expect(warned.diagnostics.map((d) => d.code)).toContain('HEADER_NO_BLANK_LINE');
    expect(warned.diagnostics.map((d) => d.severity)).not.toContain('error');
    expect(warned.ok).toBe(true);
    const failed = parseArticle(`${TITLE}\n\n${BODY}\n`);
    expect(failed.diagnostics.map((d) => d.code)).toContain('HEADER_MISSING');
    expect(failed.ok).toBe(false);
    expect(failed.article?.body).toBe(BODY);
  });
});

describe('parseArticleOrThrow', () => {
  it('returns the article, throws ArticleParseError with every diagnostic on an error', () => {
    expect(parseArticleOrThrow(DOC).title).toBe(TITLE);
    const text = `${TITLE}\n\n${BODY}\n`;
    let thrown: unknown;
    try {
      parseArticleOrThrow(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ArticleParseError);
    expect((thrown as InstanceType<typeof ArticleParseError>).diagnostics).toEqual(parseArticle(text).diagnostics);
    expect(() => parseArticleOrThrow('')).toThrow(ArticleParseError);
  });

  it.each([[null], [42], [undefined]])('throws a TypeError for %j, as parseArticle does', (text) => {
    expect(() => parseArticleOrThrow(text as unknown as string)).toThrow(TypeError);
    expect(() => parseArticle(text as unknown as string)).toThrow(TypeError);
  });
});
