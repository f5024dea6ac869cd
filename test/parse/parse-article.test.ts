import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleParseError, parseArticle, parseArticleOrThrow, type Diagnostic } from '../../src/index.js';

// A document of the seed shape, in our own words.
const SEED = [
  ' date 2021-11-02 https://ria.ru/20211102/talks-1234500100.html',
  '',
  'Moscow and Washington agreed to continue the talks on consulates, the ambassador said',
  '',
  'MOSCOW, November 2 – RIA Novosti. Moscow and Washington agreed to continue the talks on the work of consulates, the Russian ambassador said on Tuesday.',
  '',
].join('\n');

const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => d.code);

describe('parseArticle on the seed shape', () => {
  const { article, diagnostics } = parseArticle(SEED);

  it('reads every field', () => {
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({
      date: '2021-11-02',
      dateRaw: '2021-11-02',
      time: null,
      url: 'https://ria.ru/20211102/talks-1234500100.html',
      urlRaw: 'https://ria.ru/20211102/talks-1234500100.html',
      urlKey: 'https://ria.ru/20211102/talks-1234500100.html',
      title: 'Moscow and Washington agreed to continue the talks on consulates, the ambassador said',
      dateline: { raw: 'MOSCOW, November 2 – RIA Novosti.', place: 'MOSCOW', agency: 'RIA Novosti', date: '2021-11-02', yearInferred: true },
      lead: null,
      source: { host: 'ria.ru', agency: 'RIA Novosti', articleId: '1234500100', urlDate: '2021-11-02', slug: 'talks' },
      published: null,
      tags: [],
      image: null,
      language: 'en',
      dates: { header: '2021-11-02', url: '2021-11-02', dateline: '2021-11-02', published: null, agreement: 'agree' },
    });
    expect(article?.body?.startsWith('MOSCOW, November 2 – RIA Novosti. Moscow and Washington')).toBe(true);
    expect(article?.paragraphs).toHaveLength(1);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(article))).toEqual(article);
  });

  it('covers the input with its sections', () => {
    const kinds = article?.sections.filter((s) => s.kind !== 'whitespace').map((s) => s.kind);
    expect(kinds).toEqual(['header', 'title', 'body']);
    expect(article?.sections.map((s) => s.text).join('')).toBe(SEED);
  });
});

describe('parseArticle diagnostics', () => {
  it('reports an impossible header date at its place', () => {
    const { article, diagnostics } = parseArticle(' date 2021-02-30 https://ria.ru/20210228/a-1234567.html\n\nTitle of the article here\n\nText of the article follows here.');
    expect(article?.date).toBeNull();
    expect(article?.dateRaw).toBe('2021-02-30');
    const d = diagnostics.find((x) => x.code === 'HEADER_DATE_INVALID');
    expect(d).toMatchObject({ severity: 'error', start: { line: 1, column: 7, offset: 6 }, end: { line: 1, column: 17, offset: 16 } });
  });

  it('keeps a month-only header date as a month', () => {
    const { article, diagnostics } = parseArticle(' date 2021-12 https://it.sputniknews.com/20211201/parole-12345105.html\n\nUn titolo della notizia di oggi\n\nIl testo della notizia comincia qui, con una frase.');
    expect(article?.date).toBe('2021-12');
    expect(codes(diagnostics)).toContain('HEADER_DATE_MONTH_ONLY');
  });

  it('reads a URL-only header and takes the dateline year from the URL', () => {
    const { article, diagnostics } = parseArticle('https://ria.ru/20211127/most-1761302257.html\n\nA bridge opened over the river in the city\n\nNOVOSIBIRSK, November 27 – RIA Novosti. The bridge opened.');
    expect(article?.date).toBeNull();
    expect(article?.dateline?.date).toBe('2021-11-27');
    expect(diagnostics[0]).toMatchObject({ code: 'HEADER_URL_ONLY', start: { offset: 0 }, end: { offset: 44 } });
  });

  it('reads the header time and never takes it for the publication time', () => {
    const { article, diagnostics } = parseArticle(' date 2021-06-30 12:41\nEngineers tested a battery in deep frost\n\nA team of engineers said the battery kept its charge.');
    expect(article?.time).toBe('12:41');
    expect(article?.published).toBeNull();
    expect(diagnostics.find((d) => d.code === 'HEADER_TIME')).toMatchObject({ start: { offset: 17 }, end: { offset: 22 } });
  });

  it('rejects a javascript: URL in the header', () => {
    const { article, diagnostics } = parseArticle(' date 2021-11-02 javascript:alert(1)\n\nA new tram depot opened in Samara\n\nSAMARA, November 2 – RIA Novosti. A depot opened.');
    expect(article?.url).toBeNull();
    expect(diagnostics.find((d) => d.code === 'HEADER_URL_INVALID')).toMatchObject({ severity: 'error', start: { offset: 17 }, end: { offset: 36 } });
    expect(article?.title).toBe('A new tram depot opened in Samara');
  });

  it('warns when the dateline day is far from the header date', () => {
    const { article, diagnostics } = parseArticle(' date 2021-11-20 https://ria.ru/20211120/a-1760087741.html\n\nA plant produced its first cars\n\nKALUGA, November 10 – RIA Novosti. A plant produced cars.');
    expect(article?.dates.agreement).toBe('disagree');
    const far = diagnostics.find((d) => d.code === 'DATELINE_DATE_FAR');
    expect(far).toMatchObject({ severity: 'warning' });
    expect(far?.start.line).toBe(5);
  });

  it('calls header, URL and dateline a day or two apart close', () => {
    const { article, diagnostics } = parseArticle(' date 2021-10-18 https://ria.ru/20211016/a-1754913377.html\n\nA jazz festival gathered a record audience\n\nSOCHI, October 16 – RIA Novosti. The festival closed.');
    expect(article?.dates).toMatchObject({ header: '2021-10-18', url: '2021-10-16', dateline: '2021-10-16', agreement: 'close' });
    expect(codes(diagnostics)).not.toContain('DATES_DISAGREE');
  });

  it('says why an empty input has no article', () => {
    expect(parseArticle('')).toEqual({ ok: false, article: null, diagnostics: [expect.objectContaining({ code: 'INPUT_EMPTY', severity: 'error' })] });
    expect(parseArticle(' \n\t\r\n').article).toBeNull();
    expect(codes(parseArticle('### ~~~ !!!').diagnostics)).toEqual(['INPUT_NOT_ARTICLE']);
  });

  it('reports a document without a header as an error but keeps its text', () => {
    const { article, diagnostics } = parseArticle('Just some words of a note that is not a news page at all.');
    expect(diagnostics[0]).toMatchObject({ code: 'HEADER_MISSING', severity: 'error', start: { offset: 0 } });
    expect(article?.body).toBe('Just some words of a note that is not a news page at all.');
  });

  it('takes cookie and newsletter banners for chrome, not the headline', () => {
    const { article } = parseArticle(' date 2021-11-02\nWe use cookies to improve your experience on our site\nSign up for our daily newsletter\nHarbour reopens to small boats after repairs\n\nThe city harbour will reopen on Friday, officials said.');
    expect(article?.title).toBe('Harbour reopens to small boats after repairs');
    expect(article?.sections.filter((s) => s.kind === 'chrome').map((s) => s.start)).toEqual([17, 71]);
  });

  it('reads a page flattened onto one line field by field', () => {
    const text = ' date 2021-10-22 NewsWorldFire destroys a warehouse near TverA blaze broke out overnightJane DoeFriday 22 October 2021 09:25 commentsA fire destroyed a large warehouse, officials said.';
    const { article, diagnostics } = parseArticle(text);
    expect(article?.title).toBe('Fire destroys a warehouse near Tver');
    expect(article?.published).toBe('2021-10-22T09:25');
    expect(article?.body).toBe('A fire destroyed a large warehouse, officials said.');
    expect(diagnostics.find((d) => d.code === 'PAGE_TEXT_GLUED')).toMatchObject({ start: { offset: 17 }, end: { offset: text.length } });
  });

  it('leaves a one-line page with names like McDonald and LaPresse whole', () => {
    const text = ' date 2021-11-23 Roma, 23 nov. (LaPresse) – McDonald opened a new restaurant in the city centre on Tuesday.';
    const { article, diagnostics } = parseArticle(text);
    expect(article?.paragraphs).toHaveLength(1);
    expect(diagnostics.map((d) => d.code)).not.toContain('PAGE_TEXT_GLUED');
  });

  it('keeps a media marker as part of the headline', () => {
    const { article } = parseArticle(' date 2021-11-02 https://ria.ru/20211102/a-1234500100.html\n\nThe president visited the new plant in Kaluga. VIDEO\n\nKALUGA, November 2 – RIA Novosti. The plant opened.');
    expect(article?.title).toBe('The president visited the new plant in Kaluga. VIDEO');
  });

  it('never takes a site clock over a Listen Live button for the publication time', () => {
    const { article } = parseArticle(' date 2020-11-04 Register\n12:22 GMT 04 November 2020\nListen Live\n    Both Candidates Claim Victory As States Count Votes\n\n    WASHINGTON (Sputnik) - Both said they were winning.');
    expect(article?.published).toBeNull();
    expect(article?.title).toBe('Both Candidates Claim Victory As States Count Votes');
  });

  it('keeps a first paragraph that opens like a byline or names cookies or a link in the body', () => {
    const head = ' date 2021-11-02 https://example.com/news/2021/11/02/harbour-reopens\n\nHarbour reopens to small boats after repairs\n\n';
    const rest = '\n\nThe work cost two million roubles, the port said in a statement on its site.\n';
    for (const first of [
      'By the time the ferry arrived, the harbour had reopened after two months of repairs.',
      'By Tuesday, boats were back on the river after two months of repairs.',
      'The bakery sold 4,000 cookies on Tuesday, the owner said.',
      'The ministry published the rules at https://gov.example.org/rules on Tuesday.',
    ]) {
      const { article } = parseArticle(`${head}${first}${rest}`);
      expect(article?.paragraphs[0]).toBe(first);
      expect(article?.sections.filter((s) => s.kind === 'chrome')).toEqual([]);
    }
    const bylined = parseArticle(`${head}By Jane Doe\n\nThe harbour reopened on Tuesday after two months of repairs.${rest}`).article;
    expect(bylined?.paragraphs[0]).toBe('The harbour reopened on Tuesday after two months of repairs.');
  });

  it('keeps a headline that looks like a wire dateline as the title', () => {
    const { article } = parseArticle(' date 2021-11-02\nNATO - Russia council meets for the first time in two years\n\nThe council met in Brussels on Tuesday, officials said.');
    expect(article?.title).toBe('NATO - Russia council meets for the first time in two years');
    expect(article?.dateline).toBeNull();
  });
});

describe('parseArticle repair', () => {
  const text = ' date 2021-11-02\n\nMOSCOW, November 2 – RIA Novosti. The talks ended.Situation remains & lt;tense& gt; here.';

  it('changes nothing by default and reports the defects', () => {
    const { article, diagnostics } = parseArticle(text);
    expect(article?.body).toBe('MOSCOW, November 2 – RIA Novosti. The talks ended.Situation remains & lt;tense& gt; here.');
    expect(codes(diagnostics)).toEqual(expect.arrayContaining(['BODY_GLUED_SENTENCE', 'BODY_HTML_ENTITY']));
    expect(codes(diagnostics)).not.toContain('REPAIR_APPLIED');
  });

  it("applies only safe fixes with repair: 'safe', each recorded", () => {
    const { article, diagnostics } = parseArticle(text, { repair: 'safe' });
    expect(article?.body).toBe('MOSCOW, November 2 – RIA Novosti. The talks ended. Situation remains <tense> here.');
    expect(codes(diagnostics).filter((c) => c === 'REPAIR_APPLIED')).toHaveLength(3);
  });
});

describe('parseArticle misuse and robustness', () => {
  it('throws TypeError on a non-string', () => {
    expect(() => parseArticle(undefined as unknown as string)).toThrow(TypeError);
    expect(() => parseArticle(42 as unknown as string)).toThrow(TypeError);
    expect(() => parseArticle('x', { repair: 'all' as 'safe' })).toThrow(RangeError);
  });

  it('never throws, keeps positions inside the input and covers it with sections', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.string({ unit: 'binary-ascii', maxLength: 400 }),
      fc.array(fc.constantFrom(' date 2021-11-02 ', 'https://ria.ru/20211102/a-1234500100.html', 'MOSCOW, November 2 – RIA Novosti. ', '\n', '\r\n', '\r', '\uFEFF', '\u00A0', '\u0000', '\uD800', '2021-11-21T11: 02', 'Title words here', '.'), { maxLength: 30 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const { article, diagnostics } = parseArticle(text);
        for (const d of diagnostics) {
          expect(d.start.offset).toBeGreaterThanOrEqual(0);
          expect(d.end.offset).toBeLessThanOrEqual(text.length);
          expect(d.start.offset).toBeLessThanOrEqual(d.end.offset);
        }
        if (article) {
          let at = 0;
          for (const s of article.sections) {
            expect(s.start).toBe(at);
            expect(s.text).toBe(text.slice(s.start, s.end));
            at = s.end;
          }
          expect(at).toBe(text.length);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on mutated fixtures', () => {
    const dir = join(import.meta.dirname, '..', '..', 'fixtures');
    const fixtures = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 40 }), fc.string({ unit: 'binary', maxLength: 8 }), (pick, where, cut, insert) => {
        const base = fixtures[pick % fixtures.length] ?? SEED;
        const at = where % (base.length + 1);
        const text = base.slice(0, at) + insert + base.slice(Math.min(base.length, at + cut));
        const { diagnostics } = parseArticle(text);
        for (const d of diagnostics) expect(d.end.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseArticle on very large inputs', () => {
  it('reads 200,000 metadata lines after a description without exhausting the stack', () => {
    const text =
      ' date 2021-11-02 https://sputniknews.com/20211102/a-1234500100.html\n\nMOSCOW (Sputnik) - Text of the lead. 02.11.2021, Sputnik International\n' +
      '2021-11-02T10:00+0000\n'.repeat(200_000) +
      'The article goes on here, as articles do.\n';
    const { article } = parseArticle(text);
    expect(article?.published).toBe('2021-11-02T10:00+00:00');
    expect(article?.paragraphs).toHaveLength(2);
    expect(article?.sections.filter((s) => s.kind === 'timestamp')).toHaveLength(200_000);
  });
});

describe('parseArticleOrThrow', () => {
  it('returns the article when nothing is an error', () => {
    expect(parseArticleOrThrow(SEED).dateline?.agency).toBe('RIA Novosti');
  });

  it('throws ArticleParseError carrying every diagnostic', () => {
    let caught: unknown;
    try {
      parseArticleOrThrow(' date 2021-13-01 https://ria.ru/a-1234567.html\n\nTitle of the thing here\n\nSome text.');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArticleParseError);
    expect(caught).toBeInstanceOf(Error);
    expect(codes((caught as ArticleParseError).diagnostics)).toContain('HEADER_DATE_INVALID');
    expect(() => parseArticleOrThrow('')).toThrow(ArticleParseError);
  });
});
